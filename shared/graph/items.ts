/** Graph's list and item payloads as we read them (parsed, never trusted), and URL helpers. */
import { z } from 'zod';
import type { ColumnSpec } from './lists/columns.ts';
import { selectedFields } from './lists/columns.ts';

/** A listItem: `id` is SharePoint's item id (a number as text); `eTag` its concurrency token. */
export const ListItemSchema = z.looseObject({
  id: z.string().min(1),
  eTag: z.string().optional(),
  '@odata.etag': z.string().optional(),
  fields: z.unknown().optional(),
  lastModifiedDateTime: z.string().optional(),
});
export type ListItem = z.infer<typeof ListItemSchema>;

/** A page of a collection. Items stay unknown here so one bad item cannot fail the page. */
export const CollectionSchema = z.looseObject({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
});

/** A fieldValueSet as PATCH …/fields returns it. */
export const FieldValueSetSchema = z.looseObject({ '@odata.etag': z.string().optional() });

export function eTagOf(item: ListItem): string | undefined {
  return item.eTag ?? item['@odata.etag'];
}

/** An OData string literal: quotes doubled (OData ABNF `SQUOTE-in-string`). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Query-string encoding that keeps OData's punctuation readable in logs. */
export function encodeQuery(value: string): string {
  return encodeURIComponent(value).replace(/%2F/g, '/').replace(/%2C/g, ',').replace(/%24/g, '$');
}

/** `?$expand=fields($select=…)&$filter=…&$top=…` for items of a list. */
export function itemsQuery(
  columns: readonly ColumnSpec[],
  options: { filter?: string; top?: number } = {},
): string {
  const parts = [`$expand=fields($select=${selectedFields(columns).join(',')})`];
  if (options.filter !== undefined) parts.push(`$filter=${encodeQuery(options.filter)}`);
  if (options.top !== undefined) parts.push(`$top=${options.top}`);
  return `?${parts.join('&')}`;
}

/** The team site of a Microsoft 365 group (a team): `/groups/{group-id}/sites/root`. */
export function teamSitePath(groupId: string): string {
  return `/groups/${encodeURIComponent(groupId)}/sites/root`;
}
