/**
 * TrajectRepository on SharePoint lists through Microsoft Graph. Opening a traject is one
 * `$batch` (a sub-request per list, filtered on the indexed TrajectId column) plus only the
 * paging large lists need; every saved change is one request.
 */
import type { QuestionId } from '../content/schema.ts';
import { KompasError, isKompasError, isTransient } from '../domain/errors.ts';
import type { TrajectId, Version } from '../domain/ids.ts';
import {
  antwoordId,
  entityKinds,
  entitySchemas,
  type EntityKind,
  type EntityMap,
  type Stored,
  type Traject,
} from '../domain/model.ts';
import type {
  AnswerRevision,
  LoadProblem,
  TrajectRepository,
  TrajectSnapshot,
} from '../ports/traject-repository.ts';
import { graphCodeOf } from './errors.ts';
import {
  CollectionSchema,
  eTagOf,
  FieldValueSetSchema,
  itemsQuery,
  ListItemSchema,
  odataString,
  type ListItem,
} from './items.ts';
import {
  describeIssues,
  KOMPAS_ID,
  TRAJECT_ID,
  type ColumnSpec,
  type Fields,
  type FieldValue,
  type ListDefinition,
} from './lists/columns.ts';
import { listDefinitions } from './lists/index.ts';
import type { BatchReply, GraphCall, GraphReply, GraphTransport } from './transport.ts';
import { decodeVersion, encodeVersion } from './version.ts';

export interface GraphRepositoryOptions {
  readonly transport: GraphTransport;
  /** The site holding the lists: `teamSitePath(groupId)` or `/sites/{site-id}`. */
  readonly sitePath: string;
  /**
   * `$top` per page of items. SharePoint serves up to 5,000 list items a page (the list view
   * threshold); 2,000 keeps a large traject's Overzicht at one batch while responses stay modest.
   */
  readonly pageSize?: number;
}

type Loaded<K extends EntityKind> = { items: Stored<EntityMap[K]>[]; problems: LoadProblem[] };

export class GraphTrajectRepository implements TrajectRepository {
  private readonly transport: GraphTransport;
  private readonly sitePath: string;
  private readonly pageSize: number;

  constructor(options: GraphRepositoryOptions) {
    this.transport = options.transport;
    this.sitePath = options.sitePath.replace(/\/+$/, '');
    this.pageSize = options.pageSize ?? 2000;
  }

  async listTrajecten(): Promise<{ trajecten: Stored<Traject>[]; problems: LoadProblem[] }> {
    const def = listDefinitions.traject;
    const raw = await this.readAll(
      def,
      `${this.itemsPath(def)}${itemsQuery(def.columns, { top: this.pageSize })}`,
    );
    const { items, problems } = this.decodeAll(def, raw);
    return { trajecten: items, problems };
  }

  async openTraject(id: TrajectId): Promise<TrajectSnapshot> {
    const calls: GraphCall[] = entityKinds.map((kind) => {
      const def: ListDefinition<EntityKind> = listDefinitions[kind];
      const column = kind === 'traject' ? KOMPAS_ID : TRAJECT_ID;
      return {
        method: 'GET',
        url: `${this.itemsPath(def)}${itemsQuery(def.columns, {
          filter: `fields/${column} eq ${odataString(id)}`,
          top: this.pageSize,
        })}`,
      };
    });
    const raw = new Map<EntityKind, unknown[]>();
    const first = await this.transport.batch(calls);
    let pending = new Map<EntityKind, BatchReply>(
      entityKinds.map((kind, i) => [kind, first[i] ?? this.replyAt(calls, i)]),
    );
    // Follow every nextLink; the next pages of several lists share one batch.
    while (pending.size > 0) {
      const next: { kind: EntityKind; url: string }[] = [];
      for (const [kind, reply] of pending) {
        const page = this.page(listDefinitions[kind], reply);
        raw.set(kind, [...(raw.get(kind) ?? []), ...page.value]);
        if (page.nextLink !== undefined) next.push({ kind, url: page.nextLink });
      }
      if (next.length === 0) break;
      const replies = await this.transport.batch(next.map(({ url }) => ({ method: 'GET', url })));
      pending = new Map(
        next.map(({ kind, url }, i) => [kind, replies[i] ?? this.replyAt([{ method: 'GET', url }], 0)]),
      );
    }

    const trajecten = this.decodeAll(listDefinitions.traject, raw.get('traject') ?? []);
    const traject = trajecten.items[0];
    if (!traject) {
      const problem = trajecten.problems[0];
      if (problem) {
        throw new KompasError('Validation', `Traject ${id} is unreadable in SharePoint`, {
          issues: problem.issues,
        });
      }
      throw new KompasError('NotFound', `Traject ${id} not found`);
    }
    const problems: LoadProblem[] = [...trajecten.problems];
    const load = <K extends Exclude<EntityKind, 'traject'>>(kind: K): Stored<EntityMap[K]>[] => {
      const decoded = this.decodeAll(listDefinitions[kind], raw.get(kind) ?? []);
      problems.push(...decoded.problems);
      return decoded.items;
    };
    const snapshot = {
      traject,
      antwoorden: load('antwoord'),
      partners: load('partner'),
      indicatoren: load('indicator'),
      metingen: load('meting'),
      activiteiten: load('activiteit'),
      reflecties: load('reflectie'),
      acties: load('actie'),
      overleggen: load('overleg'),
      problems,
    } satisfies TrajectSnapshot;
    return snapshot;
  }

  async save<K extends EntityKind>(
    kind: K,
    entity: EntityMap[K],
    expected?: Version,
  ): Promise<Stored<EntityMap[K]>> {
    const def: ListDefinition<K> = listDefinitions[kind];
    const parsed = entitySchemas[kind].safeParse(entity);
    if (!parsed.success) {
      throw new KompasError('Validation', `Invalid ${kind}`, { issues: describeIssues(parsed.error) });
    }
    return expected === undefined ? this.create(def, parsed.data) : this.update(def, parsed.data, expected);
  }

  async remove(kind: EntityKind, id: string, expected: Version): Promise<void> {
    const def: ListDefinition<EntityKind> = listDefinitions[kind];
    const at = this.versionOf(expected);
    try {
      await this.transport.call({
        method: 'DELETE',
        url: `${this.itemsPath(def)}/${at.itemId}`,
        headers: { 'If-Match': at.eTag },
      });
    } catch (e) {
      // Deleting what is gone succeeds (also when our first, unanswered attempt removed it).
      if (isKompasError(e, 'NotFound')) return;
      if (isKompasError(e, 'Conflict') && e.status === 412) {
        const theirs = await this.getStored(def, at.itemId);
        if (theirs === undefined) return;
        throw new KompasError('Conflict', `${kind} ${id} was changed by someone else`, {
          theirs,
          status: 412,
        });
      }
      throw e;
    }
  }

  async answerHistory(trajectId: TrajectId, questionId?: QuestionId): Promise<AnswerRevision[]> {
    const def = listDefinitions.antwoord;
    let itemIds: string[];
    if (questionId !== undefined) {
      const item = await this.findItem(def, antwoordId(trajectId, questionId));
      itemIds = item ? [item.id] : [];
    } else {
      const raw = await this.readAll(
        def,
        `${this.itemsPath(def)}${itemsQuery([], { filter: `fields/${TRAJECT_ID} eq ${odataString(trajectId)}`, top: this.pageSize })}`,
      );
      itemIds = raw.flatMap((x) => {
        const item = ListItemSchema.safeParse(x);
        return item.success ? [item.data.id] : [];
      });
    }
    const select = `?$expand=fields($select=${['Title', ...def.columns.map((c) => c.name)].join(',')})`;
    const calls: GraphCall[] = itemIds.map((itemId) => ({
      method: 'GET',
      url: `${this.itemsPath(def)}/${itemId}/versions${select}`,
    }));
    const revisions: AnswerRevision[] = [];
    const replies = await this.transport.batch(calls);
    for (const reply of replies) {
      if (!reply.ok) {
        if (reply.error.code === 'NotFound') continue;
        throw reply.error;
      }
      let page = CollectionSchema.safeParse(reply.reply.body);
      let versions: unknown[] = [];
      while (page.success) {
        versions = [...versions, ...page.data.value];
        const next = page.data['@odata.nextLink'];
        if (next === undefined) break;
        page = CollectionSchema.safeParse((await this.transport.call({ method: 'GET', url: next })).body);
      }
      for (const version of versions) {
        const revision = toRevision(version);
        if (revision) revisions.push(revision);
      }
    }
    return revisions.sort((a, b) => b.gewijzigd.localeCompare(a.gewijzigd) || b.revisie - a.revisie);
  }

  // ---- writes ----

  private async create<K extends EntityKind>(
    def: ListDefinition<K>,
    entity: EntityMap[K],
  ): Promise<Stored<EntityMap[K]>> {
    const fields = def.toFields(entity);
    try {
      const reply = await this.transport.call({
        method: 'POST',
        url: this.itemsPath(def),
        body: { fields: withoutNulls(fields) },
      });
      const item = ListItemSchema.safeParse(reply.body);
      if (item.success) {
        const eTag = eTagOf(item.data);
        if (eTag !== undefined) return { ...entity, version: encodeVersion(item.data.id, eTag) };
      }
      // Graph always returns the created listItem; be tolerant anyway and look it up.
      const stored = await this.findStored(def, entity.id);
      if (stored) return stored;
      throw new KompasError('Unknown', `Created ${def.kind} ${entity.id} but could not read it back`);
    } catch (e) {
      if (!isKompasError(e) || !createMayHaveLanded(e)) throw e;
      if (isKompasError(e, 'NotFound')) throw notProvisioned(def, e);
      // The outcome is unknown, or the unique KompasId refused a duplicate: find what is stored.
      let existing: Stored<EntityMap[K]> | undefined;
      try {
        existing = await this.findStored(def, entity.id);
      } catch (lookup) {
        // A throttled or lost look-up is worth retrying later; the create's own 409 without
        // `theirs` would make the outbox give up on the record for good.
        throw isTransient(lookup) ? lookup : e;
      }
      if (existing === undefined) throw e;
      if (sameContent(def, existing, entity)) return existing;
      throw new KompasError('Conflict', `${def.kind} ${entity.id} already exists with other content`, {
        theirs: existing,
        status: 409,
      });
    }
  }

  private async update<K extends EntityKind>(
    def: ListDefinition<K>,
    entity: EntityMap[K],
    expected: Version,
  ): Promise<Stored<EntityMap[K]>> {
    const at = this.versionOf(expected);
    const url = `${this.itemsPath(def)}/${at.itemId}`;
    try {
      const reply = await this.transport.call({
        method: 'PATCH',
        url: `${url}/fields`,
        headers: { 'If-Match': at.eTag },
        body: def.toFields(entity),
      });
      const eTag = eTagFromReply(reply);
      if (eTag !== undefined) return { ...entity, version: encodeVersion(at.itemId, eTag) };
      const stored = await this.getStored(def, at.itemId);
      if (!stored) throw new KompasError('NotFound', `${def.kind} ${entity.id} is gone`);
      return stored;
    } catch (e) {
      if (isKompasError(e, 'Conflict') && e.status === 412) {
        const theirs = await this.getStored(def, at.itemId);
        if (theirs === undefined)
          throw new KompasError('NotFound', `${def.kind} ${entity.id} was deleted`, { status: 404 });
        // Our earlier attempt may have landed without an answer reaching us: then this is ours.
        if (sameContent(def, theirs, entity)) return theirs;
        throw new KompasError('Conflict', `${def.kind} ${entity.id} was changed by someone else`, {
          theirs,
          status: 412,
        });
      }
      if (isKompasError(e, 'Network')) {
        let current: Stored<EntityMap[K]> | undefined;
        try {
          current = await this.getStored(def, at.itemId);
        } catch {
          throw e;
        }
        if (current && sameContent(def, current, entity)) return current;
      }
      throw e;
    }
  }

  // ---- reads ----

  private itemsPath(def: { readonly listName: string }): string {
    return `${this.sitePath}/lists/${def.listName}/items`;
  }

  private versionOf(expected: Version): { itemId: string; eTag: string } {
    const at = decodeVersion(expected);
    if (!at)
      throw new KompasError('Validation', 'Version is not a SharePoint version', { issues: ['version'] });
    return at;
  }

  private replyAt(calls: readonly GraphCall[], i: number): BatchReply {
    return {
      ok: false,
      error: new KompasError(
        'Unknown',
        `Graph $batch: no reply for ${calls[i]?.url.split('?')[0] ?? 'request'}`,
      ),
    };
  }

  private page(
    def: { readonly listName: string },
    reply: BatchReply,
  ): { value: unknown[]; nextLink?: string } {
    if (!reply.ok) {
      // A 404 on a list's items means the list itself is missing.
      if (reply.error.code === 'NotFound') throw notProvisioned(def, reply.error);
      throw reply.error;
    }
    return this.parsePage(def, reply.reply);
  }

  private parsePage(
    def: { readonly listName: string },
    reply: GraphReply,
  ): { value: unknown[]; nextLink?: string } {
    const page = CollectionSchema.safeParse(reply.body);
    if (!page.success) throw new KompasError('Unknown', `Graph: unreadable page of ${def.listName}`);
    const nextLink = page.data['@odata.nextLink'];
    return nextLink === undefined ? { value: page.data.value } : { value: page.data.value, nextLink };
  }

  private async readAll(def: { readonly listName: string }, url: string): Promise<unknown[]> {
    const out: unknown[] = [];
    let next: string | undefined = url;
    while (next !== undefined) {
      let reply: GraphReply;
      try {
        reply = await this.transport.call({ method: 'GET', url: next });
      } catch (e) {
        if (isKompasError(e, 'NotFound')) throw notProvisioned(def, e);
        throw e;
      }
      const page = this.parsePage(def, reply);
      out.push(...page.value);
      next = page.nextLink;
    }
    return out;
  }

  private decodeAll<K extends EntityKind>(def: ListDefinition<K>, raw: readonly unknown[]): Loaded<K> {
    const items: Stored<EntityMap[K]>[] = [];
    const problems: LoadProblem[] = [];
    for (const x of raw) {
      const decoded = decodeStored(def, x);
      if ('problem' in decoded) problems.push(decoded.problem);
      else items.push(decoded.ok);
    }
    return { items, problems };
  }

  private async findItem(
    def: { readonly listName: string; readonly columns: readonly ColumnSpec[] },
    kompasId: string,
  ): Promise<ListItem | undefined> {
    const reply = await this.transport.call({
      method: 'GET',
      url: `${this.itemsPath(def)}${itemsQuery(def.columns, { filter: `fields/${KOMPAS_ID} eq ${odataString(kompasId)}`, top: 2 })}`,
    });
    const first = this.parsePage(def, reply).value[0];
    if (first === undefined) return undefined;
    const item = ListItemSchema.safeParse(first);
    return item.success ? item.data : undefined;
  }

  private async findStored<K extends EntityKind>(
    def: ListDefinition<K>,
    kompasId: string,
  ): Promise<Stored<EntityMap[K]> | undefined> {
    const item = await this.findItem(def, kompasId);
    return item === undefined ? undefined : this.storedOrThrow(def, item);
  }

  private async getStored<K extends EntityKind>(
    def: ListDefinition<K>,
    itemId: string,
  ): Promise<Stored<EntityMap[K]> | undefined> {
    let reply: GraphReply;
    try {
      reply = await this.transport.call({
        method: 'GET',
        url: `${this.itemsPath(def)}/${itemId}${itemsQuery(def.columns)}`,
      });
    } catch (e) {
      if (isKompasError(e, 'NotFound')) return undefined;
      throw e;
    }
    return this.storedOrThrow(def, reply.body);
  }

  private storedOrThrow<K extends EntityKind>(def: ListDefinition<K>, raw: unknown): Stored<EntityMap[K]> {
    const decoded = decodeStored(def, raw);
    if ('problem' in decoded) {
      throw new KompasError('Validation', `${def.kind} item ${decoded.problem.itemId} is unreadable`, {
        issues: decoded.problem.issues,
      });
    }
    return decoded.ok;
  }
}

function decodeStored<K extends EntityKind>(
  def: ListDefinition<K>,
  raw: unknown,
): { ok: Stored<EntityMap[K]> } | { problem: LoadProblem } {
  const item = ListItemSchema.safeParse(raw);
  if (!item.success) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '?';
    return { problem: { kind: def.kind, itemId: id, issues: describeIssues(item.error) } };
  }
  const eTag = eTagOf(item.data);
  if (eTag === undefined)
    return { problem: { kind: def.kind, itemId: item.data.id, issues: ['eTag ontbreekt'] } };
  const decoded = def.toDomain(item.data.fields, item.data.id);
  if ('problem' in decoded) return decoded;
  return { ok: { ...decoded.ok, version: encodeVersion(item.data.id, eTag) } };
}

function eTagFromReply(reply: GraphReply): string | undefined {
  const body = FieldValueSetSchema.safeParse(reply.body);
  return (body.success ? body.data['@odata.etag'] : undefined) ?? reply.headers['etag'];
}

/** A create whose answer we did not get, or that the unique KompasId refused. */
function createMayHaveLanded(e: KompasError): boolean {
  switch (e.code) {
    case 'Network':
    case 'Conflict':
    case 'Unknown':
    case 'NotFound':
      return true;
    case 'Validation':
      // SharePoint reports a duplicate in a unique column in words only.
      return /duplica|unique|uniek/i.test(`${e.message} ${graphCodeOf(e)}`);
    case 'Throttled':
    case 'PermissionDenied':
    case 'NotProvisioned':
    case 'Unsupported':
      return false;
  }
}

function notProvisioned(def: { readonly listName: string }, cause: KompasError): KompasError {
  return new KompasError('NotProvisioned', `List ${def.listName} is missing in this site`, {
    ...(cause.status === undefined ? {} : { status: cause.status }),
    cause,
  });
}

/** POST bodies leave empty cells out; PATCH bodies send null to clear them. */
function withoutNulls(fields: Fields): Record<string, Exclude<FieldValue, null>> {
  const out: Record<string, Exclude<FieldValue, null>> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== null) out[k] = v;
  return out;
}

/**
 * Whether two records store the same cells, as SharePoint keeps them: date-times to the second
 * in UTC, JSON compared by value.
 */
export function sameContent<K extends EntityKind>(
  def: ListDefinition<K>,
  a: EntityMap[K],
  b: EntityMap[K],
): boolean {
  return canonicalFields(def.columns, def.toFields(a)) === canonicalFields(def.columns, def.toFields(b));
}

function canonicalFields(columns: readonly ColumnSpec[], fields: Fields): string {
  const types = new Map(columns.map((c) => [c.name, c.type]));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields).sort()) {
    const value = fields[key] ?? null;
    const type = types.get(key);
    if (type === 'dateTime' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
      out[key] = Math.floor(Date.parse(value) / 1000);
    } else if (type === 'note' && typeof value === 'string') {
      out[key] = canonicalJson(value);
    } else if (value === '') {
      out[key] = null;
    } else {
      out[key] = value;
    }
  }
  return JSON.stringify(out);
}

function canonicalJson(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(
        Object.entries(v)
          .sort(([x], [y]) => x.localeCompare(y))
          .map(([k, x]) => [k, sort(x)]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value));
}

function toRevision(raw: unknown): AnswerRevision | undefined {
  const version = ListItemSchema.safeParse(raw);
  if (!version.success) return undefined;
  const decoded = listDefinitions.antwoord.toDomain(version.data.fields, version.data.id);
  if ('ok' in decoded) {
    const a = decoded.ok;
    return {
      questionId: a.questionId,
      revisie: a.revisie,
      auteur: a.auteur,
      gewijzigd: a.gewijzigd,
      value: a.value,
    };
  }
  return undefined;
}
