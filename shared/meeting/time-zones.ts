/**
 * Kompas's time zones as Outlook and iCalendar name them.
 *
 * Graph: `dateTimeTimeZone.timeZone` takes Windows time zone names, plus a documented list of
 * "additional" IANA names (learn.microsoft.com/graph/api/resources/datetimetimezone), and create
 * and update may support fewer. Europe/Amsterdam is not on that list, so Kompas always sends the
 * Windows name (CLDR windowsZones.xml). iCalendar: a VTIMEZONE per zone, with the EU rule
 * (last Sunday of March and of October, 01:00 UTC) written as RRULEs.
 */
import type { SupportedTimeZone } from '../domain/reflectie/zoned.ts';

interface ZoneDefinition {
  /** CLDR's Windows name for the zone. */
  readonly windows: string;
  /** The VTIMEZONE body lines after TZID; undefined for UTC, which iCalendar writes with `Z`. */
  readonly vtimezone: readonly string[] | undefined;
}

/** Central European Time: CET (+01:00) in winter, CEST (+02:00) from the last Sunday of March. */
const centralEuropean = [
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
];

const british = [
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
];

/** Atlantic Standard Time all year: Bonaire, Sint Eustatius and Saba keep no summer time. */
const caribbean = [
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0400',
  'TZNAME:AST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
];

export const timeZones: { readonly [Z in SupportedTimeZone]: ZoneDefinition } = {
  'Europe/Amsterdam': { windows: 'W. Europe Standard Time', vtimezone: centralEuropean },
  'Europe/Berlin': { windows: 'W. Europe Standard Time', vtimezone: centralEuropean },
  'Europe/Luxembourg': { windows: 'W. Europe Standard Time', vtimezone: centralEuropean },
  'Europe/Brussels': { windows: 'Romance Standard Time', vtimezone: centralEuropean },
  'Europe/Paris': { windows: 'Romance Standard Time', vtimezone: centralEuropean },
  'Europe/London': { windows: 'GMT Standard Time', vtimezone: british },
  'America/Kralendijk': { windows: 'SA Western Standard Time', vtimezone: caribbean },
  UTC: { windows: 'UTC', vtimezone: undefined },
};

function definition(zone: string): ZoneDefinition {
  const found = (timeZones as Readonly<Record<string, ZoneDefinition>>)[zone];
  if (found === undefined) throw new RangeError(`unsupported time zone: ${zone}`);
  return found;
}

/** The name Graph gets for a Kompas time zone. */
export function graphTimeZone(zone: string): string {
  return definition(zone).windows;
}

/**
 * The Kompas time zone for a name Graph sends back: our own IANA id, or the first zone with that
 * Windows name (a meeting planned in Amsterdam reads back as W. Europe Standard Time).
 */
export function kompasTimeZone(graphName: string): string | undefined {
  if (graphName in timeZones) return graphName;
  return Object.entries(timeZones).find(([, d]) => d.windows === graphName)?.[0];
}

/** The VTIMEZONE lines of a zone, TZID included; undefined for UTC. */
export function vtimezone(zone: string): string[] | undefined {
  const body = definition(zone).vtimezone;
  return body === undefined ? undefined : ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...body, 'END:VTIMEZONE'];
}
