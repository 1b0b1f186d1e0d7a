/**
 * The `earlyRetries` oracle: a Retry-After answers one request, so only that same request coming
 * back before it elapsed counts; and a request keeps the Retry-After decided with its fault.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, uniqueName, useEmulator, type Json } from './helpers.ts';

const { graph, control } = useEmulator();

const WAIT_SECONDS = 0.3;

beforeEach(async () => {
  await control('DELETE', '/faults');
  await control('POST', '/stats/reset');
});

afterEach(async () => {
  await control('DELETE', '/faults');
});

const earlyRetries = async (): Promise<unknown> => json(await control('GET', '/stats'))['earlyRetries'];

/** Every request from now on is throttled with this Retry-After. */
async function throttle(retryAfterSeconds = WAIT_SECONDS, extra: Json = {}): Promise<void> {
  await control('POST', '/faults', { rate: 1, statuses: [429], retryAfterSeconds, ...extra });
}

const as = (user: string) => ({ token: `${user}@voorbeeldstad.nl` });

describe('earlyRetries counts a throttled request that comes back before its Retry-After', () => {
  it('counts the same request sent again during the wait, once per early arrival', async () => {
    await throttle();
    expect((await graph('GET', '/me', as('haastig'))).status).toBe(429);
    await control('DELETE', '/faults');
    expect((await graph('GET', '/me', as('haastig'))).status).toBe(200);
    expect(await earlyRetries()).toBe(1);
  });

  it('does not count other requests during the wait: another URL, another user, another body', async () => {
    const list = json(
      await graph('POST', '/sites/root/lists', { body: { displayName: uniqueName('Vroeg') } }),
    );
    const items = `/sites/root/lists/${String(list['id'])}/items`;
    await throttle();
    expect((await graph('GET', '/me', as('druk'))).status).toBe(429);
    expect((await graph('POST', items, { ...as('druk'), body: { fields: { Title: 'een' } } })).status).toBe(
      429,
    );
    await control('DELETE', '/faults');
    await graph('GET', '/me/calendar', as('druk'));
    await graph('GET', '/me?$select=id', as('druk'));
    await graph('GET', '/me', as('ander'));
    await graph('POST', items, { ...as('druk'), body: { fields: { Title: 'twee' } } });
    expect(await earlyRetries()).toBe(0);
    // The oracle is not blind: the throttled POST itself, sent again now, is early.
    await graph('POST', items, { ...as('druk'), body: { fields: { Title: 'een' } } });
    expect(await earlyRetries()).toBe(1);
  });

  it('does not count the same request sent again after the wait', async () => {
    await throttle();
    expect((await graph('GET', '/me', as('geduldig'))).status).toBe(429);
    await control('DELETE', '/faults');
    await sleep(WAIT_SECONDS * 1000 + 30);
    expect((await graph('GET', '/me', as('geduldig'))).status).toBe(200);
    expect(await earlyRetries()).toBe(0);
  });

  it('does not count a copy that was already on its way when the 429 was sent', async () => {
    // Both arrive during the latency, before either is told to wait.
    await throttle(WAIT_SECONDS, { latencyMs: 100 });
    const replies = await Promise.all([graph('GET', '/me', as('dubbel')), graph('GET', '/me', as('dubbel'))]);
    expect(replies.map((r) => r.status)).toEqual([429, 429]);
    expect(await earlyRetries()).toBe(0);
  });

  it('tells requests apart by client-request-id when the client sends one', async () => {
    const id = (value: string) => ({ ...as('sdk'), headers: { 'client-request-id': value } });
    await throttle();
    expect((await graph('GET', '/me', id('a1'))).status).toBe(429);
    await control('DELETE', '/faults');
    await graph('GET', '/me', id('b2'));
    expect(await earlyRetries()).toBe(0);
    await graph('GET', '/me', id('a1'));
    expect(await earlyRetries()).toBe(1);
  });

  it('counts a throttled batch sub-request sent again early, alone or in a new batch', async () => {
    const batch = (urls: readonly string[]) =>
      graph('POST', '/$batch', {
        ...as('batcher'),
        body: { requests: urls.map((url, i) => ({ id: String(i + 1), method: 'GET', url })) },
      });
    await throttle();
    const first = json(await batch(['/me']));
    expect((first['responses'] as Json[])[0]).toMatchObject({
      status: 429,
      headers: { 'Retry-After': String(WAIT_SECONDS) },
    });
    await control('DELETE', '/faults');
    await batch(['/me/calendar']);
    expect(await earlyRetries()).toBe(0);
    await batch(['/me/calendar', '/me']);
    expect(await earlyRetries()).toBe(1);
    await graph('GET', '/me', as('batcher'));
    expect(await earlyRetries()).toBe(2);
  });
});

describe('a fault keeps the Retry-After decided with it', () => {
  it('answers a request in flight during DELETE /_emulator/faults with its own Retry-After', async () => {
    await throttle(2, { latencyMs: 300 });
    const inFlight = graph('GET', '/me', as('onderweg'));
    await sleep(100);
    expect((await control('DELETE', '/faults')).status).toBe(204);
    const reply = await inFlight;
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('2');
    // The oracle holds the client to that same wait.
    await sleep(WAIT_SECONDS * 1000 + 30);
    await graph('GET', '/me', as('onderweg'));
    expect(await earlyRetries()).toBe(1);
  });

  it('answers a request in flight while the faults change with the Retry-After of its own fault', async () => {
    await throttle(2, { latencyMs: 300 });
    const inFlight = graph('GET', '/me', as('wissel'));
    await sleep(100);
    await throttle(0.05);
    expect((await inFlight).headers.get('retry-after')).toBe('2');
  });
});
