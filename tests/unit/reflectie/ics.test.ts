import { describe, expect, it } from 'vitest';
import type { Frequency } from '../../../shared/domain/answer.ts';
import { buildIcs, escapeText, foldLine, type IcsInput } from '../../../shared/meeting/ics.ts';
import { toRrule } from '../../../shared/meeting/recurrence.ts';
import { hostileStrings } from '../../fixtures/hostile-strings.ts';

function input(overrides: Partial<IcsInput> = {}): IcsInput {
  return {
    uid: 'tx-0001@kompas',
    dtstamp: new Date('2027-01-05T09:15:00Z'),
    subject: 'Reflectie bouwsteen 2: Maatschappelijk resultaat — Utrecht',
    description: 'Agenda\n- Gesprek met de scholen',
    start: '2027-01-12T14:00',
    eind: '2027-01-12T15:30',
    tijdzone: 'Europe/Amsterdam',
    organizer: { naam: 'Anne de Vries', email: 'anne@voorbeeldstad.nl' },
    attendees: [
      { naam: 'Bram Bakker', email: 'bram@ggd.example', type: 'required' },
      { naam: '', email: 'info@school.example', type: 'optional' },
    ],
    ...overrides,
  };
}

/** Content lines after unfolding (RFC 5545 §3.1: CRLF followed by one space is removed). */
function contentLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
}

function property(ics: string, name: string): string[] {
  return contentLines(ics).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('buildIcs', () => {
  it('writes one VEVENT with its VTIMEZONE, local times with TZID and a UTC DTSTAMP', () => {
    const ics = buildIcs(input());
    const lines = contentLines(ics);
    expect(lines.slice(0, 4)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Kompas//Leren en verbeteren//NL',
      'CALSCALE:GREGORIAN',
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const begins = lines.filter((l) => l.startsWith('BEGIN:'));
    expect(begins).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'BEGIN:DAYLIGHT',
      'BEGIN:STANDARD',
      'BEGIN:VEVENT',
    ]);
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:tx-0001@kompas',
        'DTSTAMP:20270105T091500Z',
        'DTSTART;TZID=Europe/Amsterdam:20270112T140000',
        'DTEND;TZID=Europe/Amsterdam:20270112T153000',
        'ORGANIZER;CN="Anne de Vries":mailto:anne@voorbeeldstad.nl',
        'ATTENDEE;CN="Bram Bakker";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bram@ggd.example',
        'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:info@school.example',
        'STATUS:CONFIRMED',
        'SEQUENCE:0',
      ]),
    );
    expect(property(ics, 'RRULE').filter((l) => !l.includes('BYDAY=-1SU'))).toEqual([]);
    // Every line ends in CRLF; no bare CR or LF anywhere else.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes UTC times and no VTIMEZONE for a meeting in UTC', () => {
    const ics = buildIcs(input({ tijdzone: 'UTC' }));
    expect(contentLines(ics)).toEqual(
      expect.arrayContaining(['DTSTART:20270112T140000Z', 'DTEND:20270112T153000Z']),
    );
    expect(ics).not.toContain('VTIMEZONE');
  });

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a;b,c\\d\ne\r\nf\rg')).toBe('a\\;b\\,c\\\\d\\ne\\nf\\ng');
    const ics = buildIcs(input({ subject: 'Agenda; punt 1, 2\\3', description: 'regel 1\nregel 2' }));
    expect(property(ics, 'SUMMARY')).toEqual(['SUMMARY:Agenda\\; punt 1\\, 2\\\\3']);
    expect(property(ics, 'DESCRIPTION')).toEqual(['DESCRIPTION:regel 1\\nregel 2']);
  });

  it('keeps user text from adding properties or components', () => {
    const injected = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nATTENDEE:mailto:evil@example.com';
    const ics = buildIcs(
      input({
        subject: injected,
        description: injected,
        location: injected,
        url: `https://kompas.example/\r\nATTENDEE:mailto:evil@example.com`,
        attendees: [
          { naam: injected, email: 'bram@ggd.example\r\nATTENDEE:mailto:evil@example.com', type: 'required' },
        ],
        organizer: { naam: `Anne "de baas"`, email: 'anne@voorbeeldstad.nl' },
      }),
    );
    const lines = contentLines(ics);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('ATTENDEE'))).toHaveLength(1);
    expect(property(ics, 'URL')).toEqual([]);
    expect(lines).toContain(`ORGANIZER;CN="Anne 'de baas'":mailto:anne@voorbeeldstad.nl`);
  });

  it('folds lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const long = `${'Reflectie met “aanhalingstekens”, é, ß en emoji 🙂 👩🏽‍💻 🇳🇱 '.repeat(20)}einde`;
    const ics = buildIcs(input({ description: long }));
    for (const physical of ics.split('\r\n')) {
      expect(new TextEncoder().encode(physical).length, physical).toBeLessThanOrEqual(75);
      expect(loneSurrogate.test(physical), physical).toBe(false);
    }
    expect(property(ics, 'DESCRIPTION')).toEqual([`DESCRIPTION:${escapeText(long)}`]);
    expect(foldLine('kort')).toBe('kort');
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    // A 3-octet character that would straddle octet 75 moves to the next line whole.
    expect(foldLine(`${'a'.repeat(74)}€b`)).toBe(`${'a'.repeat(74)}\r\n €b`);
  });

  it.each(hostileStrings.map((h) => [h.name, h] as const))(
    'carries hostile text as text: %s',
    (_name, hostile) => {
      const ics = buildIcs(input({ subject: hostile.value, description: hostile.value }));
      expect(property(ics, 'SUMMARY')).toEqual([`SUMMARY:${escapeText(hostile.expected)}`]);
      for (const physical of ics.split('\r\n'))
        expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    },
  );

  it('marks a cancelled meeting and links back to Kompas over https only', () => {
    const cancelled = buildIcs(
      input({ status: 'CANCELLED', sequence: 2, url: 'https://kompas.example/tab' }),
    );
    expect(contentLines(cancelled)).toEqual(
      expect.arrayContaining(['STATUS:CANCELLED', 'SEQUENCE:2', 'URL:https://kompas.example/tab']),
    );
    expect(property(buildIcs(input({ url: 'javascript:alert(1)' })), 'URL')).toEqual([]);
  });
});

describe('RRULE for each frequency', () => {
  const rule = (frequentie: Frequency, start: string, tot?: string) =>
    toRrule({ frequentie, tot }, start, 'Europe/Amsterdam');

  it('repeats every N weeks on the start’s weekday', () => {
    expect(rule({ interval: 2, unit: 'weken' }, '2027-01-12T14:00')).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO',
    );
    expect(rule({ interval: 1, unit: 'weken' }, '2027-03-28T10:00')).toBe(
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=SU;WKST=MO',
    );
  });

  it('repeats every N months on the start’s day, at the month end for the 29th to 31st', () => {
    expect(rule({ interval: 3, unit: 'maanden' }, '2027-01-12T14:00')).toBe(
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=12',
    );
    expect(rule({ interval: 1, unit: 'maanden' }, '2027-01-31T14:00')).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1',
    );
    expect(rule({ interval: 1, unit: 'maanden' }, '2027-01-30T14:00')).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30;BYSETPOS=-1',
    );
    expect(rule({ interval: 6, unit: 'maanden' }, '2027-01-29T14:00')).toBe(
      'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=28,29;BYSETPOS=-1',
    );
  });

  it('repeats every N years on the start’s date, and on 28 February when there is no 29th', () => {
    expect(rule({ interval: 1, unit: 'jaren' }, '2027-01-12T14:00')).toBe(
      'FREQ=YEARLY;INTERVAL=1;BYMONTH=1;BYMONTHDAY=12',
    );
    expect(rule({ interval: 1, unit: 'jaren' }, '2027-03-31T14:00')).toBe(
      'FREQ=YEARLY;INTERVAL=1;BYMONTH=3;BYMONTHDAY=31',
    );
    expect(rule({ interval: 2, unit: 'jaren' }, '2028-02-29T14:00')).toBe(
      'FREQ=YEARLY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1',
    );
  });

  it('ends after the last day of the series, in UTC, in winter and in summer time', () => {
    expect(rule({ interval: 3, unit: 'maanden' }, '2027-01-12T14:00', '2027-12-31')).toBe(
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=12;UNTIL=20271231T225959Z',
    );
    expect(rule({ interval: 2, unit: 'weken' }, '2027-01-12T14:00', '2027-06-29')).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO;UNTIL=20270629T215959Z',
    );
  });

  it('keeps a weekly meeting at 14:00 local across the change to summer time', () => {
    const ics = buildIcs(
      input({
        start: '2027-03-23T14:00',
        eind: '2027-03-23T15:00',
        recurrence: { frequentie: { interval: 1, unit: 'weken' } },
      }),
    );
    // A local DTSTART with TZID: the series follows the wall clock, so 30 March is 14:00 CEST.
    expect(contentLines(ics)).toEqual(
      expect.arrayContaining([
        'DTSTART;TZID=Europe/Amsterdam:20270323T140000',
        'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO',
      ]),
    );
  });
});
