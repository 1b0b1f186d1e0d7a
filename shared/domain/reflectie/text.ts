/**
 * An answer as plain text, to show "eerder" beside "nu", in an agenda or in the history: in the
 * words people wrote and chose, never the ids the answer stores (entry ids, partner ids, ISO dates).
 */
import type { Question } from '../../content/schema.ts';
import { frequencyText } from '../../i18n/describe.ts';
import { defaultLocale, formatDate, type Locale } from '../../i18n/translate.ts';
import type { AnswerValue, ListEntry } from '../answer.ts';

/** What turns the ids an answer stores into words. */
export interface AnswerWords {
  /** The language of rhythms and dates; Dutch when absent. */
  readonly locale?: Locale;
  /**
   * The entries a list question was answered with, for a prioritering that orders them by id.
   * Without it, or for an entry no longer found, the entry is left out: its id means nothing to people.
   */
  readonly listEntries?: (questionId: string) => readonly ListEntry[];
  /** A partner's organisation for a partner id; undefined for a participant stored by name. */
  readonly partnerName?: (deelnemer: string) => string | undefined;
}

/** The label of a field, row, theme or checklist item of a question; the id itself otherwise. */
function labelled(question: Question | undefined, id: string): string {
  const input = question?.input;
  if (input === undefined) return id;
  if ('fields' in input) return input.fields.find((f) => f.id === id)?.label ?? id;
  if (input.kind === 'qualityTable') return input.rows.find((r) => r.id === id)?.label ?? id;
  if (input.kind === 'grades') return input.themes.find((t) => t.id === id)?.label ?? id;
  if (input.kind === 'checklist') return input.items.find((i) => i.id === id)?.text ?? id;
  return id;
}

/** The labels of a table question's row and column; the ids otherwise. */
function cellLabels(question: Question | undefined, row: string, column: string) {
  const input = question?.input;
  if (input?.kind !== 'table') return { row, column };
  return {
    row: input.rows.find((r) => r.id === row)?.label ?? row,
    column: input.columns.find((c) => c.id === column)?.label ?? column,
  };
}

/**
 * Lines of text for an answer value; ids become the question's labels and the texts behind them.
 * Only the core's messages are used (rhythms, dates): they are registered wherever `translate` is,
 * while a screen's section may not be loaded where this runs (history, agenda, Word).
 */
export function answerLines(value: AnswerValue, question?: Question, words: AnswerWords = {}): string[] {
  const locale = words.locale ?? defaultLocale;
  const nonEmpty = (lines: string[]) => lines.filter((l) => l.trim() !== '');
  switch (value.kind) {
    case 'text':
      return nonEmpty(value.text.split(/\r\n|\r|\n/));
    case 'list':
      return nonEmpty(value.items.map((i) => i.text));
    case 'fields':
      return Object.entries(value.fields)
        .filter(([, text]) => text.trim() !== '')
        .map(([id, text]) => `${labelled(question, id)}: ${text}`);
    case 'table':
      return Object.entries(value.cells).flatMap(([row, cells]) =>
        Object.entries(cells)
          .filter(([, text]) => text.trim() !== '')
          .map(([column, text]) => {
            const labels = cellLabels(question, row, column);
            return `${labels.row} / ${labels.column}: ${text}`;
          }),
      );
    case 'grades':
      return value.entries.map((e) => {
        const naam = words.partnerName?.(e.deelnemer) ?? e.deelnemer;
        const line = `${naam}, ${labelled(question, e.thema)}: ${e.cijfer}`;
        return e.toelichting.trim() === '' ? line : `${line} (${e.toelichting})`;
      });
    case 'priority': {
      // The answer keeps only ids, most important first: the texts are the entries of the lists it orders.
      const from = question?.input.kind === 'prioritering' ? question.input.from : [];
      const texts = new Map<string, string>();
      for (const id of from) {
        for (const entry of words.listEntries?.(id) ?? []) texts.set(entry.id, entry.text);
      }
      return nonEmpty([...value.order.map((id) => texts.get(id) ?? ''), value.toelichting]);
    }
    case 'frequency':
      return nonEmpty([
        value.frequentie === undefined ? '' : frequencyText(locale, value.frequentie),
        value.organisator,
        value.volgendeDatum === undefined ? '' : formatDate(locale, value.volgendeDatum),
        value.afspraken,
      ]);
    case 'checklist':
      return nonEmpty([
        ...Object.entries(value.checks).map(([id, check]) => `${labelled(question, id)}: ${check}`),
        value.toelichting,
      ]);
  }
}

/** The answer as one text, lines joined by newlines; '' for an empty answer. */
export function answerText(value: AnswerValue | undefined, question?: Question, words?: AnswerWords): string {
  return value === undefined ? '' : answerLines(value, question, words).join('\n');
}
