/**
 * When the next reflectie of a bouwsteen is due, from its Leren-en-verbeteren agreement
 * (the `frequency` question) and the finished reflecties. All on calendar dates.
 */
import type { Bouwsteen, BouwsteenId, QuestionId, SheetId } from '../../content/schema.ts';
import type { Frequency } from '../answer.ts';
import type { IsoDate } from '../time.ts';
import { answerTo, finishedReflecties } from './answered.ts';
import { addDays, addMonths, calendarDateOf, daysBetween } from './calendar.ts';
import type { TrajectRecords } from './records.ts';

/** A reflectie due within this many days is "binnenkort". */
export const soonDays = 14;

/** What the partners agreed on reflecting (the answer to a bouwsteen's `frequency` question). */
export interface ReflectieAgreement {
  readonly frequentie?: Frequency | undefined;
  /** A date set by hand for the next reflectie. */
  readonly volgendeDatum?: IsoDate | undefined;
  /** When the agreement was saved: the rhythm starts here while no reflectie is finished. */
  readonly since: IsoDate;
}

export type ReflectieStatus =
  | { readonly status: 'geen-afspraak' }
  | { readonly status: 'gepland'; readonly due: IsoDate }
  | { readonly status: 'binnenkort'; readonly due: IsoDate }
  /** `dagen`: whole days past the due date (at least 1). */
  | { readonly status: 'verlopen'; readonly due: IsoDate; readonly dagen: number };

export const reflectieStatusNames = [
  'geen-afspraak',
  'gepland',
  'binnenkort',
  'verlopen',
] as const satisfies readonly ReflectieStatus['status'][];

/** `date` plus `times` × the frequency; months and years clamp to the end of a shorter month. */
export function addFrequency(date: IsoDate, frequentie: Frequency, times = 1): IsoDate {
  const n = frequentie.interval * times;
  switch (frequentie.unit) {
    case 'weken':
      return addDays(date, 7 * n);
    case 'maanden':
      return addMonths(date, n);
    case 'jaren':
      return addMonths(date, 12 * n);
  }
}

/**
 * The date the next reflectie is due: `volgendeDatum` when it is set and later than the last
 * finished reflectie, otherwise the last finished reflectie (or, before the first, the agreement's
 * date) plus the frequency. Undefined when the agreement does not say when.
 */
export function nextReflectieDate(
  agreement: ReflectieAgreement | undefined,
  lastFinished: IsoDate | undefined,
): IsoDate | undefined {
  if (agreement === undefined) return undefined;
  const { volgendeDatum, frequentie } = agreement;
  if (volgendeDatum !== undefined && (lastFinished === undefined || volgendeDatum > lastFinished)) {
    return volgendeDatum;
  }
  return frequentie === undefined ? undefined : addFrequency(lastFinished ?? agreement.since, frequentie);
}

/** Whether a reflectie is planned, due soon or overdue on `today`. */
export function reflectieStatus(
  agreement: ReflectieAgreement | undefined,
  lastFinished: IsoDate | undefined,
  today: IsoDate,
): ReflectieStatus {
  const due = nextReflectieDate(agreement, lastFinished);
  if (due === undefined) return { status: 'geen-afspraak' };
  const left = daysBetween(today, due);
  if (left < 0) return { status: 'verlopen', due, dagen: -left };
  return left <= soonDays ? { status: 'binnenkort', due } : { status: 'gepland', due };
}

/** Where a bouwsteen's agreement is asked, for links in the UI. */
export interface AgreementPlace {
  readonly bouwsteen: BouwsteenId;
  readonly sheetId: SheetId;
  readonly questionId: QuestionId;
}

/** The `frequency` question on a bouwsteen's first Leren-en-verbeteren sheet that has one. */
export function agreementQuestion(bouwsteen: Bouwsteen): AgreementPlace | undefined {
  for (const sheet of bouwsteen.sheets) {
    if (sheet.kind !== 'lerenEnVerbeteren') continue;
    for (const item of sheet.items) {
      if (item.type === 'question' && item.input.kind === 'frequency') {
        return { bouwsteen: bouwsteen.id, sheetId: sheet.id, questionId: item.id };
      }
    }
  }
  return undefined;
}

/** The agreement as answered on the traject, when it names a frequency or a date. */
export function agreementOf(
  bouwsteen: Bouwsteen,
  records: Pick<TrajectRecords, 'antwoorden'>,
): ReflectieAgreement | undefined {
  const place = agreementQuestion(bouwsteen);
  const answer = place && answerTo(records.antwoorden, place.questionId);
  if (answer?.value.kind !== 'frequency') return undefined;
  const { frequentie, volgendeDatum } = answer.value;
  if (frequentie === undefined && volgendeDatum === undefined) return undefined;
  return { frequentie, volgendeDatum, since: calendarDateOf(answer.gewijzigd) };
}

/** The date of the last finished reflectie that covered a bouwsteen. */
export function lastFinishedReflectieDate(
  records: Pick<TrajectRecords, 'reflecties'>,
  bouwsteen: BouwsteenId,
): IsoDate | undefined {
  return finishedReflecties(records.reflecties, bouwsteen)[0]?.datum;
}

/** {@link reflectieStatus} of a bouwsteen on a traject. */
export function bouwsteenReflectieStatus(
  bouwsteen: Bouwsteen,
  records: Pick<TrajectRecords, 'antwoorden' | 'reflecties'>,
  today: IsoDate,
): ReflectieStatus {
  return reflectieStatus(
    agreementOf(bouwsteen, records),
    lastFinishedReflectieDate(records, bouwsteen.id),
    today,
  );
}
