/** Answer values for the editors: the empty value of each kind, and the current answer of a question. */
import type { Current, TrajectView } from '../../../shared/application/index.ts';
import type { Question, QuestionInput } from '../../../shared/content/schema.ts';
import {
  valueKindOf,
  type AnswerValue,
  type AnswerValueKind,
  type AnswerValueOf,
} from '../../../shared/domain/answer.ts';
import type { Answer } from '../../../shared/domain/model.ts';

export type InputOf<K extends QuestionInput['kind']> = Extract<QuestionInput, { kind: K }>;

/** Kinds answered by an answer value (the others by records in their own lists). */
export type ValueKind = Exclude<ReturnType<typeof valueKindOf>, 'record'>;

export function emptyValueOf(kind: AnswerValueKind): AnswerValue {
  switch (kind) {
    case 'text':
      return { kind: 'text', text: '' };
    case 'list':
      return { kind: 'list', items: [] };
    case 'fields':
      return { kind: 'fields', fields: {} };
    case 'table':
      return { kind: 'table', cells: {} };
    case 'grades':
      return { kind: 'grades', entries: [] };
    case 'priority':
      return { kind: 'priority', order: [], prioriteit: [], toelichting: '' };
    case 'frequency':
      return { kind: 'frequency', organisator: '', afspraken: '' };
    case 'checklist':
      return { kind: 'checklist', checks: {}, toelichting: '' };
  }
}

/** The stored value when it has the shape the question takes; an empty one otherwise. */
export function draftValueOf(question: Question, stored: AnswerValue | undefined): AnswerValue | undefined {
  const kind = valueKindOf(question.input);
  if (kind === 'record') return undefined;
  return stored !== undefined && stored.kind === kind ? stored : emptyValueOf(kind);
}

/** Narrows a draft to the kind an editor edits; a value of another kind reads as empty. */
export function valueAs<K extends AnswerValueKind>(value: AnswerValue, kind: K): AnswerValueOf<K> {
  const v = value.kind === kind ? value : emptyValueOf(kind);
  return v as AnswerValueOf<K>;
}

/** The answer the view holds for a question: the highest revision. */
export function currentAnswer(
  view: Pick<TrajectView, 'antwoorden'>,
  questionId: string,
): Current<Answer> | undefined {
  let found: Current<Answer> | undefined;
  for (const answer of view.antwoorden) {
    if (answer.questionId === questionId && (found === undefined || answer.revisie > found.revisie)) {
      found = answer;
    }
  }
  return found;
}

/** The list entries a question was answered with (its filled ones), for prioritering and the matrix. */
export function listEntriesOf(view: Pick<TrajectView, 'antwoorden'>, questionId: string) {
  const value = currentAnswer(view, questionId)?.value;
  return value?.kind === 'list' ? value.items.filter((i) => i.text.trim() !== '') : [];
}
