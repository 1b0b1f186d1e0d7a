/**
 * The history of a traject's answers as the Geschiedenis screen shows it: who changed what when,
 * by bouwsteen and page, and "Eerder / Op dit moment" — every answer as it stood on two dates,
 * with the lines that were added and removed between them.
 */
import type { TrajectView } from '../../../shared/application/index.ts';
import { allQuestions } from '../../../shared/content/queries.ts';
import type { BouwsteenId, Edition, Question } from '../../../shared/content/schema.ts';
import type { ListEntry } from '../../../shared/domain/answer.ts';
import { answerLines, type AnswerWords } from '../../../shared/domain/reflectie/text.ts';
import { todayIn } from '../../../shared/domain/rules/calendar.ts';
import { IsoDateSchema, type IsoDate } from '../../../shared/domain/time.ts';
import type { Locale } from '../../../shared/i18n/index.ts';
import type { AnswerRevision } from '../../../shared/ports/traject-repository.ts';
import { type FieldError } from '../common/field-error.ts';

export const pageSize = 20;

export const ALL = 'alle';
export type BouwsteenFilter = typeof ALL | BouwsteenId;

export interface HistoryEntry {
  readonly key: string;
  readonly revision: AnswerRevision;
  /** Undefined when the edition no longer has the question. */
  readonly question: Question | undefined;
  readonly bouwsteen: BouwsteenId | undefined;
  /** The value as text, a line per entry or paragraph; empty when it was emptied. */
  readonly lines: readonly string[];
  /** Where the question comes in the edition, to order the comparison like the worksheets. */
  readonly order: number;
}

/**
 * The words behind the ids answers store: partners' organisations, and the list entries a
 * prioritering orders. An entry since removed from its list still has its text in an earlier
 * revision, so an old prioritering reads as it did; the newest text of an entry wins.
 */
export function historyWords(
  view: Pick<TrajectView, 'partners' | 'antwoorden'>,
  revisions: readonly AnswerRevision[],
  locale: Locale,
): AnswerWords {
  return wordsOf(view, newestFirst(revisions), locale);
}

/** The revisions newest first: by the time of the change, then by revision number. */
function newestFirst(revisions: readonly AnswerRevision[]): AnswerRevision[] {
  return [...revisions].sort((a, b) => b.gewijzigd.localeCompare(a.gewijzigd) || b.revisie - a.revisie);
}

function wordsOf(
  view: Pick<TrajectView, 'partners' | 'antwoorden'>,
  history: readonly AnswerRevision[],
  locale: Locale,
): AnswerWords {
  const partners = new Map(view.partners.map((p) => [p.id as string, p.organisatie]));
  const lists = new Map<string, Map<string, ListEntry>>();
  const add = (questionId: string, entries: readonly ListEntry[]) => {
    const list = lists.get(questionId) ?? new Map<string, ListEntry>();
    lists.set(questionId, list);
    for (const entry of entries) {
      if (entry.text.trim() !== '' && !list.has(entry.id)) list.set(entry.id, entry);
    }
  };
  const current = [...view.antwoorden].sort((a, b) => b.revisie - a.revisie);
  for (const answer of [...current, ...history]) {
    if (answer.value.kind === 'list') add(answer.questionId, answer.value.items);
  }
  return {
    locale,
    listEntries: (questionId) => [...(lists.get(questionId)?.values() ?? [])],
    partnerName: (deelnemer) => partners.get(deelnemer),
  };
}

/** The revisions, newest first, with their question and the value as text (`words` resolve its ids). */
export function historyEntries(
  edition: Edition,
  revisions: readonly AnswerRevision[],
  words: AnswerWords = {},
): HistoryEntry[] {
  return entriesOf(edition, newestFirst(revisions), words);
}

/** The screen's entries in words: `historyEntries` with `historyWords`, the revisions sorted once. */
export function historyOf(
  opened: { readonly view: Pick<TrajectView, 'partners' | 'antwoorden'>; readonly edition: Edition },
  revisions: readonly AnswerRevision[],
  locale: Locale,
): HistoryEntry[] {
  const sorted = newestFirst(revisions);
  return entriesOf(opened.edition, sorted, wordsOf(opened.view, sorted, locale));
}

function entriesOf(edition: Edition, sorted: readonly AnswerRevision[], words: AnswerWords): HistoryEntry[] {
  const places = new Map(allQuestions(edition).map((l, order) => [l.question.id as string, { ...l, order }]));
  return sorted.map((revision) => {
    const place = places.get(revision.questionId);
    return {
      key: `${revision.questionId}#${revision.revisie}#${revision.gewijzigd}`,
      revision,
      question: place?.question,
      bouwsteen: place?.bouwsteen.id,
      lines: answerLines(revision.value, place?.question, words),
      order: place?.order ?? Number.MAX_SAFE_INTEGER,
    };
  });
}

export function filterEntries(entries: readonly HistoryEntry[], filter: BouwsteenFilter): HistoryEntry[] {
  return filter === ALL ? [...entries] : entries.filter((e) => e.bouwsteen === filter);
}

/** One page of `items` (1-based; clamped to the pages there are). */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size = pageSize,
): { readonly items: readonly T[]; readonly page: number; readonly pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}

/** The calendar date of an instant where the partners work (the Netherlands), as "today" is. */
export function localDateOf(instant: string): IsoDate {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant.slice(0, 10) : todayIn({ now: () => date });
}

// ── Eerder / Op dit moment ────────────────────────────────────────────────

export interface DiffLine {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** Lines of `before` and `after` in order, each kept, removed or added (a longest-common-subsequence diff). */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: the longest common run of before[i..] and after[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        before[i] === after[j]
          ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const a = before[i] as string;
    const b = after[j] as string;
    if (a === b) {
      out.push({ kind: 'same', text: a });
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) {
      out.push({ kind: 'removed', text: a });
      i++;
    } else {
      out.push({ kind: 'added', text: b });
      j++;
    }
  }
  for (; i < n; i++) out.push({ kind: 'removed', text: before[i] as string });
  for (; j < m; j++) out.push({ kind: 'added', text: after[j] as string });
  return out;
}

export interface AnswerChange {
  readonly questionId: string;
  readonly question: Question | undefined;
  readonly bouwsteen: BouwsteenId | undefined;
  /** The answer's lines on each date; undefined when it had not been answered yet. */
  readonly eerder: readonly string[] | undefined;
  readonly nu: readonly string[] | undefined;
  readonly diff: readonly DiffLine[];
}

/** The latest revision written on or before `date` (newest-first entries). */
function asOf(entries: readonly HistoryEntry[], date: IsoDate): HistoryEntry | undefined {
  return entries.find((e) => localDateOf(e.revision.gewijzigd) <= date);
}

/**
 * Every answer whose text differs between the end of `eerder` and the end of `nu`, in the
 * edition's order. Answers equal on both dates are left out: the screen shows only what changed.
 */
export function compareAt(entries: readonly HistoryEntry[], eerder: IsoDate, nu: IsoDate): AnswerChange[] {
  const byQuestion = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const id = entry.revision.questionId;
    byQuestion.set(id, [...(byQuestion.get(id) ?? []), entry]);
  }
  const changes: (AnswerChange & { readonly order: number })[] = [];
  for (const [questionId, list] of byQuestion) {
    const before = asOf(list, eerder);
    const after = asOf(list, nu);
    const beforeLines = before?.lines;
    const afterLines = after?.lines;
    if ((beforeLines ?? []).join('\n') === (afterLines ?? []).join('\n')) continue;
    const first = list[0];
    changes.push({
      questionId,
      question: first?.question,
      bouwsteen: first?.bouwsteen,
      eerder: beforeLines,
      nu: afterLines,
      diff: diffLines(beforeLines ?? [], afterLines ?? []),
      order: first?.order ?? Number.MAX_SAFE_INTEGER,
    });
  }
  return changes
    .sort((a, b) => a.order - b.order || a.questionId.localeCompare(b.questionId))
    .map(({ order: _order, ...change }) => change);
}

export interface CompareDates {
  readonly eerder: string;
  readonly nu: string;
}

/** Messages for the two date fields; none when both are dates and the first is not after the second. */
export function validateDates(dates: CompareDates): Partial<Record<keyof CompareDates, FieldError>> {
  const errors: Partial<Record<keyof CompareDates, FieldError>> = {};
  const eerder = IsoDateSchema.safeParse(dates.eerder);
  const nu = IsoDateSchema.safeParse(dates.nu);
  if (!eerder.success) errors.eerder = { key: 'geschiedenis.validation.datum' };
  if (!nu.success) errors.nu = { key: 'geschiedenis.validation.datum' };
  if (eerder.success && nu.success && eerder.data > nu.data) {
    errors.eerder = { key: 'geschiedenis.validation.volgorde' };
  }
  return errors;
}
