/** An answer of a reflectie as plain text, to show "eerder" beside "nu" or to put in an agenda. */
import type { Question } from '../../content/schema.ts';
import type { AnswerValue } from '../answer.ts';

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

/** Lines of text for an answer value; field and theme ids become the question's labels. */
export function answerLines(value: AnswerValue, question?: Question): string[] {
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
          .map(([column, text]) => `${row} / ${column}: ${text}`),
      );
    case 'grades':
      return value.entries.map((e) => {
        const line = `${e.deelnemer}, ${labelled(question, e.thema)}: ${e.cijfer}`;
        return e.toelichting.trim() === '' ? line : `${line} (${e.toelichting})`;
      });
    case 'priority':
      return nonEmpty([...value.order, value.toelichting]);
    case 'frequency':
      return nonEmpty([value.organisator, value.volgendeDatum ?? '', value.afspraken]);
    case 'checklist':
      return nonEmpty([
        ...Object.entries(value.checks).map(([id, check]) => `${labelled(question, id)}: ${check}`),
        value.toelichting,
      ]);
  }
}

/** The answer as one text, lines joined by newlines; '' for an empty answer. */
export function answerText(value: AnswerValue | undefined, question?: Question): string {
  return value === undefined ? '' : answerLines(value, question).join('\n');
}
