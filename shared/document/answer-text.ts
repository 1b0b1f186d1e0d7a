/**
 * Answers as the text of a Word content control, and back. Only text-like answers round-trip:
 * text, longText and reflection; lists (one entry per line); and the single fields of the
 * field kinds. Everything else is written into locked controls and never read back.
 */
import { z } from 'zod';
import { QuestionIdSchema, type Question, type QuestionId } from '../content/schema.ts';
import { valueKindOf, type AnswerValue, type ListEntry } from '../domain/answer.ts';
import { KompasError } from '../domain/errors.ts';
import { EntryIdSchema, TrajectIdSchema, type EntryId, type IdGenerator } from '../domain/ids.ts';

/** The tag owner of a blank template; shorter than any traject id (8–64 characters), so never one. */
export const BLANK_OWNER = 'blanco';
const TAG_PREFIX = 'kompas';

/** A field id of a field kind, or a row id of the quality table. */
export const TagFieldSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);

export const KompasTagSchema = z.strictObject({
  owner: z.union([z.literal(BLANK_OWNER), TrajectIdSchema]),
  question: QuestionIdSchema,
  field: TagFieldSchema.optional(),
});
export type KompasTag = z.infer<typeof KompasTagSchema>;
export type KompasTagInput = z.input<typeof KompasTagSchema>;

/** `kompas:<trajectId | blanco>:<questionId>[#<fieldId>]`; throws a Validation error on bad parts. */
export function formatTag(tag: KompasTagInput): string {
  const parsed = KompasTagSchema.safeParse(tag);
  if (!parsed.success) {
    throw new KompasError('Validation', 'invalid content-control tag', {
      issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    });
  }
  const { owner, question, field } = parsed.data;
  return `${TAG_PREFIX}:${owner}:${question}${field === undefined ? '' : `#${field}`}`;
}

/** The parts of a Kompas tag, or undefined for any other tag (a municipality's own controls). */
export function parseTag(raw: string): KompasTag | undefined {
  const prefix = `${TAG_PREFIX}:`;
  if (!raw.startsWith(prefix)) return undefined;
  const rest = raw.slice(prefix.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return undefined;
  const owner = rest.slice(0, colon);
  const target = rest.slice(colon + 1);
  const hash = target.indexOf('#');
  const question = hash < 0 ? target : target.slice(0, hash);
  const field = hash < 0 ? undefined : target.slice(hash + 1);
  const parsed = KompasTagSchema.safeParse(
    field === undefined ? { owner, question } : { owner, question, field },
  );
  return parsed.success ? parsed.data : undefined;
}

export interface FieldDefinition {
  readonly id: string;
  readonly label: string;
  readonly prompt?: string | undefined;
}

/** The fields of a field kind (roleSplit … and the quality table's rows), or undefined for other kinds. */
export function fieldsOf(question: Question): readonly FieldDefinition[] | undefined {
  const input = question.input;
  switch (input.kind) {
    case 'roleSplit':
    case 'beforeNow':
    case 'keepImprove':
    case 'dosDonts':
      return input.fields;
    case 'qualityTable':
      return input.rows.map((r) => ({ id: r.id, label: r.label }));
    case 'text':
    case 'longText':
    case 'reflection':
    case 'list':
    case 'veranderverhaal':
    case 'indicators':
    case 'partnerOverview':
    case 'grades':
    case 'prioritering':
    case 'activityMatrix':
    case 'actions':
    case 'frequency':
    case 'table':
    case 'checklist':
      return undefined;
  }
}

/** How a question's answer is edited as text in Word, if at all. */
export type TextShape = 'text' | 'line' | 'list' | 'fields' | 'none';

export function textShapeOf(question: Question): TextShape {
  switch (question.input.kind) {
    case 'text':
      return 'line';
    case 'longText':
    case 'reflection':
      return 'text';
    case 'list':
    case 'veranderverhaal':
      return 'list';
    case 'roleSplit':
    case 'beforeNow':
    case 'keepImprove':
    case 'dosDonts':
    case 'qualityTable':
      return 'fields';
    case 'indicators':
    case 'partnerOverview':
    case 'grades':
    case 'prioritering':
    case 'activityMatrix':
    case 'actions':
    case 'frequency':
    case 'table':
    case 'checklist':
      return 'none';
  }
}

/** The value, if it has the shape the question takes (a stored value of another shape counts as absent). */
export function valueFor(question: Question, value: AnswerValue | undefined): AnswerValue | undefined {
  return value !== undefined && valueKindOf(question.input) === value.kind ? value : undefined;
}

/**
 * An answer as plain text, lines separated by "\n". For a field kind, pass `field` for that
 * field's text; without it every filled field is written as "Label: text".
 */
export function answerToText(question: Question, value: AnswerValue | undefined, field?: string): string {
  const v = valueFor(question, value);
  if (v === undefined) return '';
  switch (v.kind) {
    case 'text':
      return v.text;
    case 'list':
      return v.items.map((i) => i.text).join('\n');
    case 'fields': {
      if (field !== undefined) return v.fields[field] ?? '';
      return (fieldsOf(question) ?? [])
        .filter((f) => (v.fields[f.id] ?? '').trim() !== '')
        .map((f) => `${f.label}: ${v.fields[f.id] ?? ''}`)
        .join('\n');
    }
    case 'table':
      return Object.entries(v.cells)
        .flatMap(([row, cols]) => Object.entries(cols).map(([col, t]) => `${row} / ${col}: ${t}`))
        .join('\n');
    case 'grades':
      return v.entries.map((e) => `${e.deelnemer} — ${e.thema}: ${e.cijfer}`).join('\n');
    case 'priority':
      return v.toelichting;
    case 'frequency':
      return v.afspraken;
    case 'checklist':
      return [...Object.entries(v.checks).map(([item, check]) => `${item}: ${check}`), v.toelichting]
        .filter((l) => l !== '')
        .join('\n');
  }
}

export type UnsupportedReason =
  /** The question's answer is structured or made of records; Word shows it locked. */
  | 'notTextLike'
  /** A field kind needs the field the text belongs to. */
  | 'fieldRequired'
  /** The field is not one of the question's fields. */
  | 'unknownField'
  /** A field was given for a question without fields. */
  | 'fieldNotExpected';

export type TextToAnswerResult =
  | { readonly ok: AnswerValue; readonly unsupported?: never }
  | { readonly unsupported: UnsupportedReason; readonly ok?: never };

export interface TextToAnswerOptions {
  /** For a field kind: the field (or quality-table row) the text belongs to. */
  readonly field?: string;
  /** Ids for new list entries; by default `<question>-<n>`, unique within the list. */
  readonly ids?: IdGenerator;
}

/** Word writes paragraphs; CR/CRLF from other sources mean the same line break. */
function normaliseLines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** An Enter at the end of a control leaves empty paragraphs that carry no answer. */
function withoutTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return text.slice(0, end);
}

/**
 * The answer a control's text stands for, merged into `previous`: list entries keep their ids
 * (so activities and priorities that point at them stay linked) and other fields keep their text.
 */
export function textToAnswer(
  question: Question,
  text: string,
  previous?: AnswerValue,
  options: TextToAnswerOptions = {},
): TextToAnswerResult {
  const shape = textShapeOf(question);
  const field = options.field;
  if (shape === 'none') return { unsupported: 'notTextLike' };
  if (shape !== 'fields' && field !== undefined) return { unsupported: 'fieldNotExpected' };
  const clean = withoutTrailingNewlines(normaliseLines(text));
  const prev = valueFor(question, previous);
  switch (shape) {
    case 'line':
      return { ok: { kind: 'text', text: clean.split('\n').join(' ') } };
    case 'text':
      return { ok: { kind: 'text', text: clean } };
    case 'list': {
      const lines = clean
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
      const items = prev?.kind === 'list' ? prev.items : [];
      return { ok: { kind: 'list', items: reconcileEntries(question.id, lines, items, options.ids) } };
    }
    case 'fields': {
      if (field === undefined) return { unsupported: 'fieldRequired' };
      if (!(fieldsOf(question) ?? []).some((f) => f.id === field)) return { unsupported: 'unknownField' };
      const fields = prev?.kind === 'fields' ? prev.fields : {};
      return { ok: { kind: 'fields', fields: { ...fields, [field]: clean } } };
    }
  }
}

/** How much a reworded line must still resemble an entry to keep its id (Dice coefficient of bigrams). */
const EDITED_SIMILARITY = 0.6;

function bigrams(s: string): Map<string, number> {
  const t = s.toLowerCase();
  const counts = new Map<string, number>();
  for (let i = 0; i < t.length - 1; i++) {
    const b = t.slice(i, i + 2);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return counts;
}

function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [bg, n] of x) {
    common += Math.min(n, y.get(bg) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? (a === b ? 1 : 0) : (2 * common) / total;
}

/**
 * Gives each line an entry id, so activities and priorities that point at an entry stay linked:
 * an unchanged line keeps its id wherever it moved; a reworded line keeps the id of the entry it
 * still resembles most, or else of the entry that stood at its position; other lines get new ids.
 */
export function reconcileEntries(
  questionId: QuestionId,
  lines: readonly string[],
  previous: readonly ListEntry[],
  ids?: IdGenerator,
): ListEntry[] {
  const used = new Set<number>();
  const assigned: (EntryId | undefined)[] = lines.map(() => undefined);
  const take = (i: number, j: number) => {
    const entry = previous[j];
    if (entry === undefined || used.has(j)) return false;
    used.add(j);
    assigned[i] = entry.id;
    return true;
  };
  // Same text at the same position first, so duplicates keep their own ids.
  lines.forEach((line, i) => {
    if (previous[i]?.text.trim() === line) take(i, i);
  });
  lines.forEach((line, i) => {
    if (assigned[i] !== undefined) return;
    const j = previous.findIndex((e, k) => !used.has(k) && e.text.trim() === line);
    if (j >= 0) take(i, j);
  });
  lines.forEach((line, i) => {
    if (assigned[i] !== undefined) return;
    let best = -1;
    let bestScore = EDITED_SIMILARITY;
    previous.forEach((e, k) => {
      const score = used.has(k) ? 0 : similarity(e.text.trim(), line);
      if (score > bestScore || (score === bestScore && best >= 0 && k === i)) {
        best = k;
        bestScore = score;
      }
    });
    if (best >= 0) take(i, best);
  });
  lines.forEach((_, i) => {
    if (assigned[i] === undefined) take(i, i);
  });
  const taken = new Set<string>([...previous.map((e) => e.id), ...assigned.filter((id) => id !== undefined)]);
  const fresh = ids ?? sequentialIds(questionId, taken);
  return lines.map((line, i) => {
    const kept = assigned[i];
    if (kept !== undefined) return { id: kept, text: line };
    for (let attempt = 0; attempt < 1000; attempt++) {
      const id = EntryIdSchema.parse(fresh.next());
      if (taken.has(id)) continue;
      taken.add(id);
      return { id, text: line };
    }
    throw new KompasError('Unknown', 'the id generator keeps returning ids that are in use');
  });
}

/** `<question id>-<n>`: readable, stable in tests, and distinct across lists of different questions. */
function sequentialIds(questionId: QuestionId, taken: ReadonlySet<string>): IdGenerator {
  const prefix = questionId.toLowerCase().replace(/\./g, '-').slice(0, 56);
  let n = 0;
  return {
    next() {
      let id: string;
      do {
        n++;
        id = `${prefix}-${n}`;
      } while (taken.has(id));
      return id;
    },
  };
}
