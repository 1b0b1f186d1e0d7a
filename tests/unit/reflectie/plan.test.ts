import { describe, expect, it } from 'vitest';
import {
  cancelReflectie,
  planReflectie,
  reflectieIcs,
  rescheduleReflectie,
} from '../../../shared/application/reflectie/overleg.ts';
import { KompasError, isKompasError } from '../../../shared/domain/errors.ts';
import type { Overleg } from '../../../shared/domain/model.ts';
import { testContext, type TestContext } from './fakes.ts';
import { partnership } from './traject.ts';

const records = partnership().build();
const traject = records.traject;
const link =
  'https://teams.microsoft.com/l/entity/app/traject-utrecht?context=%7B%22subEntityId%22%3A%22reflectie%22%7D';

/** Tuesday 12 January 2027, 14:00–15:30 in Amsterdam; "now" in the tests is 5 January. */
const form = (overrides: object = {}) => ({
  bouwstenen: ['2'],
  start: '2027-01-12T14:00',
  eind: '2027-01-12T15:30',
  tijdzone: 'Europe/Amsterdam',
  deelnemers: [
    { partnerId: 'partner-ggd' },
    { naam: 'Wethouder Jansen', email: 'jansen@utrecht.example', type: 'optional' },
  ],
  herhaling: { frequentie: { interval: 3, unit: 'maanden' } },
  ...overrides,
});

async function plan(ctx: TestContext, overrides: object = {}) {
  return planReflectie(ctx, { traject, records, form: form(overrides), link });
}

async function issuesOf(action: () => Promise<unknown>): Promise<readonly string[]> {
  const error: unknown = await action().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isKompasError(error, 'Validation'), String(error)).toBe(true);
  return (error as KompasError).issues;
}

describe('planReflectie', () => {
  it('creates the meeting from the Overleg and keeps its event id and join link', async () => {
    const ctx = testContext();
    const planned = await plan(ctx);
    expect(ctx.calendar.calls).toEqual(['canUseTeamsMeetings', 'createEvent']);
    const [created] = ctx.calendar.events;
    expect(created?.event).toMatchObject({
      subject: 'Reflectie bouwsteen 2: Maatschappelijk resultaat — Samen tegen grensoverschrijdend gedrag',
      start: '2027-01-12T14:00',
      eind: '2027-01-12T15:30',
      tijdzone: 'Europe/Amsterdam',
      attendees: [
        { naam: 'Bram Bakker', email: 'bram@ggd.example', type: 'required' },
        { naam: 'Wethouder Jansen', email: 'jansen@utrecht.example', type: 'optional' },
      ],
      online: true,
      recurrence: { frequentie: { interval: 3, unit: 'maanden' } },
      transactionId: planned.overleg.transactionId,
    });
    expect(created?.event.body.html).toContain('<p>dinsdag 12 januari 2027, 14:00 tot 15:30</p>');
    expect(created?.event.body.html).toContain(
      '<li>Gesprek met de scholen — Bram Bakker, uiterlijk 1 december 2026</li>',
    );
    expect(created?.event.body.html).toContain('Open de reflectie in Kompas</a>');
    expect(planned).toMatchObject({ teams: true, joinUrl: 'https://teams.microsoft.com/l/meetup-join/1' });
    expect(planned.overleg).toMatchObject({
      status: 'gepland',
      eventId: 'event-1',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/1',
      bouwstenen: ['2'],
    });
  });

  it('keeps the Overleg with its transactionId before it calls the calendar', async () => {
    const ctx = testContext();
    const seenBeforeCreate: string[] = [];
    const create = ctx.calendar.createEvent.bind(ctx.calendar);
    ctx.calendar.createEvent = (event) => {
      seenBeforeCreate.push(...ctx.outbox.saved('overleg').map((o) => `${o.status}:${o.transactionId}`));
      return create(event);
    };
    const planned = await plan(ctx);
    expect(seenBeforeCreate).toEqual([`concept:${planned.overleg.transactionId}`]);
    expect(ctx.outbox.saved('overleg').map((o) => o.status)).toEqual(['concept', 'gepland']);
  });

  it('plans without Teams when the calendar does not allow it, and says so', async () => {
    const ctx = testContext();
    ctx.calendar.teamsAllowed = false;
    const planned = await plan(ctx);
    expect(planned).toMatchObject({ teams: false, joinUrl: undefined });
    expect(ctx.calendar.events[0]?.event.online).toBe(false);
    expect(planned.overleg.joinUrl).toBeUndefined();
  });

  it('does not ask the calendar about Teams when no Teams meeting is wanted', async () => {
    const ctx = testContext();
    await plan(ctx, { teams: false });
    expect(ctx.calendar.calls).toEqual(['createEvent']);
  });

  it('creates one meeting when planning is tried again after a lost answer', async () => {
    const ctx = testContext();
    ctx.calendar.createFailures.push({ error: new KompasError('Network', 'timeout'), applied: true });
    const error: unknown = await plan(ctx).catch((e: unknown) => e);
    expect(isKompasError(error, 'Network')).toBe(true);
    const [concept] = ctx.outbox.saved('overleg');
    expect(concept?.status).toBe('concept');
    // The host plans again with the Overleg it kept (after a reload too).
    const again = await planReflectie(ctx, {
      traject,
      records,
      form: form(),
      link,
      overleg: { ...concept!, version: undefined },
    });
    expect(ctx.calendar.events).toHaveLength(1);
    expect(again.overleg).toMatchObject({
      id: concept?.id,
      transactionId: concept?.transactionId,
      eventId: 'event-1',
    });
  });

  it('brings the meeting in line when the plan changed between a lost answer and the retry', async () => {
    const ctx = testContext();
    ctx.calendar.createFailures.push({ error: new KompasError('Network', 'timeout'), applied: true });
    await plan(ctx).catch(() => undefined);
    const [concept] = ctx.outbox.saved('overleg');
    const again = await planReflectie(ctx, {
      traject,
      records,
      form: form({ start: '2027-01-13T09:00', eind: '2027-01-13T10:00' }),
      link,
      overleg: { ...concept!, version: undefined },
    });
    expect(ctx.calendar.events).toHaveLength(1);
    expect(ctx.calendar.updates).toHaveLength(1);
    expect(ctx.calendar.updates[0]?.change).toMatchObject({
      times: { start: '2027-01-13T09:00', eind: '2027-01-13T10:00', tijdzone: 'Europe/Amsterdam' },
      recurrence: { frequentie: { interval: 3, unit: 'maanden' } },
    });
    expect(again.overleg.start).toBe('2027-01-13T09:00');
  });

  it('sends no update when the retry asks for the same meeting', async () => {
    const ctx = testContext();
    ctx.calendar.createFailures.push({ error: new KompasError('Network', 'timeout'), applied: true });
    await plan(ctx).catch(() => undefined);
    const [concept] = ctx.outbox.saved('overleg');
    await planReflectie(ctx, {
      traject,
      records,
      form: form(),
      link,
      overleg: { ...concept!, version: undefined },
    });
    expect(ctx.calendar.updates).toEqual([]);
  });

  it('invites an address once, required when any invitation is', async () => {
    const ctx = testContext();
    await plan(ctx, {
      deelnemers: [
        { naam: 'Bram', email: 'BRAM@ggd.example', type: 'optional' },
        { partnerId: 'partner-ggd', type: 'required' },
      ],
    });
    expect(ctx.calendar.events[0]?.event.attendees).toEqual([
      { naam: 'Bram', email: 'BRAM@ggd.example', type: 'required' },
    ]);
  });

  describe('refuses bad input with a Dutch message and creates nothing', () => {
    const cases: [string, object, string[]][] = [
      ['a start in the past', { start: '2027-01-05T10:00', eind: '2027-01-05T11:00' }, ['startInVerleden']],
      ['an end before the start', { eind: '2027-01-12T13:00' }, ['eindVoorStart']],
      ['an end equal to the start', { eind: '2027-01-12T14:00' }, ['eindVoorStart']],
      ['no attendees', { deelnemers: [] }, ['geenDeelnemers']],
      [
        'a partner without an e-mail address',
        { deelnemers: [{ partnerId: 'partner-school' }] },
        ['deelnemerZonderEmail'],
      ],
      [
        'an address that is none',
        { deelnemers: [{ naam: 'Piet', email: 'piet at school' }] },
        ['deelnemerZonderEmail'],
      ],
      [
        'an unknown partner',
        { deelnemers: [{ partnerId: 'partner-weg' }] },
        ['deelnemerOnbekend', 'geenDeelnemers'],
      ],
      [
        'a recurrence that ends before it starts',
        { herhaling: { frequentie: { interval: 1, unit: 'maanden' }, tot: '2027-01-11' } },
        ['herhalingEindigtVoorStart'],
      ],
      ['an unknown time zone', { tijdzone: 'Mars/Olympus' }, ['tijdzone']],
      ['a bouwsteen without Leren en verbeteren', { bouwstenen: ['1A'] }, ['bouwsteenZonderReflectie']],
      ['no bouwsteen', { bouwstenen: [] }, ['geenBouwsteen']],
      [
        'several things at once',
        { start: '2027-01-01T10:00', eind: '2027-01-01T09:00', deelnemers: [] },
        ['startInVerleden', 'eindVoorStart', 'geenDeelnemers'],
      ],
    ];
    it.each(cases)('%s', async (_name, overrides, expected) => {
      const ctx = testContext();
      expect([...(await issuesOf(() => plan(ctx, overrides)))].sort()).toEqual(
        expected.map((i) => `reflectie.validation.${i}`).sort(),
      );
      expect(ctx.outbox.changes).toEqual([]);
      expect(ctx.calendar.calls).toEqual([]);
    });

    it('a link back that is not http(s)', async () => {
      const ctx = testContext();
      const issues = await issuesOf(() =>
        planReflectie(ctx, { traject, records, form: form(), link: 'javascript:alert(1)' }),
      );
      expect(issues).toEqual(['reflectie.validation.linkOngeldig']);
      expect(ctx.outbox.changes).toEqual([]);
    });

    it('a meeting that is already in Outlook', async () => {
      const ctx = testContext();
      const { overleg } = await plan(ctx);
      const before = ctx.outbox.changes.length;
      const issues = await issuesOf(() =>
        planReflectie(ctx, { traject, records, form: form(), overleg: { ...overleg, version: undefined } }),
      );
      expect(issues).toEqual(['reflectie.validation.alGepland']);
      expect(ctx.outbox.changes).toHaveLength(before);
      expect(ctx.calendar.events).toHaveLength(1);
    });

    it('input of the wrong shape', async () => {
      const ctx = testContext();
      expect(await issuesOf(() => plan(ctx, { start: '12-01-2027 14:00' }))).toHaveLength(1);
      expect(ctx.calendar.calls).toEqual([]);
    });
  });
});

async function planned(ctx: TestContext): Promise<Overleg> {
  return (await plan(ctx)).overleg;
}

describe('rescheduleReflectie', () => {
  it('moves the meeting and its series, with the agenda’s date', async () => {
    const ctx = testContext();
    const overleg = await planned(ctx);
    const moved = await rescheduleReflectie(ctx, {
      traject,
      records,
      overleg: { ...overleg, version: undefined },
      form: { start: '2027-01-19T10:00', eind: '2027-01-19T11:00' },
      link,
    });
    const [update] = ctx.calendar.updates;
    expect(update?.eventId).toBe('event-1');
    expect(update?.change).toMatchObject({
      times: { start: '2027-01-19T10:00', eind: '2027-01-19T11:00', tijdzone: 'Europe/Amsterdam' },
      recurrence: { frequentie: { interval: 3, unit: 'maanden' } },
    });
    expect(update?.change.body?.html).toContain('dinsdag 19 januari 2027, 10:00 tot 11:00');
    expect(moved).toMatchObject({
      start: '2027-01-19T10:00',
      eind: '2027-01-19T11:00',
      status: 'gepland',
      eventId: 'event-1',
    });
    expect(ctx.outbox.saved('overleg').at(-1)).toEqual(moved);
  });

  it('ends the series when asked', async () => {
    const ctx = testContext();
    const overleg = await planned(ctx);
    const moved = await rescheduleReflectie(ctx, {
      traject,
      records,
      overleg,
      form: { start: '2027-01-19T10:00', eind: '2027-01-19T11:00', herhaling: null },
    });
    expect(ctx.calendar.updates[0]?.change.recurrence).toBeNull();
    expect(moved.herhaling).toBeUndefined();
  });

  it('refuses a meeting not in Outlook and a time in the past; nothing is sent', async () => {
    const ctx = testContext();
    const overleg = await planned(ctx);
    const saves = ctx.outbox.changes.length;
    const concept = { ...overleg, status: 'concept' as const, eventId: undefined };
    expect(
      await issuesOf(() =>
        rescheduleReflectie(ctx, {
          traject,
          records,
          overleg: concept,
          form: { start: '2027-01-19T10:00', eind: '2027-01-19T11:00' },
        }),
      ),
    ).toEqual(['reflectie.validation.nietGepland']);
    expect(
      await issuesOf(() =>
        rescheduleReflectie(ctx, {
          traject,
          records,
          overleg,
          form: { start: '2027-01-04T10:00', eind: '2027-01-04T11:00' },
        }),
      ),
    ).toEqual(['reflectie.validation.startInVerleden']);
    expect(ctx.calendar.updates).toEqual([]);
    expect(ctx.outbox.changes).toHaveLength(saves);
  });
});

describe('cancelReflectie', () => {
  it('cancels in Outlook with a Dutch message and keeps the Overleg as geannuleerd', async () => {
    const ctx = testContext();
    const overleg = await planned(ctx);
    const cancelled = await cancelReflectie(ctx, { overleg, reden: 'De wethouder is verhinderd.' });
    expect(ctx.calendar.events[0]?.cancelled).toBe(
      'Het overleg ‘Reflectie bouwsteen 2: Maatschappelijk resultaat — Samen tegen grensoverschrijdend gedrag’ gaat niet door. Reden: De wethouder is verhinderd.',
    );
    expect(cancelled.status).toBe('geannuleerd');
    expect(ctx.outbox.saved('overleg').at(-1)).toEqual(cancelled);
    // Cancelling again changes nothing.
    const calls = ctx.calendar.calls.length;
    expect(await cancelReflectie(ctx, { overleg: cancelled })).toEqual(cancelled);
    expect(ctx.calendar.calls).toHaveLength(calls);
  });

  it('says only that it does not go ahead when no reason is given', async () => {
    const ctx = testContext();
    const overleg = await planned(ctx);
    await cancelReflectie(ctx, { overleg, reden: '  ' });
    expect(ctx.calendar.events[0]?.cancelled).toMatch(/^Het overleg ‘.*’ gaat niet door\.$/);
  });
});

describe('reflectieIcs', () => {
  it('gives the planned meeting as an iCalendar file with a UID that follows the transactionId', async () => {
    const ctx = testContext();
    const overleg = await planned(ctx);
    const ics = reflectieIcs(ctx, { traject, records, overleg, link }).replace(/\r\n /g, '');
    expect(ics).toContain(`UID:${overleg.transactionId}@kompas\r\n`);
    expect(ics).toContain('ORGANIZER:mailto:anne@voorbeeldstad.nl\r\n');
    expect(ics).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=12\r\n');
    expect(ics).toContain('LOCATION:Microsoft Teams\r\n');
    expect(ics).toContain('Teams-vergadering: https://teams.microsoft.com/l/meetup-join/1');
  });
});
