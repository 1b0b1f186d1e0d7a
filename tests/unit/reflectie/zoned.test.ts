import { describe, expect, it } from 'vitest';
import { meetingIssues } from '../../../shared/domain/reflectie/overleg.ts';
import { instantOf, localAt, offsetAt, supportedTimeZones } from '../../../shared/domain/reflectie/zoned.ts';
import { timeZones, vtimezone } from '../../../shared/meeting/time-zones.ts';

const ams = 'Europe/Amsterdam';
const utc = (local: string) => instantOf(local, ams).toISOString();

describe('wall-clock times in Europe/Amsterdam', () => {
  it('are UTC+1 in winter and UTC+2 in summer', () => {
    expect(utc('2027-01-12T14:00')).toBe('2027-01-12T13:00:00.000Z');
    expect(utc('2027-07-12T14:00')).toBe('2027-07-12T12:00:00.000Z');
  });

  it('change on the last Sunday of March: 02:00 jumps to 03:00', () => {
    expect(utc('2027-03-28T01:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(utc('2027-03-28T03:00')).toBe('2027-03-28T01:00:00.000Z');
    // 02:30 does not exist; RFC 5545 reads it with the offset from before the gap: 03:30 summer time.
    expect(utc('2027-03-28T02:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(localAt(Date.parse('2027-03-28T01:30:00Z'), ams)).toBe('2027-03-28T03:30');
  });

  it('change on the last Sunday of October: 03:00 goes back to 02:00', () => {
    // 02:30 happens twice; RFC 5545 means the first time (still summer time).
    expect(utc('2027-10-31T02:30')).toBe('2027-10-31T00:30:00.000Z');
    expect(utc('2027-10-31T03:30')).toBe('2027-10-31T02:30:00.000Z');
    expect(localAt(Date.parse('2027-10-31T00:30:00Z'), ams)).toBe('2027-10-31T02:30');
    expect(localAt(Date.parse('2027-10-31T01:30:00Z'), ams)).toBe('2027-10-31T02:30');
  });

  it('round-trip every quarter hour of both change days', () => {
    for (const day of ['2027-03-28', '2027-10-31']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const local = `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const skipped = day === '2027-03-28' && local >= `${day}T02:00` && local < `${day}T03:00`;
        if (!skipped) expect(localAt(instantOf(local, ams).getTime(), ams), local).toBe(local);
      }
    }
  });

  it('refuses what is not a calendar date-time', () => {
    expect(() => instantOf('2027-02-30T10:00', ams)).toThrow(RangeError);
    expect(() => instantOf('2027-01-12 10:00', ams)).toThrow(RangeError);
  });
});

describe('a meeting that starts in the past', () => {
  const plan = (start: string, eind: string) => ({
    start,
    eind,
    tijdzone: ams,
    deelnemers: [{ email: 'bram@partner.nl' }],
  });

  it('is judged on Amsterdam time on the morning summer time starts', () => {
    // 01:30 UTC is 03:30 in Amsterdam (summer time began at 02:00).
    const now = new Date('2027-03-28T01:30:00Z');
    expect(meetingIssues(plan('2027-03-28T03:15', '2027-03-28T04:00'), now)).toEqual(['startInVerleden']);
    expect(meetingIssues(plan('2027-03-28T03:45', '2027-03-28T04:30'), now)).toEqual([]);
  });

  it('and on the night summer time ends', () => {
    // 01:10 UTC is 02:10 winter time, after the first 02:00–03:00 in summer time.
    const now = new Date('2027-10-31T01:10:00Z');
    expect(meetingIssues(plan('2027-10-31T02:30', '2027-10-31T04:00'), now)).toEqual(['startInVerleden']);
    expect(meetingIssues(plan('2027-10-31T03:00', '2027-10-31T04:00'), now)).toEqual([]);
  });

  it('compares start and end as instants, not as clock readings', () => {
    const now = new Date('2027-10-30T12:00:00Z');
    // 01:45 to 02:15 ends in the hour that repeats; its first occurrence is half an hour later.
    expect(meetingIssues(plan('2027-10-31T01:45', '2027-10-31T02:15'), now)).toEqual([]);
    expect(meetingIssues(plan('2027-10-31T02:45', '2027-10-31T02:15'), now)).toEqual(['eindVoorStart']);
  });
});

describe('the VTIMEZONE Kompas writes', () => {
  /** The last Sunday of a month. */
  function lastSunday(year: number, month: number): string {
    const day = new Date(Date.UTC(year, month, 0));
    while (day.getUTCDay() !== 0) day.setUTCDate(day.getUTCDate() - 1);
    return day.toISOString().slice(0, 10);
  }

  it('has one for every supported zone but UTC', () => {
    for (const zone of supportedTimeZones) {
      expect(vtimezone(zone) === undefined, zone).toBe(zone === 'UTC');
      expect(timeZones[zone].windows.length, zone).toBeGreaterThan(0);
    }
  });

  it('agrees with the time zone database on every change from 2025 to 2040 for Amsterdam', () => {
    const lines = vtimezone(ams) ?? [];
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    const hour = 3_600_000;
    for (let year = 2025; year <= 2040; year++) {
      const spring = Date.parse(`${lastSunday(year, 3)}T01:00:00Z`);
      const autumn = Date.parse(`${lastSunday(year, 10)}T01:00:00Z`);
      // TZOFFSETFROM/TO +0100 → +0200 at 02:00 local (01:00 UTC), and back at 03:00 local.
      expect([offsetAt(spring - 1, ams), offsetAt(spring, ams)], String(year)).toEqual([hour, 2 * hour]);
      expect([offsetAt(autumn - 1, ams), offsetAt(autumn, ams)], String(year)).toEqual([2 * hour, hour]);
    }
  });
});
