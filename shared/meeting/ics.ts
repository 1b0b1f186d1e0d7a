/**
 * The meeting as an iCalendar file (RFC 5545), for people outside the tenant and for the
 * standalone demo without Graph: one VEVENT with its VTIMEZONE, CRLF line ends, TEXT values
 * escaped (§3.3.11) and lines folded at 75 octets without splitting a UTF-8 character (§3.1).
 */
import { instantOf, type LocalDateTime } from '../domain/reflectie/zoned.ts';
import type { MeetingAttendee, MeetingRecurrence } from '../ports/calendar.ts';
import { icsUtc, toRrule } from './recurrence.ts';
import { cleanText, safeUrl } from './text.ts';
import { vtimezone } from './time-zones.ts';

export interface IcsInput {
  /** Stable per meeting, so importing the file again updates the meeting instead of adding one. */
  readonly uid: string;
  /** When the file was made (the Clock). */
  readonly dtstamp: Date;
  readonly subject: string;
  /** Plain text: the agenda's text twin. */
  readonly description: string;
  readonly start: LocalDateTime;
  readonly eind: LocalDateTime;
  /** One of `supportedTimeZones`. */
  readonly tijdzone: string;
  readonly organizer?: { readonly naam: string; readonly email: string } | undefined;
  readonly attendees: readonly MeetingAttendee[];
  readonly recurrence?: MeetingRecurrence | undefined;
  readonly location?: string | undefined;
  /** A link back to Kompas; left out unless http(s). */
  readonly url?: string | undefined;
  readonly status?: 'CONFIRMED' | 'CANCELLED' | undefined;
  /** Raised on every change the attendees should take over. */
  readonly sequence?: number | undefined;
}

/** TEXT escaping: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return cleanText(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN): quoted, as it may hold `:` `;` `,`; a double quote cannot appear at all. */
function paramValue(text: string): string {
  return `"${cleanText(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/"/g, "'")}"`;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line into lines of at most 75 octets: each continuation starts with a space,
 * which counts toward its 75. Breaks fall between characters, never inside one.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

function localStamp(local: LocalDateTime): string {
  return `${local.replace(/[-:]/g, '')}00`;
}

function dateTimeProperty(name: string, local: LocalDateTime, tijdzone: string): string {
  return vtimezone(tijdzone) === undefined
    ? `${name}:${icsUtc(instantOf(local, tijdzone))}`
    : `${name};TZID=${tijdzone}:${localStamp(local)}`;
}

/** A mailto address with nothing that could end the line or the value early. */
function mailto(email: string): string {
  return `mailto:${cleanText(email).replace(/[\s"]+/g, '')}`;
}

function attendeeLine(attendee: MeetingAttendee): string {
  const role = attendee.type === 'required' ? 'REQ-PARTICIPANT' : 'OPT-PARTICIPANT';
  const name = attendee.naam.trim() === '' ? '' : `;CN=${paramValue(attendee.naam)}`;
  return `ATTENDEE${name};ROLE=${role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${mailto(attendee.email)}`;
}

function organizerLine(organizer: { readonly naam: string; readonly email: string }): string {
  const name = organizer.naam.trim() === '' ? '' : `;CN=${paramValue(organizer.naam)}`;
  return `ORGANIZER${name}:${mailto(organizer.email)}`;
}

/** The iCalendar text; METHOD is left out, so calendars import it as an event, not as a reply. */
export function buildIcs(input: IcsInput): string {
  const timezone = vtimezone(input.tijdzone);
  const url = safeUrl(input.url);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kompas//Leren en verbeteren//NL',
    'CALSCALE:GREGORIAN',
    ...(timezone ?? []),
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `DTSTAMP:${icsUtc(input.dtstamp)}`,
    dateTimeProperty('DTSTART', input.start, input.tijdzone),
    dateTimeProperty('DTEND', input.eind, input.tijdzone),
    ...(input.recurrence === undefined
      ? []
      : [`RRULE:${toRrule(input.recurrence, input.start, input.tijdzone)}`]),
    `SUMMARY:${escapeText(input.subject)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    ...(input.location === undefined ? [] : [`LOCATION:${escapeText(input.location)}`]),
    ...(url === undefined ? [] : [`URL:${url}`]),
    ...(input.organizer === undefined ? [] : [organizerLine(input.organizer)]),
    ...input.attendees.map(attendeeLine),
    `STATUS:${input.status ?? 'CONFIRMED'}`,
    `SEQUENCE:${input.sequence ?? 0}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
