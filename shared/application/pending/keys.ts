/**
 * The one reading of a pending entry's key below its namespace (issue #4): `<instance id>:<record
 * key>`, or `<record key>` from before instances. Shared by the store and the hosts that count or
 * clear a user's entries across namespaces, so both tell an owner apart the same way.
 */
import { INSTANCE_ID } from './page-instance.ts';

/**
 * The instance that wrote the entry, or undefined for the format before instances. A record key
 * (`kind/id`) never passes for an instance id: ids have no `/` or `:`.
 */
export function ownerOf(rest: string): string | undefined {
  const colon = rest.indexOf(':');
  if (colon <= 0) return undefined;
  const owner = rest.slice(0, colon);
  return INSTANCE_ID.test(owner) ? owner : undefined;
}
