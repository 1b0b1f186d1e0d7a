/** What the outbox carries: a save or a removal of one record, and how records compare. */
import { z } from 'zod';
import { VersionSchema, type TrajectId, type Version } from '../domain/ids.ts';
import { entitySchemas, type EntityKind, type EntityMap, type Stored } from '../domain/model.ts';

/** Any record the store keeps. */
export type AnyEntity = EntityMap[EntityKind];

/**
 * Saving one record. Without `base` it is created; with it, it updates the stored version the edit
 * was based on (a stale `base` is a conflict, never a silent overwrite).
 */
export type SaveChange<K extends EntityKind = EntityKind> = {
  [P in K]: {
    readonly op: 'save';
    readonly kind: P;
    readonly entity: EntityMap[P];
    readonly base?: Version | undefined;
  };
}[K];

/** Removing one record that was stored at `base`. */
export interface RemoveChange {
  readonly op: 'remove';
  readonly kind: EntityKind;
  readonly id: string;
  /** So a reopened traject can show what is still waiting to be removed. */
  readonly trajectId: TrajectId;
  readonly base?: Version | undefined;
}

export type Change = SaveChange | RemoveChange;

export function saveChange<K extends EntityKind>(
  kind: K,
  entity: EntityMap[K],
  base?: Version,
): SaveChange<K> {
  return { op: 'save', kind, entity, base };
}

export function removeChange(
  kind: EntityKind,
  id: string,
  trajectId: TrajectId,
  base: Version | undefined,
): RemoveChange {
  return { op: 'remove', kind, id, trajectId, base };
}

/** One key per record: changes to the same key are sent in order and coalesce while they wait. */
export function recordKey(kind: EntityKind, id: string): string {
  return `${kind}/${id}`;
}

export function idOfChange(change: Change): string {
  return change.op === 'save' ? change.entity.id : change.id;
}

export function keyOfChange(change: Change): string {
  return recordKey(change.kind, idOfChange(change));
}

export function trajectIdOfChange(change: Change): TrajectId {
  if (change.op === 'remove') return change.trajectId;
  return change.kind === 'traject' ? change.entity.id : change.entity.trajectId;
}

export function parseEntity<K extends EntityKind>(kind: K, raw: unknown): z.ZodSafeParseResult<EntityMap[K]> {
  return entitySchemas[kind].safeParse(raw);
}

const withVersion = z.looseObject({ version: VersionSchema });

/**
 * Reads a stored record that came back in an error (`KompasError.theirs`): it is `unknown` there,
 * so it is parsed like any data coming in. Undefined when it is not a record of this kind.
 */
export function parseStored<K extends EntityKind>(kind: K, raw: unknown): Stored<EntityMap[K]> | undefined {
  const versioned = withVersion.safeParse(raw);
  if (!versioned.success) return undefined;
  const { version, ...rest } = versioned.data;
  const entity = parseEntity(kind, rest);
  return entity.success ? { ...entity.data, version } : undefined;
}

/** JSON with sorted keys, so equal records give equal text whatever order their keys were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Whether two records hold the same content, ignoring the store's version. */
export function sameContent(a: AnyEntity, b: AnyEntity): boolean {
  return canonical(withoutVersion(a)) === canonical(withoutVersion(b));
}

function withoutVersion(record: object): object {
  if (!('version' in record)) return record;
  const { version: _version, ...rest } = record;
  return rest;
}

/**
 * Whether a stored record is this very edit. Like `sameContent`, but an answer's `revisie` is
 * ignored: the outbox renumbers it to follow the stored revision, so two attempts at one edit may
 * carry different numbers. Author, time and value still tell one person's edit from another's.
 */
export function isSameEdit(a: AnyEntity, b: AnyEntity): boolean {
  return canonical(withoutBookkeeping(a)) === canonical(withoutBookkeeping(b));
}

/** SharePoint keeps date-times to the second, so an edit stamped with milliseconds reads back without them. */
const stamps = new Set(['gewijzigd', 'aangemaakt', 'afgerondOp']);
const toSecond = (v: unknown): unknown =>
  typeof v === 'string' ? v.replace(/\.\d+(?=Z$|[+-]\d\d:\d\d$)/, '') : v;

function withoutBookkeeping(record: object): object {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([k]) => k !== 'version' && k !== 'revisie')
      .map(([k, v]) => [k, stamps.has(k) ? toSecond(v) : v]),
  );
}

/** Zod issues as plain lines for `KompasError.issues`: `path: message`. */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
}
