/**
 * "Eerder / Op dit moment": this cycle beside the previous finished cycle of the same bouwsteen,
 * per periodic question (what was said then and now) and per indicator (the figure then and now,
 * and whether it moved the right way).
 */
import type { Bouwsteen, BouwsteenId, Question } from '../../content/schema.ts';
import type { AnswerValue } from '../answer.ts';
import { MetingSchema, type Indicator, type Reflectie } from '../model.ts';
import { finishedReflecties, type FinishedReflectie } from '../rules/answered.ts';
import { movement, type Movement } from '../rules/indicators.ts';
import type { TrajectRecords } from '../rules/records.ts';
import type { IsoDate } from '../time.ts';
import { isFinished, periodicQuestions, type IndicatorStand } from './cycle.ts';
import { answerText } from './text.ts';

/**
 * The finished cycle of `bouwsteen` before `current`: an earlier date, or the same date but closed
 * earlier. Undefined for the first cycle.
 */
export function previousReflectie(
  reflecties: readonly Reflectie[],
  current: { readonly id: string; readonly datum: IsoDate; readonly afgerondOp?: string | undefined },
  bouwsteen: BouwsteenId,
): FinishedReflectie | undefined {
  return finishedReflecties(reflecties, bouwsteen).find(
    (r) =>
      r.id !== current.id &&
      (r.datum < current.datum ||
        (r.datum === current.datum &&
          (current.afgerondOp === undefined || r.afgerondOp < current.afgerondOp))),
  );
}

export interface QuestionComparison {
  readonly question: Question;
  readonly eerder: AnswerValue | undefined;
  readonly nu: AnswerValue | undefined;
  /** Plain text of each, '' when unanswered. */
  readonly eerderTekst: string;
  readonly nuTekst: string;
  readonly veranderd: boolean;
}

export interface IndicatorComparison {
  readonly indicator: Indicator;
  readonly eerder: IndicatorStand | undefined;
  readonly nu: IndicatorStand | undefined;
  /** Between the two figures; `insufficient` when either has no number. */
  readonly beweging: Movement;
}

export interface Comparison {
  readonly bouwsteen: BouwsteenId;
  readonly eerder: FinishedReflectie | undefined;
  readonly nu: Reflectie;
  readonly vragen: readonly QuestionComparison[];
  readonly indicatoren: readonly IndicatorComparison[];
}

/** The two figures as metingen, so rules/indicators.ts judges the movement as everywhere else. */
function movementBetween(
  indicator: Indicator,
  eerder: IndicatorStand | undefined,
  nu: IndicatorStand | undefined,
): Movement {
  if (eerder?.waarde === undefined || nu?.waarde === undefined) return { kind: 'insufficient' };
  const meting = (id: string, stand: IndicatorStand & { waarde: number }, fallback: string) =>
    MetingSchema.parse({
      id,
      trajectId: indicator.trajectId,
      indicatorId: indicator.id,
      datum: stand.datum ?? fallback,
      waarde: stand.waarde,
    });
  const before = meting('stand-eerder', { ...eerder, waarde: eerder.waarde }, '0001-01-01');
  const after = meting('stand-nu-00', { ...nu, waarde: nu.waarde }, before.datum);
  // Equal dates keep the given order, so "eerder" stays first even when nothing was measured since.
  return movement(indicator, [before, after]);
}

/** Compares `current` with the previous finished cycle of `bouwsteen`. */
export function compareWithPrevious(
  bouwsteen: Bouwsteen,
  current: Reflectie,
  records: Pick<TrajectRecords, 'reflecties' | 'indicatoren'>,
): Comparison {
  const eerder = previousReflectie(
    records.reflecties,
    isFinished(current) ? current : { id: current.id, datum: current.datum },
    bouwsteen.id,
  );
  const vragen = periodicQuestions(bouwsteen)
    // Actions are records, not answers: the review of previous actions shows them.
    .filter((q) => q.input.kind !== 'actions')
    .map((question): QuestionComparison => {
      const before = question.input.kind === 'grades' ? gradesValue(eerder) : eerder?.antwoorden[question.id];
      const now = question.input.kind === 'grades' ? gradesValue(current) : current.antwoorden[question.id];
      const eerderTekst = answerText(before, question);
      const nuTekst = answerText(now, question);
      return { question, eerder: before, nu: now, eerderTekst, nuTekst, veranderd: eerderTekst !== nuTekst };
    });
  const ids = [
    ...current.indicatorStanden.map((s) => s.indicatorId),
    ...(eerder?.indicatorStanden.map((s) => s.indicatorId) ?? []),
  ].filter((id, i, all) => all.indexOf(id) === i);
  const indicatoren: IndicatorComparison[] = [];
  for (const id of ids) {
    const indicator = records.indicatoren.find((i) => i.id === id);
    // A removed indicator has no name or direction left to show.
    if (indicator === undefined) continue;
    const before = eerder?.indicatorStanden.find((s) => s.indicatorId === id);
    const now = current.indicatorStanden.find((s) => s.indicatorId === id);
    indicatoren.push({
      indicator,
      eerder: before,
      nu: now,
      beweging: movementBetween(indicator, before, now),
    });
  }
  return { bouwsteen: bouwsteen.id, eerder, nu: current, vragen, indicatoren };
}

/** A reflectie's cijfers as an answer value (they are kept apart from `antwoorden`). */
function gradesValue(reflectie: Reflectie | undefined): AnswerValue | undefined {
  if (reflectie === undefined || reflectie.cijfers.length === 0) return undefined;
  return { kind: 'grades', entries: reflectie.cijfers };
}
