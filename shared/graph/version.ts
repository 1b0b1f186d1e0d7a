/**
 * The domain's opaque Version for a SharePoint item: its item id and eTag together, so an
 * update or delete addresses the item (`/items/{id}` with `If-Match: {eTag}`) without a lookup.
 */
import { VersionSchema, type Version } from '../domain/ids.ts';

const PREFIX = 'sp1';

export function encodeVersion(itemId: string, eTag: string): Version {
  return VersionSchema.parse(`${PREFIX}|${itemId}|${eTag}`);
}

export function decodeVersion(
  version: Version,
): { readonly itemId: string; readonly eTag: string } | undefined {
  const match = /^sp1\|(\d+)\|(.+)$/s.exec(version);
  if (!match?.[1] || !match[2]) return undefined;
  return { itemId: match[1], eTag: match[2] };
}
