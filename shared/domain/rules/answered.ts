/** What answers a question: its answer value, a finished reflectie's answer, or records in their own list. */
import type { BouwsteenId, Question, QuestionKind } from '../../content/schema.ts';
import { isFilled, valueKindOf, type AnswerValue } from '../answer.ts';
import type { Actie, Activiteit, Answer, Indicator, Partner, Reflectie } from '../model.ts';
import type { AnswerSources } from './records.ts';

/** A finished reflectie. */
export type FinishedReflectie = Extract<Reflectie, { status: 'afgerond' }>;

/** Where a question's answer comes from, with the data to show. */
export type QuestionValue =
  | { readonly source: 'antwoord'; readonly value: AnswerValue; readonly answer: Answer }
  /** A periodic question answered in a finished reflectie (the latest one that answered it). */
  | { readonly source: 'reflectie'; readonly value: AnswerValue; readonly reflectie: FinishedReflectie }
  | { readonly source: 'indicatoren'; readonly indicatoren: readonly Indicator[] }
  | { readonly source: 'partners'; readonly partners: readonly Partner[] }
  | { readonly source: 'activiteiten'; readonly activiteiten: readonly Activiteit[] }
  | { readonly source: 'acties'; readonly acties: readonly Actie[] };

/** The current answer to a question: the highest revision when a store holds more than one. */
export function answerTo(antwoorden: readonly Answer[], questionId: string): Answer | undefined {
  let found: Answer | undefined;
  for (const answer of antwoorden) {
    if (answer.questionId === questionId && (found === undefined || answer.revisie > found.revisie)) {
      found = answer;
    }
  }
  return found;
}

/** Finished reflecties that covered a bouwsteen, latest first (by date, then by when they were closed). */
export function finishedReflecties(
  reflecties: readonly Reflectie[],
  bouwsteen: BouwsteenId,
): FinishedReflectie[] {
  return reflecties
    .filter((r): r is FinishedReflectie => r.status === 'afgerond' && r.bouwstenen.includes(bouwsteen))
    .sort((a, b) =>
      a.datum === b.datum ? b.afgerondOp.localeCompare(a.afgerondOp) : b.datum.localeCompare(a.datum),
    );
}

type RecordKind = Extract<QuestionKind, 'indicators' | 'partnerOverview' | 'activityMatrix' | 'actions'>;

function recordValue(
  question: Question,
  kind: RecordKind,
  bouwsteen: BouwsteenId,
  sources: AnswerSources,
): QuestionValue | undefined {
  switch (kind) {
    case 'indicators': {
      const indicatoren = sources.indicatoren.filter((i) => i.herkomst === question.id);
      return indicatoren.length > 0 ? { source: 'indicatoren', indicatoren } : undefined;
    }
    case 'partnerOverview':
      return sources.partners.length > 0 ? { source: 'partners', partners: sources.partners } : undefined;
    case 'activityMatrix':
      return sources.activiteiten.length > 0
        ? { source: 'activiteiten', activiteiten: sources.activiteiten }
        : undefined;
    case 'actions': {
      // A periodic actions question is also answered by the actions a finished reflectie of this bouwsteen produced.
      const finished = new Set(
        question.cadence === 'periodiek'
          ? finishedReflecties(sources.reflecties, bouwsteen).map((r) => r.id)
          : [],
      );
      const acties = sources.acties.filter((a) =>
        a.herkomst.soort === 'bouwsteen'
          ? a.herkomst.questionId === question.id
          : finished.has(a.herkomst.reflectieId),
      );
      return acties.length > 0 ? { source: 'acties', acties } : undefined;
    }
  }
}

/**
 * The filled value that answers a question, or undefined when it is unanswered.
 * `bouwsteen` is the bouwsteen the question stands in: its finished reflecties answer periodic questions.
 */
export function questionValue(
  question: Question,
  bouwsteen: BouwsteenId,
  sources: AnswerSources,
): QuestionValue | undefined {
  // valueKindOf is the one place that says which kinds are records; RecordKind names the same four.
  if (valueKindOf(question.input) === 'record') {
    return recordValue(question, question.input.kind as RecordKind, bouwsteen, sources);
  }
  const answer = answerTo(sources.antwoorden, question.id);
  if (answer !== undefined && isFilled(answer.value)) {
    return { source: 'antwoord', value: answer.value, answer };
  }
  if (question.cadence !== 'periodiek') return undefined;
  for (const reflectie of finishedReflecties(sources.reflecties, bouwsteen)) {
    // A reflectie keeps its cijfers in their own field (gradeReflectie), not among its antwoorden.
    if (question.input.kind === 'grades' && reflectie.cijfers.length > 0) {
      return { source: 'reflectie', value: { kind: 'grades', entries: reflectie.cijfers }, reflectie };
    }
    const value = reflectie.antwoorden[question.id];
    if (value !== undefined && isFilled(value)) return { source: 'reflectie', value, reflectie };
  }
  return undefined;
}

/** Whether a question counts as answered (see {@link questionValue}). */
export function isAnswered(question: Question, bouwsteen: BouwsteenId, sources: AnswerSources): boolean {
  return questionValue(question, bouwsteen, sources) !== undefined;
}
