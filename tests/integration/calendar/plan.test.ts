/**
 * Planning reflecties in Outlook over real HTTP against the Graph emulator on loopback: the use
 * cases, the Graph calendar adapter and the one transport, with throttling and lost answers.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../../devtools/graph-emulator/server.ts';
import {
  cancelReflectie,
  planReflectie,
  rescheduleReflectie,
} from '../../../shared/application/reflectie/overleg.ts';
import { GraphCalendar } from '../../../shared/graph/calendar.ts';
import { GraphTransport, type FetchLike } from '../../../shared/graph/transport.ts';
import { getEdition } from '../../../shared/content/index.ts';
import { buildAgenda } from '../../../shared/meeting/agenda.ts';
import { agendaFor } from '../../../shared/meeting/agenda-data.ts';
import { testContext } from '../../unit/reflectie/fakes.ts';
import { partnership } from '../../unit/reflectie/traject.ts';

const ANNE = 'anne@voorbeeldstad.nl';
const WEST_EUROPE = 'W. Europe Standard Time';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});

type Json = Record<string, unknown>;

async function http(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: {
      ...headers,
      ...(path.startsWith('/v1.0') ? { authorization: `Bearer ${ANNE}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as unknown };
}

async function events(): Promise<Json[]> {
  const reply = await http('GET', '/v1.0/me/events?$top=1000');
  return (reply.body as { value: Json[] }).value;
}

async function event(id: string): Promise<Json> {
  const reply = await http('GET', `/v1.0/me/events/${encodeURIComponent(id)}`, undefined, {
    prefer: `outlook.timezone="${WEST_EUROPE}"`,
  });
  expect(reply.status).toBe(200);
  return reply.body as Json;
}

interface Stats {
  readonly byRoute: Record<string, number>;
  readonly faultsInjected: number;
  readonly earlyRetries: number;
}
const stats = async () => (await http('GET', '/_emulator/stats')).body as Stats;

function calendar(fetchImpl?: FetchLike): GraphCalendar {
  return new GraphCalendar(
    new GraphTransport({
      baseUrl: `${emulator.url}/v1.0`,
      tokens: { getToken: () => Promise.resolve(ANNE) },
      retry: { maxAttempts: 10 },
      ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
    }),
  );
}

const records = partnership().build();
const traject = records.traject;
const link =
  'https://teams.microsoft.com/l/entity/app/traject-utrecht?context=%7B%22subEntityId%22%3A%22reflectie%22%7D';
const form = {
  bouwstenen: ['2'],
  start: '2027-01-12T14:00',
  eind: '2027-01-12T15:30',
  tijdzone: 'Europe/Amsterdam',
  deelnemers: [
    { partnerId: 'partner-ggd' },
    { naam: 'Wethouder Jansen', email: 'jansen@utrecht.example', type: 'optional' },
  ],
  herhaling: { frequentie: { interval: 3, unit: 'maanden' } },
};

beforeEach(async () => {
  await http('POST', '/_emulator/reset');
  await http('POST', '/_emulator/stats/reset');
});
afterEach(async () => {
  await http('DELETE', '/_emulator/faults');
});

describe('planning a reflectie in Outlook', () => {
  it('creates exactly one event through throttling (429/503 with Retry-After) and retries', async () => {
    // Seed 9 at this rate throttles the calendar read once and the create twice.
    await http('POST', '/_emulator/faults', {
      rate: 0.5,
      statuses: [429, 503],
      retryAfterSeconds: 0.02,
      seed: 9,
    });
    const ctx = { ...testContext(), calendar: calendar() };
    const planned = await planReflectie(ctx, { traject, records, form, link });
    await http('DELETE', '/_emulator/faults');

    const after = await stats();
    expect(after.faultsInjected).toBeGreaterThanOrEqual(2);
    expect(after.byRoute['POST /me/events']).toBeGreaterThanOrEqual(2);
    expect(after.earlyRetries).toBe(0);
    const created = await events();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      id: planned.overleg.eventId,
      transactionId: planned.overleg.transactionId,
    });
  });

  it('creates one event when the answer to the create is lost and the create is sent again', async () => {
    let lost = 0;
    // The emulator makes the event, then the connection drops before the answer arrives.
    const losing: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      if (init.method === 'POST' && input.endsWith('/me/events') && lost === 0) {
        lost += 1;
        await response.body?.cancel();
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    };
    const ctx = { ...testContext(), calendar: calendar(losing) };
    const planned = await planReflectie(ctx, { traject, records, form: { ...form, teams: false }, link });
    expect(lost).toBe(1);
    expect((await stats()).byRoute['POST /me/events']).toBe(2);
    const created = await events();
    expect(created).toHaveLength(1);
    expect(created[0]?.['id']).toBe(planned.overleg.eventId);
  });

  it('sends the payload in Graph’s documented shape and stores the join URL it gets back', async () => {
    const ctx = { ...testContext(), calendar: calendar() };
    const planned = await planReflectie(ctx, { traject, records, form, link });
    const stored = await event(planned.overleg.eventId ?? '');
    expect(stored).toMatchObject({
      subject: 'Reflectie bouwsteen 2: Maatschappelijk resultaat — Samen tegen grensoverschrijdend gedrag',
      start: { dateTime: '2027-01-12T14:00:00.0000000', timeZone: WEST_EUROPE },
      end: { dateTime: '2027-01-12T15:30:00.0000000', timeZone: WEST_EUROPE },
      attendees: [
        { type: 'required', emailAddress: { address: 'bram@ggd.example', name: 'Bram Bakker' } },
        { type: 'optional', emailAddress: { address: 'jansen@utrecht.example', name: 'Wethouder Jansen' } },
      ],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: planned.overleg.transactionId,
      recurrence: {
        pattern: { type: 'absoluteMonthly', interval: 3, dayOfMonth: 12 },
        range: { type: 'noEnd', startDate: '2027-01-12' },
      },
    });
    const body = stored['body'] as { contentType: string; content: string };
    expect(body.contentType).toBe('html');
    // Exactly the agenda of the bouwsteen, as HTML.
    expect(body.content).toBe(
      buildAgenda(agendaFor(getEdition('sgg'), records, planned.overleg, { traject: traject.naam, link }))
        .html,
    );
    expect(body.content).toContain('Zijn voorgenomen acties uitgevoerd?');
    expect(body.content).toContain(`href="${link.replace(/&/g, '&amp;')}"`);

    const joinUrl = (stored['onlineMeeting'] as { joinUrl: string }).joinUrl;
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(planned.joinUrl).toBe(joinUrl);
    expect(ctx.outbox.saved('overleg').at(-1)).toMatchObject({
      status: 'gepland',
      joinUrl,
      eventId: stored['id'],
    });

    // The adapter reads it back in the meeting's own zone.
    const view = await ctx.calendar.getEvent(planned.overleg.eventId ?? '', 'Europe/Amsterdam');
    expect(view).toMatchObject({
      start: '2027-01-12T14:00',
      eind: '2027-01-12T15:30',
      tijdzone: 'Europe/Amsterdam',
      online: true,
      recurring: true,
      joinUrl,
    });
  });

  it('reads the calendar’s allowed providers before adding Teams', async () => {
    const ctx = { ...testContext(), calendar: calendar() };
    expect(await ctx.calendar.canUseTeamsMeetings()).toBe(true);
    await planReflectie(ctx, { traject, records, form, link });
    expect((await stats()).byRoute['GET /me/calendar']).toBe(2);
  });

  it('refuses bad input without any request to Graph', async () => {
    const ctx = { ...testContext(), calendar: calendar() };
    const error: unknown = await planReflectie(ctx, {
      traject,
      records,
      form: { ...form, deelnemers: [{ partnerId: 'partner-school' }] },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'Validation',
      issues: ['reflectie.validation.deelnemerZonderEmail'],
    });
    expect((await stats()).byRoute).toEqual({});
    expect(await events()).toEqual([]);
  });
});

describe('rescheduling and cancelling', () => {
  it('moves the meeting and its series to the new date', async () => {
    const ctx = { ...testContext(), calendar: calendar() };
    const { overleg } = await planReflectie(ctx, { traject, records, form, link });
    // Into summer time: 14:00 stays 14:00 on the wall clock.
    await rescheduleReflectie(ctx, {
      traject,
      records,
      overleg,
      form: { start: '2027-04-06T14:00', eind: '2027-04-06T15:30' },
      link,
    });
    const moved = await event(overleg.eventId ?? '');
    expect(moved).toMatchObject({
      start: { dateTime: '2027-04-06T14:00:00.0000000', timeZone: WEST_EUROPE },
      recurrence: { pattern: { type: 'absoluteMonthly', dayOfMonth: 6 }, range: { startDate: '2027-04-06' } },
    });
    expect((moved['body'] as { content: string }).content).toContain('dinsdag 6 april 2027, 14:00 tot 15:30');
    const utc = await http('GET', `/v1.0/me/events/${encodeURIComponent(overleg.eventId ?? '')}`);
    expect((utc.body as Json)['start']).toEqual({ dateTime: '2027-04-06T12:00:00.0000000', timeZone: 'UTC' });
    expect(await events()).toHaveLength(1);
  });

  it('cancels with a Dutch message; the event leaves the calendar', async () => {
    const ctx = { ...testContext(), calendar: calendar() };
    const { overleg } = await planReflectie(ctx, { traject, records, form, link });
    const cancelled = await cancelReflectie(ctx, { overleg });
    expect(cancelled.status).toBe('geannuleerd');
    expect((await http('GET', `/v1.0/me/events/${encodeURIComponent(overleg.eventId ?? '')}`)).status).toBe(
      404,
    );
    expect(await events()).toEqual([]);
    const record = emulator.store.events(ANNE).find((e) => e.id === overleg.eventId);
    expect(record?.cancelled?.comment).toBe(`Het overleg ‘${overleg.onderwerp}’ gaat niet door.`);
    expect(await ctx.calendar.getEvent(overleg.eventId ?? '')).toBeUndefined();
    // Cancelling a meeting that is gone is not an error.
    await expect(ctx.calendar.cancelEvent(overleg.eventId ?? '', 'opnieuw')).resolves.toBeUndefined();
  });
});
