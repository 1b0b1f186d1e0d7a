/**
 * Evaluates parsed `$filter` expressions and `$orderby` keys against rows. A resolver maps a
 * path (`fields/KompasId`, `id`) to a typed accessor, so literals are converted once per query.
 * Text compares case-insensitively, as SharePoint's column collation does.
 */
import type { FieldValue } from './model.ts';
import { badQuery, type ComparisonOp, type FilterExpr, type Literal } from './odata.ts';

export type ValueKind = 'text' | 'number' | 'dateTime' | 'boolean';

export interface Accessor<Row> {
  readonly kind: ValueKind;
  /** The name used in messages. */
  readonly name: string;
  get(row: Row): FieldValue | undefined;
}

export type Resolve<Row> = (path: string) => Accessor<Row>;

/** A value normalised for comparison; `null` is "no value". */
export type Comparable = string | number | boolean | null;

export function comparable(kind: ValueKind, value: FieldValue | undefined): Comparable {
  if (value === undefined || value === null || value === '') return null;
  switch (kind) {
    case 'text':
      return String(value).toLowerCase();
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case 'dateTime': {
      const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      return Number.isNaN(ms) ? null : ms;
    }
    case 'boolean':
      return value === true || value === 1 || value === 'true';
  }
}

function literalFor(accessor: { kind: ValueKind; name: string }, literal: Literal): Comparable {
  const invalid = (): never => {
    throw badQuery(`The literal in $filter does not match the type of field '${accessor.name}'.`);
  };
  if (literal.kind === 'null') return null;
  switch (accessor.kind) {
    case 'text':
      if (literal.kind === 'string' || literal.kind === 'datetime') return literal.value.toLowerCase();
      return invalid();
    case 'number':
      if (literal.kind === 'number') return literal.value;
      if (literal.kind === 'string' && /^-?\d+(\.\d+)?$/.test(literal.value)) return Number(literal.value);
      return invalid();
    case 'dateTime': {
      if (literal.kind !== 'string' && literal.kind !== 'datetime') return invalid();
      const ms = Date.parse(literal.value);
      return Number.isNaN(ms) ? invalid() : ms;
    }
    case 'boolean':
      if (literal.kind === 'boolean') return literal.value;
      // SharePoint's own filters write booleans as 1 and 0.
      if (literal.kind === 'number' && (literal.value === 0 || literal.value === 1))
        return literal.value === 1;
      return invalid();
  }
}

function order(a: Exclude<Comparable, null>, b: Exclude<Comparable, null>): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function test(op: ComparisonOp, value: Comparable, literal: Comparable): boolean {
  if (literal === null) {
    if (op === 'eq') return value === null;
    if (op === 'ne') return value !== null;
    return false;
  }
  if (value === null) return op === 'ne';
  const c = order(value, literal);
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'lt':
      return c < 0;
    case 'gt':
      return c > 0;
    case 'le':
      return c <= 0;
    case 'ge':
      return c >= 0;
  }
}

export function compileFilter<Row>(expr: FilterExpr, resolve: Resolve<Row>): (row: Row) => boolean {
  switch (expr.kind) {
    case 'and': {
      const left = compileFilter(expr.left, resolve);
      const right = compileFilter(expr.right, resolve);
      return (row) => left(row) && right(row);
    }
    case 'or': {
      const left = compileFilter(expr.left, resolve);
      const right = compileFilter(expr.right, resolve);
      return (row) => left(row) || right(row);
    }
    case 'not': {
      const operand = compileFilter(expr.operand, resolve);
      return (row) => !operand(row);
    }
    case 'compare': {
      const accessor = resolve(expr.path);
      const literal = literalFor(accessor, expr.literal);
      const { op } = expr;
      return (row) => test(op, comparable(accessor.kind, accessor.get(row)), literal);
    }
    case 'startswith': {
      const accessor = resolve(expr.path);
      if (accessor.kind !== 'text')
        throw badQuery(`startswith() needs a text field; '${accessor.name}' is not.`);
      const prefix = expr.prefix.toLowerCase();
      return (row) => {
        const value = comparable('text', accessor.get(row));
        return typeof value === 'string' && value.startsWith(prefix);
      };
    }
  }
}

/** Compares sort keys; `null` sorts first ascending. The last element (the id) is always ascending. */
export function compareKeys(
  a: readonly Comparable[],
  b: readonly Comparable[],
  descending: readonly boolean[],
): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    let c: number;
    if (x === null || y === null) c = x === y ? 0 : x === null ? -1 : 1;
    else c = order(x, y);
    if (c !== 0) return descending[i] === true ? -c : c;
  }
  return 0;
}
