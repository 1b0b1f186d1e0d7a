import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateOf,
  daysBetween,
  daysInMonth,
  isLeapYear,
  todayIn,
} from '../../../shared/domain/rules/calendar.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';

/** An independent oracle: UTC Date arithmetic, which has no daylight saving. */
function oracleAddDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('calendar dates', () => {
  it('adds days like UTC date arithmetic over many years, both ways', () => {
    for (let i = 0; i < 4000; i += 7) {
      const start = oracleAddDays('1998-12-25', i);
      for (const n of [-400, -31, -1, 0, 1, 28, 29, 365, 366, 1000]) {
        expect(addDays(start, n), `${start} + ${n}`).toBe(oracleAddDays(start, n));
      }
    }
  });

  it('counts days between dates, across daylight-saving changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('clamps to the end of a shorter month when adding months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('knows the Gregorian leap years', () => {
    expect([1900, 2000, 2024, 2025, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('rejects dates that do not exist', () => {
    expect(() => addDays('2026-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
    expect(() => addDays('26-1-1', 1)).toThrow(RangeError);
  });

  it('takes the date an instant was written on, not its UTC date', () => {
    // 00:30 in Amsterdam is still the previous day in UTC.
    expect(calendarDateOf('2026-02-01T00:30:00+01:00')).toBe('2026-02-01');
    expect(calendarDateOf('2026-07-31T23:59:59-10:00')).toBe('2026-07-31');
    expect(calendarDateOf('2026-07-31T23:59:59Z')).toBe('2026-07-31');
  });

  it('turns the day over at midnight in Amsterdam, in winter and summer time', () => {
    const clock = new FakeClock('2026-03-28T22:59:00Z');
    expect(todayIn(clock)).toBe('2026-03-28');
    clock.set('2026-03-28T23:00:00Z'); // 00:00 CET
    expect(todayIn(clock)).toBe('2026-03-29');
    clock.set('2026-06-30T21:59:00Z');
    expect(todayIn(clock)).toBe('2026-06-30');
    clock.set('2026-06-30T22:00:00Z'); // 00:00 CEST
    expect(todayIn(clock)).toBe('2026-07-01');
    expect(todayIn(clock, 'UTC')).toBe('2026-06-30');
  });
});
