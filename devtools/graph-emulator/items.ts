/**
 * List items: field validation against the list's columns, unique-value enforcement, the
 * listItem / fieldValueSet / listItemVersion JSON, and queries with SharePoint's rules for
 * non-indexed columns and the 5,000-item list view threshold.
 */
import { GraphError, invalidRequest } from './errors.ts';
import {
  compareKeys,
  comparable,
  compileFilter,
  type Accessor,
  type Comparable,
  type ValueKind,
} from './filter.ts';
import type { ColumnRecord, Fields, FieldValue, ItemRecord, ListRecord, VersionRecord } from './model.ts';
import { conjuncts, filterPaths, type FilterExpr, type OrderTerm, type SkipKey } from './odata.ts';

/** SharePoint Online's list view threshold (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee557257(v=office.14)). */
export const LIST_VIEW_THRESHOLD = 5000;
/** Graph pages list items by 200 unless `$top` asks otherwise. */
export const DEFAULT_PAGE_SIZE = 200;
/** A larger `$top` is capped, not refused: SharePoint never returns more than 5,000 rows at once. */
export const MAX_PAGE_SIZE = 5000;

/** SharePoint's listItem eTag: `"{item GUID},{version}"`, quotes included. */
export const etagOf = (item: Pick<ItemRecord, 'uniqueId' | 'version'>): string =>
  `"${item.uniqueId},${item.version}"`;

export function kindOf(column: ColumnRecord): ValueKind {
  switch (column.type.kind) {
    case 'text':
    case 'choice':
      return 'text';
    case 'number':
      return 'number';
    case 'dateTime':
      return 'dateTime';
    case 'boolean':
      return 'boolean';
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** SharePoint returns date-times in UTC without fractions: `2024-03-01T09:00:00Z`. */
export function normaliseDateTime(value: string): string | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const zoned = value.includes('T') && !/(Z|[+-]\d{2}:\d{2})$/.test(value) ? `${value}Z` : value;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const wrongType = (name: string, expected: string): GraphError =>
  invalidRequest(`The value of field '${name}' is not valid: expected ${expected}.`);

function validateValue(column: ColumnRecord, value: unknown): FieldValue {
  if (value === null) return null;
  const { type, name } = column;
  switch (type.kind) {
    case 'text':
      if (typeof value !== 'string') throw wrongType(name, 'text');
      if (!type.allowMultipleLines && value.length > type.maxLength) {
        throw invalidRequest(`The value of field '${name}' is longer than ${type.maxLength} characters.`);
      }
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType(name, 'a number');
      if (
        (type.minimum !== null && value < type.minimum) ||
        (type.maximum !== null && value > type.maximum)
      ) {
        throw invalidRequest(`The value of field '${name}' is outside its allowed range.`);
      }
      return value;
    case 'dateTime': {
      const normalised = typeof value === 'string' ? normaliseDateTime(value) : undefined;
      if (normalised === undefined) throw wrongType(name, 'an ISO 8601 date-time');
      return normalised;
    }
    case 'choice':
      if (typeof value !== 'string') throw wrongType(name, 'one of the choices');
      if (!type.allowTextEntry && !type.choices.includes(value)) {
        throw invalidRequest(`The value '${value}' of field '${name}' is not one of its choices.`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongType(name, 'true or false');
      return value;
  }
}

const isFieldValue = (value: unknown): value is FieldValue =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * Checks written fields against the columns: unknown and read-only fields are refused, values
 * must fit the column type. `unchecked` skips the type checks only, for seeding the odd values
 * hand edits leave behind.
 */
export function validateFields(
  list: ListRecord,
  input: Readonly<Record<string, unknown>>,
  unchecked = false,
): Fields {
  const fields: Fields = {};
  for (const [name, value] of Object.entries(input)) {
    // Instance annotations such as @odata.etag are not data.
    if (name.startsWith('@odata.') || name.startsWith('@microsoft.')) continue;
    const column = list.columns.find((c) => c.name === name);
    if (name === 'id' || name === 'ID' || column?.readOnly === true) {
      throw invalidRequest(`Field '${name}' is read-only.`);
    }
    if (column === undefined) throw invalidRequest(`Field '${name}' is not recognized`);
    if (unchecked) {
      if (!isFieldValue(value)) throw wrongType(name, 'a JSON scalar');
      fields[name] = value;
    } else {
      fields[name] = validateValue(column, value);
    }
  }
  return fields;
}

// ---- unique values -------------------------------------------------------------------------

function uniqueKey(column: ColumnRecord, value: FieldValue | undefined): string | undefined {
  const key = comparable(kindOf(column), value);
  return key === null ? undefined : String(key);
}

/** SharePoint's SPDuplicateValuesFoundException, as Graph reports it (409). */
export const duplicateValue = (column: ColumnRecord): GraphError =>
  new GraphError(
    409,
    'nameAlreadyExists',
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column.name}].`,
  );

/** Refuses `fields` (the item's fields after the write) when a unique column's value is taken by another item. */
export function checkUnique(list: ListRecord, fields: Fields, itemId: number | undefined): void {
  for (const column of list.columns) {
    if (!column.enforceUniqueValues) continue;
    const key = uniqueKey(column, fields[column.name]);
    const owner = key === undefined ? undefined : list.unique.get(column.name.toLowerCase())?.get(key);
    if (owner !== undefined && owner !== itemId) throw duplicateValue(column);
  }
}

export function indexUnique(list: ListRecord, item: ItemRecord, previous: Fields | undefined): void {
  for (const column of list.columns) {
    if (!column.enforceUniqueValues) continue;
    const index = list.unique.get(column.name.toLowerCase()) ?? new Map<string, number>();
    list.unique.set(column.name.toLowerCase(), index);
    const before = previous === undefined ? undefined : uniqueKey(column, previous[column.name]);
    if (before !== undefined && index.get(before) === item.id) index.delete(before);
    const after = uniqueKey(column, item.fields[column.name]);
    if (after !== undefined) index.set(after, item.id);
  }
}

export function unindexUnique(list: ListRecord, item: ItemRecord): void {
  for (const column of list.columns) {
    if (!column.enforceUniqueValues) continue;
    const key = uniqueKey(column, item.fields[column.name]);
    const index = list.unique.get(column.name.toLowerCase());
    if (key !== undefined && index?.get(key) === item.id) index.delete(key);
  }
}

/** Rebuilds the unique indexes; refuses when existing items already hold duplicates. */
export function rebuildUnique(list: ListRecord): void {
  list.unique.clear();
  for (const column of list.columns) {
    if (!column.enforceUniqueValues) continue;
    const index = new Map<string, number>();
    for (const item of list.items.values()) {
      const key = uniqueKey(column, item.fields[column.name]);
      if (key === undefined) continue;
      if (index.has(key)) throw duplicateValue(column);
      index.set(key, item.id);
    }
    list.unique.set(column.name.toLowerCase(), index);
  }
}

// ---- JSON ------------------------------------------------------------------------------------

export interface UserView {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly lookupId: number;
}

export interface ItemContext {
  readonly siteId: string;
  readonly list: ListRecord;
  readonly listWebUrl: string;
  readonly user: (upn: string) => UserView;
}

const identity = (user: UserView): Record<string, unknown> => ({
  user: { email: user.email, id: user.id, displayName: user.displayName },
});

function pick(all: Record<string, unknown>, select: readonly string[] | undefined): Record<string, unknown> {
  if (select === undefined) return all;
  const out: Record<string, unknown> = {};
  if ('@odata.etag' in all) out['@odata.etag'] = all['@odata.etag'];
  for (const name of select) {
    const key = name in all ? name : Object.keys(all).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) out[key] = all[key];
  }
  return out;
}

/** The item's fieldValueSet; empty values are left out, as Graph does. */
export function renderFields(
  ctx: ItemContext,
  item: ItemRecord,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  const all: Record<string, unknown> = { '@odata.etag': etagOf(item) };
  for (const column of ctx.list.columns) {
    if (column.system && column.name !== 'Title') continue;
    const value = item.fields[column.name];
    if (value === undefined || value === null) continue;
    if (column.hidden && select === undefined) continue;
    all[column.name] = value;
  }
  const author = ctx.user(item.createdBy);
  const editor = ctx.user(item.lastModifiedBy);
  Object.assign(all, {
    id: String(item.id),
    ContentType: 'Item',
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: String(author.lookupId),
    EditorLookupId: String(editor.lookupId),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: item.fields['Title'] ?? '',
    LinkTitle: item.fields['Title'] ?? '',
    ItemChildCount: '0',
    FolderChildCount: '0',
  });
  return pick(all, select);
}

export interface ItemRenderOptions {
  readonly select: readonly string[] | undefined;
  /** Whether `fields` is expanded, and with which `$select`. */
  readonly fields: { readonly select: readonly string[] | undefined } | undefined;
}

export function renderItem(
  ctx: ItemContext,
  item: ItemRecord,
  options: ItemRenderOptions,
): Record<string, unknown> {
  const etag = etagOf(item);
  const all: Record<string, unknown> = {
    '@odata.etag': etag,
    createdDateTime: item.createdDateTime,
    eTag: etag,
    id: String(item.id),
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${ctx.listWebUrl}/${item.id}_.000`,
    createdBy: identity(ctx.user(item.createdBy)),
    lastModifiedBy: identity(ctx.user(item.lastModifiedBy)),
    parentReference: { id: ctx.list.id, siteId: ctx.siteId },
    contentType: { id: '0x0100', name: 'Item' },
  };
  const out = pick(
    all,
    options.select?.filter((s) => s !== 'fields'),
  );
  if (options.fields !== undefined) {
    out['fields@odata.navigationLink'] = `sites/${ctx.siteId}/lists/${ctx.list.id}/items/${item.id}/fields`;
    out['fields'] = renderFields(ctx, item, options.fields.select);
  }
  return out;
}

/** A listItemVersion (`id` like `3.0`), with the fields as they were at that version. */
export function renderVersion(ctx: ItemContext, version: VersionRecord): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const column of ctx.list.columns) {
    const value = version.fields[column.name];
    if (value !== undefined && value !== null && !(column.system && column.name !== 'Title')) {
      fields[column.name] = value;
    }
  }
  const editor = ctx.user(version.lastModifiedBy);
  return {
    id: `${version.version}.0`,
    lastModifiedDateTime: version.lastModifiedDateTime,
    lastModifiedBy: identity(editor),
    published: { level: 'published', versionId: `${version.version}.0` },
    fields: {
      ...fields,
      Modified: version.lastModifiedDateTime,
      EditorLookupId: String(editor.lookupId),
      _UIVersionString: `${version.version}.0`,
    },
  };
}

/** All versions of an item, newest first (the current one included). */
export function versionsOf(item: ItemRecord): VersionRecord[] {
  const current: VersionRecord = {
    version: item.version,
    fields: item.fields,
    lastModifiedDateTime: item.lastModifiedDateTime,
    lastModifiedBy: item.lastModifiedBy,
  };
  return [current, ...[...item.history].reverse()];
}

// ---- queries ---------------------------------------------------------------------------------

interface Resolved {
  readonly accessor: Accessor<ItemRecord>;
  readonly indexed: boolean;
}

function resolver(list: ListRecord): (path: string) => Resolved {
  const system = (name: 'Created' | 'Modified', get: (item: ItemRecord) => string): Resolved => ({
    accessor: { kind: 'dateTime', name, get },
    indexed: list.columns.find((c) => c.name === name)?.indexed ?? false,
  });
  return (path) => {
    if (path === 'id' || path === 'fields/id' || path === 'fields/ID') {
      // The item id is always indexed, so it can be filtered and sorted at any list size.
      return { accessor: { kind: 'number', name: 'ID', get: (item) => item.id }, indexed: true };
    }
    if (path === 'createdDateTime' || path === 'fields/Created')
      return system('Created', (i) => i.createdDateTime);
    if (path === 'lastModifiedDateTime' || path === 'fields/Modified') {
      return system('Modified', (i) => i.lastModifiedDateTime);
    }
    if (!path.startsWith('fields/'))
      throw invalidRequest(`The property '${path}' cannot be used in $filter or $orderby.`);
    const name = path.slice('fields/'.length);
    const column = list.columns.find((c) => c.name === name);
    if (column === undefined) throw invalidRequest(`Field '${name}' is not recognized`);
    return {
      accessor: { kind: kindOf(column), name, get: (item) => item.fields[name] },
      indexed: column.indexed,
    };
  };
}

/** SharePoint's answer to a filter or sort on a column without an index. */
export const notIndexed = (name: string): GraphError =>
  invalidRequest(
    `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
  );

/**
 * Beyond the threshold a query that has to scan the list fails even with the Prefer header.
 * Graph reports it as throttling without a Retry-After (msgraph-sdk-dotnet#827,
 * microsoft-graph-docs#8450); the extra header says why, for people reading traces.
 */
export const thresholdExceeded = (): GraphError =>
  new GraphError(429, 'activityLimitReached', 'The request has been throttled', {
    innerCode: 'throttledRequest',
    headers: { 'x-emulator-reason': 'list view threshold exceeded by a query on a non-indexed column' },
  });

export interface ItemQuery {
  readonly filter: FilterExpr | undefined;
  readonly orderBy: readonly OrderTerm[];
  readonly top: number;
  readonly after: SkipKey | undefined;
  readonly honorNonIndexed: boolean;
}

export interface ItemPage {
  readonly items: readonly ItemRecord[];
  readonly next: SkipKey | undefined;
}

export function runItemQuery(list: ListRecord, query: ItemQuery): ItemPage {
  const resolve = resolver(list);
  const paths = [...new Set([...filterPaths(query.filter), ...query.orderBy.map((t) => t.path)])];
  const unindexed = paths.map(resolve).filter((r) => !r.indexed);
  const predicate =
    query.filter === undefined ? () => true : compileFilter(query.filter, (path) => resolve(path).accessor);
  const [first] = unindexed;
  if (first !== undefined) {
    if (!query.honorNonIndexed) throw notIndexed(first.accessor.name);
    if (list.items.size > LIST_VIEW_THRESHOLD && !narrowedByIndex(list, query.filter, resolve)) {
      throw thresholdExceeded();
    }
  }
  return query.orderBy.length === 0
    ? pageById(list, predicate, query)
    : pageSorted(
        list,
        predicate,
        query,
        query.orderBy.map((t) => resolve(t.path).accessor),
      );
}

/** Whether an all-indexed `and` operand already brings the rows under the threshold. */
function narrowedByIndex(
  list: ListRecord,
  filter: FilterExpr | undefined,
  resolve: (p: string) => Resolved,
): boolean {
  if (filter === undefined) return false;
  return conjuncts(filter).some((part) => {
    if (!filterPaths(part).every((p) => resolve(p).indexed)) return false;
    const matches = compileFilter(part, (p) => resolve(p).accessor);
    let count = 0;
    for (const item of list.items.values()) {
      if (matches(item)) count += 1;
      if (count > LIST_VIEW_THRESHOLD) return false;
    }
    return true;
  });
}

function pageById(list: ListRecord, predicate: (item: ItemRecord) => boolean, query: ItemQuery): ItemPage {
  const items: ItemRecord[] = [];
  for (const item of list.items.values()) {
    if (query.after !== undefined && item.id <= query.after.id) continue;
    if (!predicate(item)) continue;
    if (items.length === query.top) {
      const last = items[items.length - 1];
      return { items, next: last === undefined ? undefined : { values: [], id: last.id } };
    }
    items.push(item);
  }
  return { items, next: undefined };
}

function pageSorted(
  list: ListRecord,
  predicate: (item: ItemRecord) => boolean,
  query: ItemQuery,
  accessors: readonly Accessor<ItemRecord>[],
): ItemPage {
  const descending = [...query.orderBy.map((t) => t.descending), false];
  const keyOf = (item: ItemRecord): Comparable[] => [
    ...accessors.map((a) => comparable(a.kind, a.get(item))),
    item.id,
  ];
  const rows = [...list.items.values()]
    .filter(predicate)
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => compareKeys(a.key, b.key, descending));
  let start = 0;
  if (query.after !== undefined) {
    const afterKey = [...query.after.values, query.after.id];
    start = rows.findIndex((r) => compareKeys(r.key, afterKey, descending) > 0);
    if (start < 0) start = rows.length;
  }
  const page = rows.slice(start, start + query.top);
  const last = page[page.length - 1];
  const next =
    last !== undefined && start + query.top < rows.length
      ? { values: last.key.slice(0, -1), id: last.item.id }
      : undefined;
  return { items: page.map((r) => r.item), next };
}
