import { describe, expect, it } from 'vitest';
import { supportedTimeZones } from '../../../shared/domain/reflectie/zoned.ts';
import { toGraphEvent, toGraphPatch } from '../../../shared/meeting/graph-event.ts';
import { dayOfWeek, toGraphRecurrence } from '../../../shared/meeting/recurrence.ts';
import { graphTimeZone, kompasTimeZone } from '../../../shared/meeting/time-zones.ts';
import type { MeetingEvent } from '../../../shared/ports/calendar.ts';

const event = (overrides: Partial<MeetingEvent> = {}): MeetingEvent => ({
  subject: 'Reflectie bouwsteen 2: Maatschappelijk resultaat — Utrecht',
  body: { html: '<div><h2>Agenda</h2></div>', text: 'Agenda' },
  start: '2027-01-12T14:00',
  eind: '2027-01-12T15:30',
  tijdzone: 'Europe/Amsterdam',
  attendees: [
    { naam: 'Bram Bakker', email: 'bram@ggd.example', type: 'required' },
    { naam: '', email: 'info@school.example', type: 'optional' },
  ],
  online: true,
  transactionId: 'tx-0001',
  ...overrides,
});

describe('recurrence as Graph’s patternedRecurrence', () => {
  it('knows the weekday of a date', () => {
    expect(dayOfWeek('2027-01-12')).toBe('tuesday');
    expect(dayOfWeek('2027-03-28')).toBe('sunday');
    expect(dayOfWeek('2028-02-29')).toBe('tuesday');
    expect(dayOfWeek('1969-12-31')).toBe('wednesday');
  });

  it('every N weeks: weekly with interval N on the start’s weekday, weeks starting on Monday', () => {
    expect(toGraphRecurrence({ frequentie: { interval: 2, unit: 'weken' } }, '2027-01-12')).toEqual({
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
      range: { type: 'noEnd', startDate: '2027-01-12' },
    });
  });

  it('every 3 months: absoluteMonthly with interval 3 on that day of the month, ending on a date', () => {
    expect(
      toGraphRecurrence({ frequentie: { interval: 3, unit: 'maanden' }, tot: '2027-12-31' }, '2027-01-12'),
    ).toEqual({
      pattern: { type: 'absoluteMonthly', interval: 3, dayOfMonth: 12 },
      range: { type: 'endDate', startDate: '2027-01-12', endDate: '2027-12-31' },
    });
  });

  it('yearly: absoluteYearly on the day and month', () => {
    expect(toGraphRecurrence({ frequentie: { interval: 1, unit: 'jaren' } }, '2027-09-30')).toEqual({
      pattern: { type: 'absoluteYearly', interval: 1, dayOfMonth: 30, month: 9 },
      range: { type: 'noEnd', startDate: '2027-09-30' },
    });
  });
});

describe('the Graph event payload', () => {
  it('has Graph’s documented shape, times in the Windows name of the zone', () => {
    expect(toGraphEvent(event({ recurrence: { frequentie: { interval: 3, unit: 'maanden' } } }))).toEqual({
      subject: 'Reflectie bouwsteen 2: Maatschappelijk resultaat — Utrecht',
      body: { contentType: 'html', content: '<div><h2>Agenda</h2></div>' },
      start: { dateTime: '2027-01-12T14:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2027-01-12T15:30:00', timeZone: 'W. Europe Standard Time' },
      attendees: [
        { emailAddress: { address: 'bram@ggd.example', name: 'Bram Bakker' }, type: 'required' },
        { emailAddress: { address: 'info@school.example' }, type: 'optional' },
      ],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      recurrence: {
        pattern: { type: 'absoluteMonthly', interval: 3, dayOfMonth: 12 },
        range: { type: 'noEnd', startDate: '2027-01-12' },
      },
      transactionId: 'tx-0001',
    });
  });

  it('asks for no Teams meeting and no recurrence when there is none', () => {
    const payload = toGraphEvent(event({ online: false }));
    expect(payload.isOnlineMeeting).toBe(false);
    expect(payload).not.toHaveProperty('onlineMeetingProvider');
    expect(payload).not.toHaveProperty('recurrence');
  });

  it('patches only what changes; a moved series starts on the new date; null ends it', () => {
    expect(toGraphPatch({ subject: 'Nieuw' })).toEqual({ subject: 'Nieuw' });
    const times = { start: '2027-01-19T10:00', eind: '2027-01-19T11:00', tijdzone: 'Europe/Amsterdam' };
    expect(toGraphPatch({ times, recurrence: { frequentie: { interval: 1, unit: 'maanden' } } })).toEqual({
      start: { dateTime: '2027-01-19T10:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2027-01-19T11:00:00', timeZone: 'W. Europe Standard Time' },
      recurrence: {
        pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 19 },
        range: { type: 'noEnd', startDate: '2027-01-19' },
      },
    });
    expect(toGraphPatch({ recurrence: null })).toEqual({ recurrence: null });
  });

  it('names every Kompas time zone as Windows does, and reads the names back', () => {
    expect(graphTimeZone('Europe/Amsterdam')).toBe('W. Europe Standard Time');
    expect(graphTimeZone('Europe/Brussels')).toBe('Romance Standard Time');
    expect(graphTimeZone('America/Kralendijk')).toBe('SA Western Standard Time');
    expect(kompasTimeZone('W. Europe Standard Time')).toBe('Europe/Amsterdam');
    expect(kompasTimeZone('Europe/London')).toBe('Europe/London');
    for (const zone of supportedTimeZones) expect(kompasTimeZone(graphTimeZone(zone)), zone).toBeDefined();
    expect(() => graphTimeZone('Mars/Olympus')).toThrow(RangeError);
  });
});
