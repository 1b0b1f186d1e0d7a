/**
 * Creates Kompas's lists in a team site on first use, and brings an older site up to date:
 * missing lists and columns are added, indexes set; nothing is ever dropped or changed in type.
 * Idempotent: a second run, or a run after a crash half-way, ends in the same schema.
 */
import { z } from 'zod';
import { KompasError, isKompasError } from '../domain/errors.ts';
import { CollectionSchema, eTagOf, itemsQuery, ListItemSchema, odataString } from './items.ts';
import {
  instellingenList,
  KOMPAS_ID,
  provisionedLists,
  SCHEMA_VERSION_KEY,
  STORE_SCHEMA_VERSION,
  toColumnDefinition,
  type ColumnSpec,
  type PlainListDefinition,
} from './lists/index.ts';
import { instellingFieldsSchema } from './lists/instellingen.ts';
import type { GraphReply, GraphTransport } from './transport.ts';

export interface ProvisionOptions {
  /** Defaults to every Kompas list; tests pass a newer or partial schema. */
  readonly lists?: readonly PlainListDefinition[];
  readonly schemaVersion?: number;
}

export interface ProvisionReport {
  readonly createdLists: readonly string[];
  /** `List.Column` of columns added to existing lists. */
  readonly addedColumns: readonly string[];
  /** `List.Column` of columns whose index or uniqueness was switched on. */
  readonly indexedColumns: readonly string[];
  /** `List.Column` of columns that exist with another type than Kompas expects (left alone). */
  readonly mismatchedColumns: readonly string[];
  readonly schemaVersion: number;
}

const ListSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  displayName: z.string().optional(),
});

const ColumnSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  indexed: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  text: z.looseObject({ allowMultipleLines: z.boolean().optional() }).optional(),
  number: z.unknown().optional(),
  dateTime: z.unknown().optional(),
  choice: z.unknown().optional(),
  boolean: z.unknown().optional(),
});
type Column = z.infer<typeof ColumnSchema>;

/** What a team member without the right to create lists sees explained. */
function cannotProvision(what: string, cause: KompasError): KompasError {
  return new KompasError(
    'NotProvisioned',
    `Kompas is not set up in this team site and this user may not set it up (${what})`,
    { ...(cause.status === undefined ? {} : { status: cause.status }), cause },
  );
}

/** The schema version recorded in the site, or undefined when Kompas was never (fully) set up. */
export async function readSchemaVersion(
  transport: GraphTransport,
  sitePath: string,
): Promise<number | undefined> {
  try {
    const item = await findSetting(transport, sitePath);
    if (!item) return undefined;
    const fields = instellingFieldsSchema.safeParse(item.fields);
    const value = fields.success ? Number(fields.data.Waarde) : Number.NaN;
    return Number.isInteger(value) ? value : undefined;
  } catch (e) {
    if (isKompasError(e, 'NotFound')) return undefined;
    throw e;
  }
}

/** Provisions only when the site's recorded schema is older than this app's: one read otherwise. */
export async function ensureProvisioned(
  transport: GraphTransport,
  sitePath: string,
): Promise<ProvisionReport | 'up-to-date'> {
  const current = await readSchemaVersion(transport, sitePath);
  if (current !== undefined && current >= STORE_SCHEMA_VERSION) return 'up-to-date';
  return provisionSite(transport, sitePath);
}

export async function provisionSite(
  transport: GraphTransport,
  sitePath: string,
  options: ProvisionOptions = {},
): Promise<ProvisionReport> {
  const site = sitePath.replace(/\/+$/, '');
  const lists = options.lists ?? provisionedLists;
  const schemaVersion = options.schemaVersion ?? STORE_SCHEMA_VERSION;
  const createdLists: string[] = [];
  const addedColumns: string[] = [];
  const indexedColumns: string[] = [];
  const mismatchedColumns: string[] = [];

  const existing = await readAllLists(transport, site);
  for (const def of lists) {
    const found = existing.find(
      (l) => sameName(l.name, def.listName) || sameName(l.displayName, def.listName),
    );
    if (found) continue;
    try {
      await transport.call({
        method: 'POST',
        url: `${site}/lists`,
        body: {
          displayName: def.listName,
          description: def.description,
          columns: def.columns.map(toColumnDefinition),
          list: { template: 'genericList' },
        },
      });
      createdLists.push(def.listName);
    } catch (e) {
      if (isKompasError(e, 'PermissionDenied')) throw cannotProvision(`create list ${def.listName}`, e);
      // Another member provisioning at the same moment created it first: carry on with columns.
      if (!(isKompasError(e, 'Conflict') && e.status === 409)) throw e;
    }
  }

  // Every list's columns in one batch; a list created a moment ago is checked too, since
  // create-list does not promise to honour `indexed` for the columns it creates.
  const replies = await transport.batch(
    lists.map((def) => ({ method: 'GET' as const, url: `${site}/lists/${def.listName}/columns` })),
  );
  for (const [i, def] of lists.entries()) {
    const reply = replies[i];
    if (!reply) throw new KompasError('Unknown', `No columns read for ${def.listName}`);
    if (!reply.ok) throw reply.error;
    const columns = readColumns(reply.reply);
    for (const spec of def.columns) {
      const column = columns.find((c) => sameName(c.name, spec.name));
      const label = `${def.listName}.${spec.name}`;
      if (!column) {
        await createColumn(transport, site, def, spec);
        addedColumns.push(label);
        continue;
      }
      if (!hasType(column, spec)) mismatchedColumns.push(label);
      const wantIndexed = spec.indexed === true || spec.unique === true;
      const wantUnique = spec.unique === true;
      if ((wantIndexed && column.indexed !== true) || (wantUnique && column.enforceUniqueValues !== true)) {
        try {
          await transport.call({
            method: 'PATCH',
            url: `${site}/lists/${def.listName}/columns/${column.id}`,
            body: { indexed: true, ...(wantUnique ? { enforceUniqueValues: true } : {}) },
          });
        } catch (e) {
          if (isKompasError(e, 'PermissionDenied')) throw cannotProvision(`index ${label}`, e);
          throw e;
        }
        indexedColumns.push(label);
      }
    }
  }

  // Recorded last, so a run that stopped half-way is finished by the next one.
  if (lists.some((l) => l.listName === instellingenList.listName)) {
    await recordSchemaVersion(transport, site, schemaVersion);
  }
  return { createdLists, addedColumns, indexedColumns, mismatchedColumns, schemaVersion };
}

async function readAllLists(transport: GraphTransport, site: string): Promise<z.infer<typeof ListSchema>[]> {
  const out: z.infer<typeof ListSchema>[] = [];
  let next: string | undefined = `${site}/lists?$select=id,name,displayName`;
  while (next !== undefined) {
    const reply = await transport.call({ method: 'GET', url: next });
    const page = CollectionSchema.safeParse(reply.body);
    if (!page.success) throw new KompasError('Unknown', 'Graph: unreadable list of lists');
    for (const raw of page.data.value) {
      const list = ListSchema.safeParse(raw);
      if (list.success) out.push(list.data);
    }
    next = page.data['@odata.nextLink'];
  }
  return out;
}

function readColumns(reply: GraphReply): Column[] {
  const page = CollectionSchema.safeParse(reply.body);
  if (!page.success) throw new KompasError('Unknown', 'Graph: unreadable columns');
  return page.data.value.flatMap((raw) => {
    const column = ColumnSchema.safeParse(raw);
    return column.success ? [column.data] : [];
  });
}

async function createColumn(
  transport: GraphTransport,
  site: string,
  def: PlainListDefinition,
  spec: ColumnSpec,
): Promise<void> {
  try {
    await transport.call({
      method: 'POST',
      url: `${site}/lists/${def.listName}/columns`,
      body: toColumnDefinition(spec),
    });
  } catch (e) {
    if (isKompasError(e, 'PermissionDenied'))
      throw cannotProvision(`add column ${def.listName}.${spec.name}`, e);
    // Added by a concurrent run.
    if (
      isKompasError(e, 'Conflict') ||
      (isKompasError(e, 'Validation') && /exist|bestaat|duplicate/i.test(e.message))
    ) {
      return;
    }
    throw e;
  }
}

function hasType(column: Column, spec: ColumnSpec): boolean {
  switch (spec.type) {
    case 'text':
      return column.text !== undefined && column.text.allowMultipleLines !== true;
    case 'note':
      return column.text !== undefined && column.text.allowMultipleLines === true;
    case 'number':
      return column.number !== undefined;
    case 'dateTime':
      return column.dateTime !== undefined;
    case 'choice':
      return column.choice !== undefined;
    case 'boolean':
      return column.boolean !== undefined;
  }
}

function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

async function findSetting(transport: GraphTransport, site: string) {
  const reply = await transport.call({
    method: 'GET',
    url: `${site}/lists/${instellingenList.listName}/items${itemsQuery(instellingenList.columns, {
      filter: `fields/${KOMPAS_ID} eq ${odataString(SCHEMA_VERSION_KEY)}`,
      top: 1,
    })}`,
  });
  const page = CollectionSchema.safeParse(reply.body);
  const first = page.success ? page.data.value[0] : undefined;
  const item = ListItemSchema.safeParse(first);
  return item.success ? item.data : undefined;
}

async function recordSchemaVersion(transport: GraphTransport, site: string, version: number): Promise<void> {
  const items = `${site}/lists/${instellingenList.listName}/items`;
  const item = await findSetting(transport, site);
  const fields = { Title: 'Schemaversie van Kompas', KompasId: SCHEMA_VERSION_KEY, Waarde: String(version) };
  if (!item) {
    try {
      await transport.call({ method: 'POST', url: items, body: { fields } });
    } catch (e) {
      // A concurrent run recorded it first (unique KompasId).
      if (!isKompasError(e, 'Conflict')) throw e;
    }
    return;
  }
  const recorded = instellingFieldsSchema.safeParse(item.fields);
  const current = recorded.success ? Number(recorded.data.Waarde) : Number.NaN;
  // Never lower the version a newer app recorded.
  if (Number.isInteger(current) && current >= version) return;
  const eTag = eTagOf(item);
  await transport.call({
    method: 'PATCH',
    url: `${items}/${item.id}/fields`,
    ...(eTag === undefined ? {} : { headers: { 'If-Match': eTag } }),
    body: { Waarde: String(version) },
  });
}
