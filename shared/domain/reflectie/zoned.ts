/**
 * Wall-clock times in a time zone and the instants they name. A meeting is agreed as "14:00 in
 * Amsterdam", so Kompas keeps the local time and converts only to compare with the Clock or to
 * write UTC. Conversions follow RFC 5545 §3.3.5: a time skipped by the spring change takes the
 * offset from before the gap; a time the autumn change repeats means its first occurrence.
 */
import { z } from 'zod';
import type { IsoDate } from '../time.ts';

/** `YYYY-MM-DDTHH:mm`, as an Overleg keeps its start and end. */
export type LocalDateTime = string;
export const LocalDateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
    'expected YYYY-MM-DDTHH:mm',
  );

/**
 * The time zones Kompas plans meetings in: the Netherlands (also the Caribbean public bodies
 * Bonaire, Sint Eustatius and Saba), neighbouring countries whose partners join, and UTC.
 * `shared/meeting` maps each to Graph's and iCalendar's names; a zone missing there fails to compile.
 */
export const supportedTimeZones = [
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Luxembourg',
  'Europe/London',
  'America/Kralendijk',
  'UTC',
] as const;
export type SupportedTimeZone = (typeof supportedTimeZones)[number];

export function isSupportedTimeZone(zone: string): zone is SupportedTimeZone {
  return (supportedTimeZones as readonly string[]).includes(zone);
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Milliseconds since the epoch of a wall-clock reading taken as if it were UTC. */
function naiveMs(local: LocalDateTime): number {
  const [, y, mo, d, h, mi] = localPattern.exec(local) ?? [];
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) {
    throw new RangeError(`not a local date-time: ${local}`);
  }
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  // Date.UTC rolls 31 February over into March; a real calendar date must read back the same.
  if (new Date(ms).toISOString().slice(0, 16) !== local)
    throw new RangeError(`not a local date-time: ${local}`);
  return ms;
}

/** How far `timeZone` is ahead of UTC at an instant. */
export function offsetAt(instantMs: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instantMs));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/** The wall-clock time in `timeZone` at an instant, to the minute. */
export function localAt(instantMs: number, timeZone: string): LocalDateTime {
  return new Date(instantMs + offsetAt(instantMs, timeZone)).toISOString().slice(0, 16);
}

/** The instant a wall-clock time in `timeZone` names (see the file comment for gaps and overlaps). */
export function instantOf(local: LocalDateTime, timeZone: string): Date {
  const naive = naiveMs(local);
  const hour = 3_600_000;
  // Offsets half a day either side bracket any single change of a zone's offset.
  const before = offsetAt(naive - 12 * hour, timeZone);
  const after = offsetAt(naive + 12 * hour, timeZone);
  const candidates = [naive - before, naive - after].filter((ms) => ms + offsetAt(ms, timeZone) === naive);
  if (candidates.length === 0) return new Date(naive - before);
  return new Date(Math.min(...candidates));
}

/** The calendar date of a local date-time. */
export function dateOf(local: LocalDateTime): IsoDate {
  return local.slice(0, 10);
}

/** The time of day (`HH:mm`) of a local date-time. */
export function timeOf(local: LocalDateTime): string {
  return local.slice(11, 16);
}
