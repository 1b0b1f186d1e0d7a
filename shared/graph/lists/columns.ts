/**
 * How a domain record becomes a SharePoint list item and back: typed columns, a tolerant zod
 * schema for the item's `fields`, and the shared machinery every list file uses.
 */
import { z } from 'zod';
import type { EntityKind, EntityMap } from '../../domain/model.ts';
import type { LoadProblem } from '../../ports/traject-repository.ts';

export type ColumnType = 'text' | 'note' | 'number' | 'dateTime' | 'choice' | 'boolean';

export interface ColumnSpec {
  /** Internal name: the contract with stored data, never renamed. */
  readonly name: string;
  /** What people see in SharePoint (Dutch). */
  readonly displayName: string;
  readonly type: ColumnType;
  readonly description?: string;
  /** Indexed columns may be filtered on in lists of any size (list view threshold 5,000). */
  readonly indexed?: boolean;
  /** Enforced by SharePoint; requires `indexed`. */
  readonly unique?: boolean;
  readonly choices?: readonly string[];
  /** The store schema version that introduced the column, so provisioning can add it later. */
  readonly since: number;
}

/** A Graph `fields` object (fieldValueSet) as we write it. */
export type FieldValue = string | number | boolean | null;
export type Fields = Readonly<Record<string, FieldValue>>;

export type ToDomainResult<T> = { readonly ok: T } | { readonly problem: LoadProblem };

export interface ListDefinition<K extends EntityKind> {
  readonly kind: K;
  /** Used as the list's name and display name, and in URLs (`/lists/{name}`). */
  readonly listName: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  /** Readable label for the built-in Title column. */
  toFields(entity: EntityMap[K]): Fields;
  toDomain(fields: unknown, itemId: string): ToDomainResult<EntityMap[K]>;
}

/** A list that holds no domain record (settings). */
export interface PlainListDefinition {
  readonly listName: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
}

/** Columns every entity list has. */
export const KOMPAS_ID = 'KompasId';
export const TRAJECT_ID = 'TrajectId';

export const kompasIdColumn: ColumnSpec = {
  name: KOMPAS_ID,
  displayName: 'Kompas-id',
  type: 'text',
  description: 'Sleutel van Kompas; niet wijzigen.',
  indexed: true,
  unique: true,
  since: 1,
};
export const trajectIdColumn: ColumnSpec = {
  name: TRAJECT_ID,
  displayName: 'Traject-id',
  type: 'text',
  description: 'Het traject waar dit bij hoort; niet wijzigen.',
  indexed: true,
  since: 1,
};

/** Graph's columnDefinition for creating a column (https://learn.microsoft.com/graph/api/resources/columndefinition). */
export function toColumnDefinition(spec: ColumnSpec): Record<string, unknown> {
  const base = {
    name: spec.name,
    displayName: spec.displayName,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    indexed: spec.indexed === true || spec.unique === true,
    enforceUniqueValues: spec.unique === true,
  };
  switch (spec.type) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
      return { ...base, text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 } };
    case 'number':
      return { ...base, number: {} };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime', displayAs: 'standard' } };
    case 'choice':
      return {
        ...base,
        choice: { choices: [...(spec.choices ?? [])], allowTextEntry: false, displayAs: 'dropDownMenu' },
      };
    case 'boolean':
      return { ...base, boolean: {} };
  }
}

/** `$select` for an item's fields: Title plus the list's own columns. */
export function selectedFields(columns: readonly ColumnSpec[]): string[] {
  return ['Title', ...columns.map((c) => c.name)];
}

// ---- reading fields: tolerant of empty cells, strict about types ----

/** A single-line or multi-line text cell; empty means ''. */
export const textCell = z
  .string()
  .nullish()
  .transform((v) => v ?? '');
/** A text cell whose emptiness means "absent". */
export const optionalTextCell = z
  .string()
  .nullish()
  .transform((v) => (v === null || v === undefined || v === '' ? undefined : v));
/** A number cell; SharePoint may hand numbers back as strings from other clients. */
export const optionalNumberCell = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .nullish()
  .transform((v) => (v === null || v === undefined ? undefined : v));
/** A dateTime cell (ISO 8601 UTC as Graph returns it). */
export const optionalDateTimeCell = optionalTextCell;
/** A multi-line text cell that holds JSON; unreadable JSON is an issue on that column. */
export const jsonCell = z
  .string()
  .nullish()
  .transform((v, ctx): unknown => {
    if (v === null || v === undefined || v.trim() === '') return undefined;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'geen leesbare JSON' });
      return z.NEVER;
    }
  });
export const keyCell = z.string().min(1);

/** Plain words for a zod issue list, per field. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${prefix}${path === '' ? '' : `${path}: `}${issue.message}`;
  });
}

/** Drops keys whose value is undefined, so optional domain fields stay absent. */
export function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/**
 * The common read path: parse `fields` with the list's tolerant schema (extra columns ignored),
 * map to a domain candidate, parse it with the domain schema. Anything odd becomes a LoadProblem.
 */
export function decodeItem<K extends EntityKind, S extends z.ZodType>(options: {
  readonly kind: K;
  readonly itemId: string;
  readonly fields: unknown;
  readonly fieldsSchema: S;
  readonly toCandidate: (fields: z.output<S>) => Record<string, unknown>;
  readonly domainSchema: z.ZodType<EntityMap[K], unknown>;
}): ToDomainResult<EntityMap[K]> {
  const cells = options.fieldsSchema.safeParse(options.fields);
  if (!cells.success) {
    return {
      problem: { kind: options.kind, itemId: options.itemId, issues: describeIssues(cells.error, 'kolom ') },
    };
  }
  const entity = options.domainSchema.safeParse(compact(options.toCandidate(cells.data)));
  if (!entity.success) {
    return { problem: { kind: options.kind, itemId: options.itemId, issues: describeIssues(entity.error) } };
  }
  return { ok: entity.data };
}

/** Title is a single line of at most 255 characters. */
export function titleOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 255 ? line : `${line.slice(0, 254)}…`;
}

/** JSON for a multi-line text column; absent values clear the cell. */
export function json(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

export function orNull<T extends FieldValue>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}
