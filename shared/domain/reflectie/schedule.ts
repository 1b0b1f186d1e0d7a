/**
 * The reflection schedule of every bouwsteen of a traject, for the Overzicht and a personal
 * "wat staat er gepland". The agreement on a bouwsteen's `frequency` question comes first
 * (rules/schedule.ts decides due and overdue); a bouwsteen without one (the Leren-en-verbeteren
 * sheets of 3-A, 5 and 6 have no such question) follows the Outlook meeting planned for it.
 */
import type { Bouwsteen, BouwsteenId, Edition } from '../../content/schema.ts';
import type { Frequency } from '../answer.ts';
import type { Overleg } from '../model.ts';
import { answerTo } from '../rules/answered.ts';
import type { TrajectRecords } from '../rules/records.ts';
import { calendarDateOf } from '../rules/calendar.ts';
import {
  addFrequency,
  agreementQuestion,
  lastFinishedReflectieDate,
  reflectieStatus,
  type AgreementPlace,
  type ReflectieAgreement,
  type ReflectieStatus,
} from '../rules/schedule.ts';
import type { IsoDate } from '../time.ts';
import { hasReflectie } from './cycle.ts';
import { dateOf } from './zoned.ts';

/** Where a bouwsteen's schedule comes from. */
export type ScheduleSource = 'afspraak' | 'overleg' | 'geen';

export interface BouwsteenSchedule {
  readonly bouwsteen: BouwsteenId;
  readonly bron: ScheduleSource;
  readonly frequentie: Frequency | undefined;
  /** Who plans the reflectie, as the agreement names them; '' when nobody is named. */
  readonly organisator: string;
  readonly laatsteReflectie: IsoDate | undefined;
  /** Due, soon or overdue (with the due date), or no agreement. */
  readonly status: ReflectieStatus;
  /** The planned meeting (in Outlook) that covers this bouwsteen and comes next, if any. */
  readonly overleg: Overleg | undefined;
}

type ScheduleRecords = Pick<TrajectRecords, 'antwoorden' | 'reflecties' | 'overleggen'>;

/** A runaway guard: a weekly meeting for a century is well within it. */
const maxOccurrences = 10_000;

/**
 * The first date a planned meeting meets after `after` (all its dates when `after` is undefined):
 * its start, or a later occurrence of its herhaling up to `tot`. Undefined when none is left.
 */
export function nextOverlegDate(overleg: Overleg, after: IsoDate | undefined): IsoDate | undefined {
  const first = dateOf(overleg.start);
  if (after === undefined || first > after) return first;
  const herhaling = overleg.herhaling;
  if (herhaling === undefined) return undefined;
  for (let k = 1; k < maxOccurrences; k++) {
    // Counted from the first date each time, so clamping a 31st to a short month does not drift.
    const date = addFrequency(first, herhaling.frequentie, k);
    if (herhaling.tot !== undefined && date > herhaling.tot) return undefined;
    if (date > after) return date;
  }
  return undefined;
}

/** Meetings in Outlook that cover a bouwsteen: planned, not cancelled and not a concept. */
export function plannedOverleggen(overleggen: readonly Overleg[], bouwsteen: BouwsteenId): Overleg[] {
  return overleggen.filter((o) => o.status === 'gepland' && o.bouwstenen.includes(bouwsteen));
}

/** The planned meeting of a bouwsteen that comes next after `after`, with that date. */
function nextOverleg(
  overleggen: readonly Overleg[],
  bouwsteen: BouwsteenId,
  after: IsoDate | undefined,
): { readonly overleg: Overleg; readonly datum: IsoDate } | undefined {
  let best: { overleg: Overleg; datum: IsoDate } | undefined;
  for (const overleg of plannedOverleggen(overleggen, bouwsteen)) {
    const datum = nextOverlegDate(overleg, after);
    if (datum !== undefined && (best === undefined || datum < best.datum)) best = { overleg, datum };
  }
  return best;
}

/**
 * Where a bouwsteen's agreement is asked: on its Leren-en-verbeteren sheet (rules/schedule.ts),
 * or else on a worksheet; bouwsteen 6 asks "Wat is het eerstvolgende moment?" on its werkblad.
 */
export function agreementPlaceOf(bouwsteen: Bouwsteen): AgreementPlace | undefined {
  const onSheet = agreementQuestion(bouwsteen);
  if (onSheet !== undefined) return onSheet;
  for (const sheet of bouwsteen.sheets) {
    const item = sheet.items.find((i) => i.type === 'question' && i.input.kind === 'frequency');
    if (item?.type === 'question') return { bouwsteen: bouwsteen.id, sheetId: sheet.id, questionId: item.id };
  }
  return undefined;
}

/** The agreement as answered (as rules/schedule.ts agreementOf reads it), with who plans it. */
function agreementFor(
  bouwsteen: Bouwsteen,
  records: ScheduleRecords,
): { readonly agreement: ReflectieAgreement | undefined; readonly organisator: string } {
  const place = agreementPlaceOf(bouwsteen);
  const answer = place && answerTo(records.antwoorden, place.questionId);
  if (answer?.value.kind !== 'frequency') return { agreement: undefined, organisator: '' };
  const { frequentie, volgendeDatum, organisator } = answer.value;
  const agreement =
    frequentie === undefined && volgendeDatum === undefined
      ? undefined
      : { frequentie, volgendeDatum, since: calendarDateOf(answer.gewijzigd) };
  return { agreement, organisator: organisator.trim() };
}

/** The schedule of one bouwsteen on `today` (a calendar date in the partnership's time zone). */
export function bouwsteenSchedule(
  bouwsteen: Bouwsteen,
  records: ScheduleRecords,
  today: IsoDate,
): BouwsteenSchedule {
  const laatsteReflectie = lastFinishedReflectieDate(records, bouwsteen.id);
  const planned = nextOverleg(records.overleggen, bouwsteen.id, laatsteReflectie);
  const { agreement, organisator } = agreementFor(bouwsteen, records);
  const base = { bouwsteen: bouwsteen.id, organisator, laatsteReflectie, overleg: planned?.overleg };
  const agreed = reflectieStatus(agreement, laatsteReflectie, today);
  // The meeting's date is the due date; rules/schedule.ts still decides soon and overdue.
  const met =
    planned === undefined
      ? undefined
      : reflectieStatus(
          { volgendeDatum: planned.datum, since: dateOf(planned.overleg.start) },
          laatsteReflectie,
          today,
        );
  if (agreed.status !== 'geen-afspraak') {
    // A meeting planned on or before the agreed date is when the reflectie happens; one planned
    // later does not hide that the agreed date is passing.
    if (met !== undefined && met.status !== 'geen-afspraak' && met.due <= agreed.due) {
      return { ...base, bron: 'overleg', frequentie: agreement?.frequentie, status: met };
    }
    return { ...base, bron: 'afspraak', frequentie: agreement?.frequentie, status: agreed };
  }
  if (planned !== undefined && met !== undefined) {
    return { ...base, bron: 'overleg', frequentie: planned.overleg.herhaling?.frequentie, status: met };
  }
  return { ...base, bron: 'geen', frequentie: agreement?.frequentie, status: agreed };
}

/** The schedule of every bouwsteen of the edition that has a Leren-en-verbeteren sheet, in order. */
export function trajectSchedule(
  edition: Edition,
  records: ScheduleRecords,
  today: IsoDate,
): BouwsteenSchedule[] {
  return edition.bouwstenen.filter(hasReflectie).map((b) => bouwsteenSchedule(b, records, today));
}

/** Who asks "wat staat er voor mij gepland": their sign-in name and the names they go by. */
export interface Persoon {
  /** UPN or e-mail address. */
  readonly upn: string;
  /** Display name, partner ids or other names the agreements may use for this person. */
  readonly namen?: readonly string[] | undefined;
}

export interface GeplandItem {
  readonly schedule: BouwsteenSchedule;
  readonly due: IsoDate;
  /** Why it is on this person's list. */
  readonly rol: 'organisator' | 'deelnemer';
}

const same = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/**
 * The reflecties a person organises or attends, soonest first: they are named as organiser in
 * the agreement, or invited to the planned meeting.
 */
export function geplandVoor(schedules: readonly BouwsteenSchedule[], persoon: Persoon): GeplandItem[] {
  const names = [persoon.upn, ...(persoon.namen ?? [])].filter((n) => n.trim() !== '');
  const items: GeplandItem[] = [];
  for (const schedule of schedules) {
    if (schedule.status.status === 'geen-afspraak') continue;
    const due = schedule.status.due;
    if (names.some((n) => same(n, schedule.organisator))) {
      items.push({ schedule, due, rol: 'organisator' });
    } else if (schedule.overleg?.deelnemers.some((d) => same(d.email, persoon.upn)) === true) {
      items.push({ schedule, due, rol: 'deelnemer' });
    }
  }
  return items.sort(
    (a, b) => a.due.localeCompare(b.due) || a.schedule.bouwsteen.localeCompare(b.schedule.bouwsteen),
  );
}
