/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. Pure integer maths on day numbers
 * (H. Hinnant's civil-from-days), so no time zone or daylight-saving change can shift a date.
 */
import type { Clock, IsoDate, IsoDateTime } from '../time.ts';

interface Ymd {
  readonly y: number;
  /** 1–12. */
  readonly m: number;
  readonly d: number;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(date: IsoDate): Ymd {
  const match = isoDatePattern.exec(date);
  const [, y, m, d] = match ?? [];
  if (y === undefined || m === undefined || d === undefined) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  const ymd = { y: Number(y), m: Number(m), d: Number(d) };
  if (ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > daysInMonth(ymd.y, ymd.m)) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return ymd;
}

function format({ y, m, d }: Ymd): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01. */
function toDayNumber({ y, m, d }: Ymd): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function fromDayNumber(days: number): Ymd {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(fromDayNumber(toDayNumber(parse(date)) + days));
}

/** Adds calendar months, clamping to the end of a shorter month: 31 January + 1 month = 28/29 February. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format({ y: year, m: month, d: Math.min(d, daysInMonth(year, month)) });
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(parse(to)) - toDayNumber(parse(from));
}

/** The later of two dates (ISO dates of four-digit years order as strings). */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The year of a calendar date. */
export function yearOf(date: IsoDate): number {
  return parse(date).y;
}

/**
 * The calendar date an instant was written on, as its writer's clock showed it
 * (the date part before the offset), so "saved on Monday evening" stays Monday.
 */
export function calendarDateOf(instant: IsoDateTime): IsoDate {
  return format(parse(instant.slice(0, 10)));
}

/** The Netherlands: where the partnerships work and where "today" turns over. */
export const defaultTimeZone = 'Europe/Amsterdam';

/** Today's calendar date in a time zone, from the Clock port. */
export function todayIn(clock: Clock, timeZone: string = defaultTimeZone): IsoDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(clock.now());
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return format({ y: part('year'), m: part('month'), d: part('day') });
}
