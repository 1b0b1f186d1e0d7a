/** "Neem de ambitie uit bouwsteen 1 als uitgangspunt": the referenced question and its answer, shown in place. */
import { findQuestion } from '../../content/queries.ts';
import type { Edition, Question } from '../../content/schema.ts';
import { questionValue, type QuestionValue } from './answered.ts';
import type { AnswerSources } from './records.ts';

export type CrossRefResult =
  | { readonly status: 'answered'; readonly question: Question; readonly value: QuestionValue }
  | { readonly status: 'unanswered'; readonly question: Question }
  /** The edition has no question with that id (content changed, or another edition). */
  | { readonly status: 'missing' };

/** Resolves a question id of the edition to the question and its answer (or records). */
export function resolveQuestionRef(
  edition: Edition,
  questionId: string,
  sources: AnswerSources,
): CrossRefResult {
  const location = findQuestion(edition, questionId);
  if (location === undefined) return { status: 'missing' };
  const { question, bouwsteen } = location;
  const value = questionValue(question, bouwsteen.id, sources);
  return value === undefined ? { status: 'unanswered', question } : { status: 'answered', question, value };
}

/** Resolves a question's `crossRef`; undefined when the question refers to nothing. */
export function resolveCrossRef(
  edition: Edition,
  question: Question,
  sources: AnswerSources,
): CrossRefResult | undefined {
  return question.crossRef && resolveQuestionRef(edition, question.crossRef.question, sources);
}
