/**
 * A cycle of Leren en verbeteren on the content and the records: which questions a cycle answers
 * again, which indicators belong to its bouwstenen, and what those indicators stood at on its date.
 */
import type { z } from 'zod';
import {
  BouwsteenIdSchema,
  type Bouwsteen,
  type BouwsteenId,
  type Question,
  type ReflectionStep,
  type Sheet,
} from '../../content/schema.ts';
import { KompasError } from '../errors.ts';
import type { Indicator, IndicatorStandSchema, Reflectie } from '../model.ts';
import type { FinishedReflectie } from '../rules/answered.ts';
import { metingenOf } from '../rules/indicators.ts';
import type { TrajectRecords } from '../rules/records.ts';
import type { IsoDate } from '../time.ts';

export type IndicatorStand = z.infer<typeof IndicatorStandSchema>;
/** A reflectie that may still change. */
export type OpenReflectie = Exclude<Reflectie, { status: 'afgerond' }>;

export function isFinished(reflectie: Reflectie): reflectie is FinishedReflectie {
  return reflectie.status === 'afgerond';
}

/** A finished cycle is kept as it was: every edit of one is refused. */
export function assertEditable(reflectie: Reflectie): asserts reflectie is OpenReflectie {
  if (isFinished(reflectie)) {
    throw new KompasError('Validation', `reflectie ${reflectie.id} is finished and cannot change`, {
      issues: ['reflectie.validation.afgerond'],
    });
  }
}

/** The bouwsteen a question belongs to: question ids start with it (`2.lv.herkennen`). */
export function bouwsteenOfQuestion(questionId: string): BouwsteenId | undefined {
  const parsed = BouwsteenIdSchema.safeParse(questionId.split('.')[0]);
  return parsed.success ? parsed.data : undefined;
}

export function lerenEnVerbeterenSheets(bouwsteen: Bouwsteen): Sheet[] {
  return bouwsteen.sheets.filter((s) => s.kind === 'lerenEnVerbeteren');
}

export function hasReflectie(bouwsteen: Bouwsteen): boolean {
  return lerenEnVerbeterenSheets(bouwsteen).length > 0;
}

/** What the Leren-en-verbeteren sheet is about: its title without the "Leren en verbeteren:" lead. */
export function reflectieThema(bouwsteen: Bouwsteen): string {
  const title = lerenEnVerbeterenSheets(bouwsteen)[0]?.title ?? bouwsteen.title;
  const stripped = title.replace(/^Leren en verbeteren:\s*/i, '');
  return stripped.charAt(0).toLocaleUpperCase('nl') + stripped.slice(1);
}

/** The "Actie" line of the bouwsteen's Leren-en-verbeteren sheet ("Evalueer … regelmatig."). */
export function reflectieActie(bouwsteen: Bouwsteen): string | undefined {
  return lerenEnVerbeterenSheets(bouwsteen).find((s) => s.actie !== undefined)?.actie;
}

/** The questions answered again every cycle, in reading order. */
export function periodicQuestions(bouwsteen: Bouwsteen): Question[] {
  return lerenEnVerbeterenSheets(bouwsteen).flatMap((sheet) =>
    sheet.items.filter((item): item is Question => item.type === 'question' && item.cadence === 'periodiek'),
  );
}

/** The periodic question of one of the four steps (herkennen … verbeteren), when the sheet has it. */
export function stepQuestion(bouwsteen: Bouwsteen, step: ReflectionStep): Question | undefined {
  return periodicQuestions(bouwsteen).find((q) => q.input.kind === 'reflection' && q.input.step === step);
}

/** The periodic grades question (bouwsteen 0's "Cijfers voor de samenwerking"). */
export function gradesQuestion(bouwsteen: Bouwsteen): Question | undefined {
  return periodicQuestions(bouwsteen).find((q) => q.input.kind === 'grades');
}

/** Indicators linked to activities serve the bouwstenen about activities: 3-B, 4 and 5. */
const activityBouwstenen: readonly BouwsteenId[] = ['3B', '4', '5'];

/** The bouwsteen of the list answer that holds an entry (a resultaat of 2, an element of 3-A). */
function bouwsteenOfEntry(
  antwoorden: TrajectRecords['antwoorden'],
  entryId: string,
): BouwsteenId | undefined {
  const answer = antwoorden.find(
    (a) => a.value.kind === 'list' && a.value.items.some((item) => item.id === entryId),
  );
  return answer === undefined ? undefined : bouwsteenOfQuestion(answer.questionId);
}

/** The bouwstenen an indicator belongs to: where it was entered and what it is linked to. */
export function bouwstenenOfIndicator(
  indicator: Indicator,
  antwoorden: TrajectRecords['antwoorden'],
): BouwsteenId[] {
  const out = new Set<BouwsteenId>();
  const entered = indicator.herkomst === undefined ? undefined : bouwsteenOfQuestion(indicator.herkomst);
  if (entered !== undefined) out.add(entered);
  const link = indicator.koppeling;
  switch (link.soort) {
    case 'geen':
      break;
    case 'resultaat':
      out.add(bouwsteenOfEntry(antwoorden, link.entryId) ?? '2');
      break;
    case 'veranderverhaal':
      out.add(bouwsteenOfEntry(antwoorden, link.entryId) ?? '3A');
      break;
    case 'activiteit':
      for (const b of activityBouwstenen) out.add(b);
      break;
  }
  return [...out];
}

/** The indicators that belong to any of `bouwstenen`, in the order they were recorded. */
export function linkedIndicators(
  records: Pick<TrajectRecords, 'indicatoren' | 'antwoorden'>,
  bouwstenen: readonly BouwsteenId[],
): Indicator[] {
  return records.indicatoren.filter((i) =>
    bouwstenenOfIndicator(i, records.antwoorden).some((b) => bouwstenen.includes(b)),
  );
}

/**
 * What each indicator stood at on `datum`: its latest meting on or before that day. An indicator
 * without one is kept without a value, so a later cycle can tell "not measured yet" from "dropped".
 */
export function standenOp(
  indicatoren: readonly Indicator[],
  metingen: TrajectRecords['metingen'],
  datum: IsoDate,
): IndicatorStand[] {
  return indicatoren.map((indicator) => {
    const latest = metingenOf(indicator.id, metingen)
      .filter((m) => m.datum <= datum)
      .at(-1);
    if (latest === undefined) return { indicatorId: indicator.id };
    return latest.waarde === undefined
      ? { indicatorId: indicator.id, datum: latest.datum }
      : { indicatorId: indicator.id, waarde: latest.waarde, datum: latest.datum };
  });
}
