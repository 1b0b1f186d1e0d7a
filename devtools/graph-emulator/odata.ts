/**
 * OData query options as Graph reads them for list items: `$select`, `$expand` with nested
 * options (`fields($select=A,B)`), `$top`, `$orderby`, `$skiptoken`, and a `$filter` parser
 * for eq/ne/lt/gt/le/ge, startswith(), and/or/not and parentheses
 * (https://learn.microsoft.com/graph/api/listitem-list). Graph also accepts the options
 * without the `$` prefix (`expand=fields(select=Name)` in the docs), so both are read.
 */
import { z } from 'zod';
import { GraphError } from './errors.ts';

export type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'datetime'; readonly value: string };

export type Operand =
  { readonly kind: 'path'; readonly path: string } | { readonly kind: 'literal'; readonly literal: Literal };

export type ComparisonOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type FilterExpr =
  | { readonly kind: 'and' | 'or'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'not'; readonly operand: FilterExpr }
  | { readonly kind: 'compare'; readonly op: ComparisonOp; readonly path: string; readonly literal: Literal }
  | { readonly kind: 'startswith'; readonly path: string; readonly prefix: string };

export interface OrderTerm {
  readonly path: string;
  readonly descending: boolean;
}

export interface ExpandOption {
  readonly name: string;
  readonly select: readonly string[] | undefined;
}

export const badQuery = (message: string): GraphError => new GraphError(400, 'invalidRequest', message);

/** Reads `$name`, or `name` as Graph also accepts. */
export function queryOption(params: URLSearchParams, name: string): string | undefined {
  return params.get(`$${name}`) ?? params.get(name) ?? undefined;
}

/** Splits on `separator` outside parentheses and quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth += 1;
    else if (!quoted && ch === ')') depth -= 1;
    else if (!quoted && depth === 0 && ch === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function parseSelect(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  return splitTopLevel(raw, ',');
}

/** `fields($select=A,B),columns` → [{ name: 'fields', select: ['A','B'] }, { name: 'columns' }]. */
export function parseExpand(raw: string | undefined): ExpandOption[] {
  if (raw === undefined) return [];
  return splitTopLevel(raw, ',').map((part) => {
    const open = part.indexOf('(');
    if (open < 0) return { name: part, select: undefined };
    if (!part.endsWith(')')) throw badQuery(`Invalid $expand: '${part}'.`);
    const name = part.slice(0, open).trim();
    let select: string[] | undefined;
    for (const option of splitTopLevel(part.slice(open + 1, -1), ';')) {
      const eq = option.indexOf('=');
      const key = option.slice(0, eq).trim().replace(/^\$/, '');
      if (eq < 0 || key !== 'select') throw badQuery(`Unsupported option in $expand: '${option}'.`);
      select = parseSelect(option.slice(eq + 1));
    }
    return { name, select };
  });
}

export function parseTop(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw badQuery(`Invalid $top value '${raw}'.`);
  const top = Number(raw);
  if (top < 1) throw badQuery('$top must be at least 1.');
  return top;
}

export function parseOrderBy(raw: string | undefined): OrderTerm[] {
  if (raw === undefined) return [];
  return splitTopLevel(raw, ',').map((term) => {
    const [path, direction, ...rest] = term.split(/\s+/);
    if (path === undefined || rest.length > 0 || !isPath(path))
      throw badQuery(`Invalid $orderby: '${term}'.`);
    const dir = (direction ?? 'asc').toLowerCase();
    if (dir !== 'asc' && dir !== 'desc') throw badQuery(`Invalid $orderby direction '${direction ?? ''}'.`);
    return { path, descending: dir === 'desc' };
  });
}

const isPath = (text: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*$/.test(text);

// ---- $filter -------------------------------------------------------------------------------

type Token =
  | { readonly type: 'lparen' | 'rparen' | 'comma' }
  | { readonly type: 'word'; readonly text: string }
  | { readonly type: 'literal'; readonly literal: Literal };

const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_/]*/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const rest = text.slice(i);
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(') {
      tokens.push({ type: 'lparen' });
      i += 1;
    } else if (ch === ')') {
      tokens.push({ type: 'rparen' });
      i += 1;
    } else if (ch === ',') {
      tokens.push({ type: 'comma' });
      i += 1;
    } else if (ch === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw badQuery('Unterminated string literal in $filter.');
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j += 1;
      }
      tokens.push({ type: 'literal', literal: { kind: 'string', value } });
      i = j + 1;
    } else if (DATETIME.test(rest) && /^\d{4}-/.test(rest)) {
      const match = DATETIME.exec(rest)?.[0] ?? '';
      tokens.push({ type: 'literal', literal: { kind: 'datetime', value: match } });
      i += match.length;
    } else if (NUMBER.test(rest)) {
      const match = NUMBER.exec(rest)?.[0] ?? '';
      tokens.push({ type: 'literal', literal: { kind: 'number', value: Number(match) } });
      i += match.length;
    } else if (WORD.test(rest)) {
      const word = WORD.exec(rest)?.[0] ?? '';
      i += word.length;
      const lower = word.toLowerCase();
      if (lower === 'true' || lower === 'false') {
        tokens.push({ type: 'literal', literal: { kind: 'boolean', value: lower === 'true' } });
      } else if (lower === 'null') {
        tokens.push({ type: 'literal', literal: { kind: 'null' } });
      } else if (lower === 'datetime' && text[i] === "'") {
        // OData v3 style datetime'…', as SharePoint's own REST API writes it.
        const end = text.indexOf("'", i + 1);
        if (end < 0) throw badQuery('Unterminated datetime literal in $filter.');
        tokens.push({ type: 'literal', literal: { kind: 'datetime', value: text.slice(i + 1, end) } });
        i = end + 1;
      } else {
        tokens.push({ type: 'word', text: word });
      }
    } else {
      throw badQuery(`Syntax error at position ${i} in $filter: '${rest.slice(0, 20)}'.`);
    }
  }
  return tokens;
}

const comparisonOps: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);
const flipped: Record<ComparisonOp, ComparisonOp> = {
  eq: 'eq',
  ne: 'ne',
  lt: 'gt',
  gt: 'lt',
  le: 'ge',
  ge: 'le',
};

class FilterParser {
  private position = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parse(): FilterExpr {
    const expr = this.or();
    if (this.position < this.tokens.length) throw badQuery('Unexpected input after the end of $filter.');
    return expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token {
    const token = this.tokens[this.position];
    if (token === undefined) throw badQuery('Unexpected end of $filter.');
    this.position += 1;
    return token;
  }

  private keyword(word: string): boolean {
    const token = this.peek();
    if (token?.type === 'word' && token.text.toLowerCase() === word) {
      this.position += 1;
      return true;
    }
    return false;
  }

  private expect(type: 'lparen' | 'rparen' | 'comma'): void {
    if (this.next().type !== type) throw badQuery(`Expected '${type === 'comma' ? ',' : type}' in $filter.`);
  }

  private or(): FilterExpr {
    let left = this.and();
    while (this.keyword('or')) left = { kind: 'or', left, right: this.and() };
    return left;
  }

  private and(): FilterExpr {
    let left = this.unary();
    while (this.keyword('and')) left = { kind: 'and', left, right: this.unary() };
    return left;
  }

  private unary(): FilterExpr {
    if (this.keyword('not')) return { kind: 'not', operand: this.unary() };
    const token = this.peek();
    if (token?.type === 'lparen') {
      this.position += 1;
      const inner = this.or();
      this.expect('rparen');
      return inner;
    }
    if (
      token?.type === 'word' &&
      token.text.toLowerCase() === 'startswith' &&
      this.tokens[this.position + 1]?.type === 'lparen'
    ) {
      this.position += 2;
      const target = this.operand();
      this.expect('comma');
      const prefix = this.operand();
      this.expect('rparen');
      if (target.kind !== 'path' || prefix.kind !== 'literal' || prefix.literal.kind !== 'string') {
        throw badQuery('startswith() takes a field and a string literal.');
      }
      return { kind: 'startswith', path: target.path, prefix: prefix.literal.value };
    }
    return this.comparison();
  }

  private operand(): Operand {
    const token = this.next();
    if (token.type === 'literal') return { kind: 'literal', literal: token.literal };
    if (token.type === 'word' && isPath(token.text)) return { kind: 'path', path: token.text };
    throw badQuery('Expected a field or a literal in $filter.');
  }

  private comparison(): FilterExpr {
    const left = this.operand();
    const opToken = this.next();
    const op = opToken.type === 'word' ? opToken.text.toLowerCase() : '';
    if (!comparisonOps.has(op)) throw badQuery(`Unsupported operator '${op}' in $filter.`);
    const right = this.operand();
    const cmp = op as ComparisonOp;
    if (left.kind === 'path' && right.kind === 'literal')
      return { kind: 'compare', op: cmp, path: left.path, literal: right.literal };
    if (left.kind === 'literal' && right.kind === 'path') {
      return { kind: 'compare', op: flipped[cmp], path: right.path, literal: left.literal };
    }
    throw badQuery('A comparison in $filter needs one field and one literal.');
  }
}

export function parseFilter(raw: string | undefined): FilterExpr | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  return new FilterParser(tokenize(raw)).parse();
}

/** Every field path a filter reads. */
export function filterPaths(expr: FilterExpr | undefined): string[] {
  if (expr === undefined) return [];
  switch (expr.kind) {
    case 'and':
    case 'or':
      return [...filterPaths(expr.left), ...filterPaths(expr.right)];
    case 'not':
      return filterPaths(expr.operand);
    case 'compare':
    case 'startswith':
      return [expr.path];
  }
}

/** The top-level `and` operands of a filter (the filter itself if it is no conjunction). */
export function conjuncts(expr: FilterExpr): FilterExpr[] {
  return expr.kind === 'and' ? [...conjuncts(expr.left), ...conjuncts(expr.right)] : [expr];
}

/** The opaque `$skiptoken`: the sort key of the last item on the previous page. */
export interface SkipKey {
  readonly values: readonly (string | number | boolean | null)[];
  readonly id: number;
}

export function encodeSkipToken(key: SkipKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const SkipKeySchema = z.strictObject({
  values: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  id: z.number().int(),
});

export function decodeSkipToken(raw: string): SkipKey {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    json = undefined;
  }
  const parsed = SkipKeySchema.safeParse(json);
  // A token the emulator did not issue.
  if (!parsed.success) throw badQuery('The $skiptoken is not valid.');
  return parsed.data;
}
