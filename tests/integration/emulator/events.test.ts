import { describe, expect, it } from 'vitest';
import { ANNE, errorCode, json, useEmulator, values, type Json } from './helpers.ts';

const { graph, emulator } = useEmulator();

const zone = 'W. Europe Standard Time';
const meeting = (extra: Json = {}): Json => ({
  subject: 'Reflectie bouwsteen 2',
  body: { contentType: 'HTML', content: '<p>Terugblik op de <b>resultaten</b>.</p>' },
  start: { dateTime: '2025-03-04T09:00:00', timeZone: zone },
  end: { dateTime: '2025-03-04T10:30:00', timeZone: zone },
  attendees: [
    { emailAddress: { address: 'bram@voorbeeldstad.nl', name: 'Bram' }, type: 'required' },
    { emailAddress: { address: 'cees@partner.nl' }, type: 'optional' },
  ],
  ...extra,
});

describe('calendar', () => {
  it('offers Teams as the online meeting provider', async () => {
    const calendar = json(await graph('GET', '/me/calendar'));
    expect(calendar['allowedOnlineMeetingProviders']).toContain('teamsForBusiness');
    expect(calendar['defaultOnlineMeetingProvider']).toBe('teamsForBusiness');
    expect(calendar['owner']).toMatchObject({ address: ANNE });
  });

  it('creates an online meeting with a Teams join URL, times in UTC unless Prefer outlook.timezone', async () => {
    const created = await graph('POST', '/me/events', {
      body: meeting({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' }),
    });
    expect(created.status).toBe(201);
    const event = json(created);
    const joinUrl = (event['onlineMeeting'] as Json | null)?.['joinUrl'];
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    // 09:00 in Amsterdam in March (CET, UTC+1) is 08:00 UTC.
    expect(event['start']).toEqual({ dateTime: '2025-03-04T08:00:00.0000000', timeZone: 'UTC' });
    expect(event['end']).toEqual({ dateTime: '2025-03-04T09:30:00.0000000', timeZone: 'UTC' });
    expect(event['body']).toEqual({
      contentType: 'html',
      content: '<p>Terugblik op de <b>resultaten</b>.</p>',
    });
    expect(event['attendees']).toMatchObject([
      { type: 'required', emailAddress: { address: 'bram@voorbeeldstad.nl', name: 'Bram' } },
      { type: 'optional', emailAddress: { address: 'cees@partner.nl' } },
    ]);
    expect(event['organizer']).toMatchObject({ emailAddress: { address: ANNE } });

    const local = json(
      await graph('GET', `/me/events/${String(event['id'])}`, {
        headers: { prefer: `outlook.timezone="${zone}"` },
      }),
    );
    expect(local['start']).toEqual({ dateTime: '2025-03-04T09:00:00.0000000', timeZone: zone });

    const offline = json(await graph('POST', '/me/events', { body: meeting() }));
    expect(offline['isOnlineMeeting']).toBe(false);
    expect(offline['onlineMeeting']).toBeNull();
  });

  it('returns the existing event for a repeated transactionId and creates nothing', async () => {
    const transactionId = `tx-${Date.now()}`;
    const first = await graph('POST', '/me/events', { body: meeting({ transactionId }) });
    const second = await graph('POST', '/me/events', {
      body: meeting({ transactionId, subject: 'opnieuw verstuurd' }),
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(json(second)['id']).toBe(json(first)['id']);
    expect(json(second)['subject']).toBe('Reflectie bouwsteen 2');
    const withTransaction = emulator()
      .store.events(ANNE)
      .filter((e) => e.transactionId === transactionId);
    expect(withTransaction).toHaveLength(1);
    // Another user's calendar has its own transactions.
    const other = await graph('POST', '/me/events', {
      body: meeting({ transactionId }),
      token: 'bram@voorbeeldstad.nl',
    });
    expect(json(other)['id']).not.toBe(json(first)['id']);
  });

  it('validates the payload as Graph does', async () => {
    const start = { dateTime: '2025-03-04T09:00:00', timeZone: zone };
    const weekly = { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' };
    const range = { type: 'numbered', startDate: '2025-03-04', numberOfOccurrences: 6 };
    const bad: [string, Json][] = [
      ['no start', { subject: 'x', end: start }],
      ['end before start', meeting({ end: { dateTime: '2025-03-04T08:00:00', timeZone: zone } })],
      [
        'unknown time zone',
        meeting({ start: { dateTime: '2025-03-04T09:00:00', timeZone: 'Mars/Olympus' } }),
      ],
      ['bad e-mail', meeting({ attendees: [{ emailAddress: { address: 'geen-adres' }, type: 'required' }] })],
      [
        'bad attendee type',
        meeting({ attendees: [{ emailAddress: { address: 'a@b.nl' }, type: 'verplicht' }] }),
      ],
      ['unknown property', meeting({ kleur: 'rood' })],
      ['provider not allowed', meeting({ isOnlineMeeting: true, onlineMeetingProvider: 'skypeForConsumer' })],
      ['weekly without days', meeting({ recurrence: { pattern: { type: 'weekly', interval: 1 }, range } })],
      [
        'monthly without day',
        meeting({ recurrence: { pattern: { type: 'absoluteMonthly', interval: 1 }, range } }),
      ],
      [
        'daily with a day of month',
        meeting({ recurrence: { pattern: { type: 'daily', interval: 1, dayOfMonth: 4 }, range } }),
      ],
      ['interval 0', meeting({ recurrence: { pattern: { ...weekly, interval: 0 }, range } })],
      [
        'numbered without count',
        meeting({ recurrence: { pattern: weekly, range: { type: 'numbered', startDate: '2025-03-04' } } }),
      ],
      [
        'end date before start date',
        meeting({
          recurrence: {
            pattern: weekly,
            range: { type: 'endDate', startDate: '2025-03-04', endDate: '2025-03-01' },
          },
        }),
      ],
      [
        'range not starting on the event',
        meeting({ recurrence: { pattern: weekly, range: { ...range, startDate: '2025-03-05' } } }),
      ],
    ];
    for (const [name, body] of bad) {
      const reply = await graph('POST', '/me/events', { body });
      expect({ name, status: reply.status, hasError: typeof errorCode(reply) === 'string' }).toEqual({
        name,
        status: 400,
        hasError: true,
      });
    }
    const series = await graph('POST', '/me/events', {
      body: meeting({ recurrence: { pattern: weekly, range } }),
    });
    expect(series.status).toBe(201);
    expect(json(series)['type']).toBe('seriesMaster');
    expect(json(series)['recurrence']).toEqual({
      pattern: {
        type: 'weekly',
        interval: 1,
        month: 0,
        dayOfMonth: 0,
        daysOfWeek: ['tuesday'],
        firstDayOfWeek: 'monday',
        index: 'first',
      },
      range: {
        type: 'numbered',
        startDate: '2025-03-04',
        endDate: '0001-01-01',
        recurrenceTimeZone: '',
        numberOfOccurrences: 6,
      },
    });
  });

  it('updates, cancels with a comment, and deletes', async () => {
    const event = json(await graph('POST', '/me/events', { body: meeting({ isOnlineMeeting: true }) }));
    const url = `/me/events/${String(event['id'])}`;
    const patched = await graph('PATCH', url, {
      body: { subject: 'Verzet', location: { displayName: 'Stadhuis' } },
    });
    expect(patched.status).toBe(200);
    expect(json(patched)).toMatchObject({ subject: 'Verzet', location: { displayName: 'Stadhuis' } });
    expect(json(patched)['changeKey']).not.toBe(event['changeKey']);
    expect((await graph('PATCH', url, { body: { isOnlineMeeting: false } })).status).toBe(400);

    const cancelled = await graph('POST', `${url}/cancel`, { body: { Comment: 'Gaat niet door' } });
    expect(cancelled.status).toBe(202);
    expect(cancelled.body).toBeUndefined();
    const gone = await graph('GET', url);
    expect(gone.status).toBe(404);
    expect(errorCode(gone)).toBe('ErrorItemNotFound');
    expect(values(await graph('GET', '/me/events?$top=1000')).map((e) => e['id'])).not.toContain(event['id']);
    const stored = emulator()
      .store.events(ANNE)
      .find((e) => e.id === event['id']);
    expect(stored?.cancelled?.comment).toBe('Gaat niet door');

    const other = json(await graph('POST', '/me/events', { body: meeting() }));
    expect((await graph('DELETE', `/me/events/${String(other['id'])}`)).status).toBe(204);
    expect((await graph('GET', `/me/events/${String(other['id'])}`)).status).toBe(404);
  });

  it('lists the events page by page', async () => {
    const user = 'lijst@voorbeeldstad.nl';
    for (let i = 0; i < 3; i += 1)
      await graph('POST', '/me/events', { body: meeting({ subject: `e${i}` }), token: user });
    const first = await graph('GET', '/me/events?$top=2', { token: user });
    expect(values(first).map((e) => e['subject'])).toEqual(['e0', 'e1']);
    const next = String(json(first)['@odata.nextLink']);
    const second = await graph('GET', next, { token: user });
    expect(values(second).map((e) => e['subject'])).toEqual(['e2']);
  });
});
