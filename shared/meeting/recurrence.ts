/**
 * The agreed frequency as a repeating meeting, for Graph and for iCalendar.
 *
 * Graph's patternedRecurrence (learn.microsoft.com/graph/api/resources/recurrencepattern and
 * …/recurrencerange): weekly needs daysOfWeek and firstDayOfWeek, absoluteMonthly needs
 * dayOfMonth, absoluteYearly needs dayOfMonth and month; include only the properties the type
 * needs. The range's startDate must be the meeting's start date; endDate only for an endDate range.
 *
 * iCalendar (RFC 5545 §3.3.10): a monthly or yearly rule on the 29th–31st skips months without
 * that day, while Kompas's schedule moves to the month's last day (rules/calendar.ts addMonths).
 * BYSETPOS=-1 over the candidate days (or BYMONTHDAY=-1 for the 31st) gives the same dates.
 */
import type { MeetingRecurrence } from '../ports/calendar.ts';
import { daysBetween } from '../domain/rules/calendar.ts';
import { dateOf, instantOf, type LocalDateTime } from '../domain/reflectie/zoned.ts';
import type { IsoDate } from '../domain/time.ts';

export const daysOfWeek = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type DayOfWeek = (typeof daysOfWeek)[number];
const icalDays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** 0 for Sunday … 6 for Saturday. */
export function weekdayIndex(date: IsoDate): number {
  // 1970-01-04 was a Sunday.
  return ((daysBetween('1970-01-04', date) % 7) + 7) % 7;
}

export function dayOfWeek(date: IsoDate): DayOfWeek {
  return daysOfWeek[weekdayIndex(date)] ?? 'sunday';
}

export type GraphRecurrencePattern =
  | {
      readonly type: 'weekly';
      readonly interval: number;
      readonly daysOfWeek: readonly DayOfWeek[];
      readonly firstDayOfWeek: DayOfWeek;
    }
  | { readonly type: 'absoluteMonthly'; readonly interval: number; readonly dayOfMonth: number }
  | {
      readonly type: 'absoluteYearly';
      readonly interval: number;
      readonly dayOfMonth: number;
      readonly month: number;
    };

export type GraphRecurrenceRange =
  | { readonly type: 'noEnd'; readonly startDate: IsoDate }
  | { readonly type: 'endDate'; readonly startDate: IsoDate; readonly endDate: IsoDate };

export interface GraphRecurrence {
  readonly pattern: GraphRecurrencePattern;
  readonly range: GraphRecurrenceRange;
}

function parts(date: IsoDate): { readonly month: number; readonly day: number } {
  return { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Every N weeks on the start's weekday, every N months on its day, every N years on its date. */
export function toGraphRecurrence(recurrence: MeetingRecurrence, startDate: IsoDate): GraphRecurrence {
  const { interval, unit } = recurrence.frequentie;
  const { month, day } = parts(startDate);
  let pattern: GraphRecurrencePattern;
  switch (unit) {
    case 'weken':
      // Dutch weeks start on Monday; it matters for series of more than one day a week.
      pattern = { type: 'weekly', interval, daysOfWeek: [dayOfWeek(startDate)], firstDayOfWeek: 'monday' };
      break;
    case 'maanden':
      pattern = { type: 'absoluteMonthly', interval, dayOfMonth: day };
      break;
    case 'jaren':
      pattern = { type: 'absoluteYearly', interval, dayOfMonth: day, month };
      break;
  }
  const range: GraphRecurrenceRange =
    recurrence.tot === undefined
      ? { type: 'noEnd', startDate }
      : { type: 'endDate', startDate, endDate: recurrence.tot };
  return { pattern, range };
}

/** `BYMONTHDAY` that lands on the last day of months shorter than `day`. */
function monthDay(day: number): string {
  if (day <= 28) return `BYMONTHDAY=${day}`;
  if (day === 31) return 'BYMONTHDAY=-1';
  const candidates = Array.from({ length: day - 27 }, (_, i) => 28 + i).join(',');
  return `BYMONTHDAY=${candidates};BYSETPOS=-1`;
}

/** `YYYYMMDDTHHMMSSZ`. */
export function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * The RRULE value (without `RRULE:`). With a local DTSTART, RFC 5545 wants UNTIL in UTC: the
 * last moment of the `tot` day in the meeting's zone, so a meeting on that day still counts.
 */
export function toRrule(recurrence: MeetingRecurrence, start: LocalDateTime, tijdzone: string): string {
  const { interval, unit } = recurrence.frequentie;
  const startDate = dateOf(start);
  const { month, day } = parts(startDate);
  const rule: string[] = [];
  switch (unit) {
    case 'weken':
      rule.push(
        'FREQ=WEEKLY',
        `INTERVAL=${interval}`,
        `BYDAY=${icalDays[weekdayIndex(startDate)] ?? 'SU'}`,
        'WKST=MO',
      );
      break;
    case 'maanden':
      rule.push('FREQ=MONTHLY', `INTERVAL=${interval}`, monthDay(day));
      break;
    case 'jaren':
      // Every year has the date, except 29 February.
      rule.push(
        'FREQ=YEARLY',
        `INTERVAL=${interval}`,
        `BYMONTH=${month}`,
        month === 2 ? monthDay(day) : `BYMONTHDAY=${day}`,
      );
      break;
  }
  if (recurrence.tot !== undefined) {
    const lastMinute = instantOf(`${recurrence.tot}T23:59`, tijdzone);
    rule.push(`UNTIL=${icsUtc(new Date(lastMinute.getTime() + 59_000))}`);
  }
  return rule.join(';');
}
