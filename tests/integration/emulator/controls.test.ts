import { afterEach, describe, expect, it } from 'vitest';
import { errorCode, json, uniqueName, useEmulator, values, type Json } from './helpers.ts';

const { graph, control, emulator } = useEmulator({
  seed: (store) => {
    store.createList('root', { displayName: 'Uit de seed' });
  },
});

afterEach(async () => {
  await control('DELETE', '/faults');
});

const stats = async (): Promise<Json> => json(await control('GET', '/stats'));

describe('faults', () => {
  it('validates the fault settings', async () => {
    for (const body of [{ rate: 2 }, { statuses: [] }, { latencyMs: -1 }, { onbekend: true }]) {
      expect((await control('POST', '/faults', body)).status).toBe(400);
    }
  });

  it('answers with the configured statuses, Retry-After and Graph’s error shape, deterministically by seed', async () => {
    await control('POST', '/faults', { rate: 1, statuses: [503], retryAfterSeconds: 2 });
    const failed = await graph('GET', '/me', { token: 'fault1@voorbeeldstad.nl' });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('2');
    expect(errorCode(failed)).toBe('serviceNotAvailable');
    expect((json(failed)['error'] as Json)['innerError']).toMatchObject({
      'request-id': failed.headers.get('request-id'),
    });

    const run = async (seed: number): Promise<number[]> => {
      await control('POST', '/faults', { rate: 0.5, statuses: [429, 503], retryAfterSeconds: 1, seed });
      const statuses: number[] = [];
      for (let i = 0; i < 24; i += 1)
        statuses.push((await graph('GET', '/me', { token: `seed${seed}@voorbeeldstad.nl` })).status);
      return statuses;
    };
    const first = await run(11);
    expect(await run(11)).toEqual(first);
    expect(first).toContain(200);
    expect(first.some((s) => s === 429 || s === 503)).toBe(true);
    expect(await run(12)).not.toEqual(first);
  });

  it('adds latency', async () => {
    await control('POST', '/faults', { latencyMs: 150 });
    const started = Date.now();
    expect((await graph('GET', '/me')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('with dropResponseRate applies the request but destroys the connection before answering', async () => {
    const list = json(await graph('POST', '/sites/root/lists', { body: { displayName: uniqueName('Weg') } }));
    const items = `/sites/root/lists/${String(list['id'])}/items`;
    const before = (await stats())['faultsInjected'] as number;
    await control('POST', '/faults', { dropResponseRate: 1 });
    await expect(graph('POST', items, { body: { fields: { Title: 'toch opgeslagen' } } })).rejects.toThrow();
    await control('DELETE', '/faults');
    const stored = values(await graph('GET', `${items}?$expand=fields`)).map(
      (i) => (i['fields'] as Json)['Title'],
    );
    expect(stored).toEqual(['toch opgeslagen']);
    const after = await stats();
    expect(after['faultsInjected']).toBe(before + 1);
    expect(after['droppedResponses']).toBeGreaterThanOrEqual(1);
  });
});

describe('stats', () => {
  it('counts requests by route template, and resets', async () => {
    await control('POST', '/stats/reset');
    const list = json(await graph('POST', '/sites/root/lists', { body: { displayName: uniqueName('Tel') } }));
    await graph('GET', `/sites/root/lists/${String(list['id'])}/items`);
    await graph('GET', `/sites/root/lists/${String(list['id'])}/items?$top=1`);
    await graph('GET', '/me', { token: null });
    const counted = await stats();
    expect(counted['requests']).toBe(4);
    expect(counted['byRoute']).toEqual({
      'POST /sites/{site}/lists': 1,
      'GET /sites/{site}/lists/{list}/items': 2,
      'GET /me': 1,
    });
    await control('POST', '/stats/reset');
    expect(await stats()).toMatchObject({
      requests: 0,
      byRoute: {},
      batchSubRequests: 0,
      faultsInjected: 0,
      earlyRetries: 0,
    });
  });
});

describe('reset', () => {
  it('empties all data, or re-runs the seed', async () => {
    const store = emulator().store;
    await graph('POST', '/sites/root/lists', { body: { displayName: uniqueName('Tijdelijk') } });
    expect(store.lists('root').length).toBeGreaterThan(1);
    expect((await control('POST', '/reset')).status).toBe(204);
    expect(store.lists('root')).toEqual([]);
    expect(values(await graph('GET', '/sites/root/lists'))).toEqual([]);
    expect((await control('POST', '/reset', { reseed: true })).status).toBe(204);
    expect(store.lists('root').map((l) => l.displayName)).toEqual(['Uit de seed']);
  });
});
