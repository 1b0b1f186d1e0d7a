/** How far a traject is: per sheet, per bouwsteen and overall. */
import { questionsOfBouwsteen, questionsOfSheet } from '../../content/queries.ts';
import type { Bouwsteen, BouwsteenId, Edition, Question, Sheet } from '../../content/schema.ts';
import type { IsoDate } from '../time.ts';
import { isAnswered } from './answered.ts';
import type { AnswerSources } from './records.ts';
import { bouwsteenReflectieStatus, type ReflectieStatus } from './schedule.ts';

export type ProgressStatus =
  { readonly status: 'niet-gestart' } | { readonly status: 'bezig' } | { readonly status: 'afgerond' };

/** A bouwsteen can also be overdue for its reflectie, whatever its answers. */
export type BouwsteenStatus =
  ProgressStatus | { readonly status: 'reflectie-verlopen'; readonly due: IsoDate; readonly dagen: number };

export type ProgressStatusName = BouwsteenStatus['status'];
export const progressStatusNames = [
  'niet-gestart',
  'bezig',
  'afgerond',
  'reflectie-verlopen',
] as const satisfies readonly ProgressStatusName[];

export interface QuestionProgress {
  readonly question: Question;
  /** Counted for progress (not `optional`). */
  readonly required: boolean;
  readonly answered: boolean;
}

export interface ProgressCounts {
  /** Questions that are not `optional`. */
  readonly required: number;
  /** Of those, the answered ones. */
  readonly answered: number;
}

export interface SheetProgress extends ProgressCounts {
  readonly sheet: Sheet;
  readonly state: ProgressStatus;
  readonly questions: readonly QuestionProgress[];
}

export interface BouwsteenProgress extends ProgressCounts {
  readonly bouwsteen: Bouwsteen;
  readonly state: BouwsteenStatus;
  readonly sheets: readonly SheetProgress[];
  /** Every question, including the bouwsteen's intro and "Belangrijke vragen vooraf". */
  readonly questions: readonly QuestionProgress[];
  readonly reflectie: ReflectieStatus;
}

export interface TrajectProgress extends ProgressCounts {
  readonly state: ProgressStatus;
  readonly bouwstenen: readonly BouwsteenProgress[];
}

function progressOf(question: Question, bouwsteen: BouwsteenId, sources: AnswerSources): QuestionProgress {
  return { question, required: !question.optional, answered: isAnswered(question, bouwsteen, sources) };
}

function countsOf(questions: readonly QuestionProgress[]): ProgressCounts {
  const required = questions.filter((q) => q.required);
  return { required: required.length, answered: required.filter((q) => q.answered).length };
}

/**
 * Nothing answered (not even an optional question) is "niet gestart"; every required question
 * answered, with at least something answered, is "afgerond"; anything between is "bezig".
 */
function statusOf(questions: readonly QuestionProgress[]): ProgressStatus {
  const { required, answered } = countsOf(questions);
  if (!questions.some((q) => q.answered)) return { status: 'niet-gestart' };
  return answered === required ? { status: 'afgerond' } : { status: 'bezig' };
}

function questionsProgress(bouwsteen: Bouwsteen, sources: AnswerSources): QuestionProgress[] {
  return questionsOfBouwsteen(bouwsteen).map((l) => progressOf(l.question, bouwsteen.id, sources));
}

/**
 * Progress of one sheet of a bouwsteen. A sheet without questions (reading only) has the
 * answer status of its bouwsteen, so it neither claims to be done early nor stays "niet gestart".
 */
export function sheetProgress(sheet: Sheet, bouwsteen: Bouwsteen, sources: AnswerSources): SheetProgress {
  const questions = questionsOfSheet(sheet).map((q) => progressOf(q, bouwsteen.id, sources));
  const state = questions.length > 0 ? statusOf(questions) : statusOf(questionsProgress(bouwsteen, sources));
  return { sheet, ...countsOf(questions), state, questions };
}

/**
 * A bouwsteen's reflectie status: by default from its agreement alone; the application passes one
 * that also knows the meetings planned in Outlook (shared/domain/reflectie/schedule.ts).
 */
export type ReflectieOf = (bouwsteen: Bouwsteen, sources: AnswerSources, today: IsoDate) => ReflectieStatus;

/** Progress of a bouwsteen: its questions, and whether its reflectie is overdue on `today`. */
export function bouwsteenProgress(
  bouwsteen: Bouwsteen,
  sources: AnswerSources,
  today: IsoDate,
  reflectieOf: ReflectieOf = bouwsteenReflectieStatus,
): BouwsteenProgress {
  const questions = questionsProgress(bouwsteen, sources);
  const reflectie = reflectieOf(bouwsteen, sources, today);
  const state: BouwsteenStatus =
    reflectie.status === 'verlopen'
      ? { status: 'reflectie-verlopen', due: reflectie.due, dagen: reflectie.dagen }
      : statusOf(questions);
  return {
    bouwsteen,
    ...countsOf(questions),
    state,
    sheets: bouwsteen.sheets.map((s) => sheetProgress(s, bouwsteen, sources)),
    questions,
    reflectie,
  };
}

/** Progress of the whole traject over an edition's bouwstenen. */
export function trajectProgress(
  edition: Edition,
  sources: AnswerSources,
  today: IsoDate,
  reflectieOf: ReflectieOf = bouwsteenReflectieStatus,
): TrajectProgress {
  const bouwstenen = edition.bouwstenen.map((b) => bouwsteenProgress(b, sources, today, reflectieOf));
  const questions = bouwstenen.flatMap((b) => b.questions);
  return { ...countsOf(questions), state: statusOf(questions), bouwstenen };
}
