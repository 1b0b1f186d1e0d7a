import { afterEach, describe, expect, it } from 'vitest';
import { errorCode, json, uniqueName, useEmulator, values, type Json, type Reply } from './helpers.ts';

const { graph, control, emulator } = useEmulator();

afterEach(async () => {
  await control('DELETE', '/faults');
});

interface SubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: Json;
}

function responses(reply: Reply): Map<string, SubResponse> {
  expect(reply.status).toBe(200);
  const list = json(reply)['responses'] as SubResponse[];
  return new Map(list.map((r) => [r.id, r]));
}

const batch = (requests: unknown[]) => graph('POST', '/$batch', { body: { requests } });
const me = (id: string, extra: Json = {}) => ({ id, method: 'GET', url: '/me', ...extra });

describe('$batch', () => {
  it('accepts up to 20 requests and refuses more, duplicate ids, unknown dependencies and cycles', async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => me(String(i + 1)));
    expect([...responses(await batch(twenty)).values()].map((r) => r.status)).toEqual(Array(20).fill(200));
    const cases = [
      [...twenty, me('21')],
      [me('1'), me('1')],
      [me('a'), me('A')],
      [me('1', { dependsOn: ['9'] })],
      [me('1', { dependsOn: ['2'] }), me('2', { dependsOn: ['1'] })],
      [],
    ];
    for (const requests of cases) {
      const reply = await batch(requests);
      expect(reply.status).toBe(400);
      expect(errorCode(reply)).toBe('BadRequest');
    }
  });

  it('runs dependants after what they depend on, in one request', async () => {
    const displayName = uniqueName('Batch');
    const list = `/sites/root/lists/${displayName}`;
    await control('POST', '/stats/reset');
    const reply = await batch([
      { id: 'read', method: 'GET', url: `${list}/items?$expand=fields`, dependsOn: ['item'] },
      {
        id: 'item',
        method: 'POST',
        url: `${list}/items`,
        dependsOn: ['list'],
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: 'uit de batch' } },
      },
      {
        id: 'list',
        method: 'POST',
        url: '/sites/root/lists',
        headers: { 'Content-Type': 'application/json' },
        body: { displayName },
      },
    ]);
    const byId = responses(reply);
    expect(byId.get('list')?.status).toBe(201);
    expect(byId.get('item')?.status).toBe(201);
    expect(byId.get('item')?.headers['ETag']).toMatch(/^".+,1"$/);
    expect(byId.get('read')?.status).toBe(200);
    const read = byId.get('read')?.body?.['value'] as Json[];
    expect(read.map((i) => (i['fields'] as Json)['Title'])).toEqual(['uit de batch']);
    const stats = json(await control('GET', '/stats'));
    expect(stats['requests']).toBe(1);
    expect(stats['batchSubRequests']).toBe(3);
    expect(stats['byRoute']).toEqual({ 'POST /$batch': 1 });
  });

  it('fails dependants of a failed request with 424 without running them, and runs the rest', async () => {
    const list = json(
      await graph('POST', '/sites/root/lists', { body: { displayName: uniqueName('Afhankelijk') } }),
    );
    const items = `/sites/root/lists/${String(list['id'])}/items`;
    const jsonHeaders = { 'Content-Type': 'application/json' };
    const byId = responses(
      await batch([
        { id: '1', method: 'POST', url: items, headers: jsonHeaders, body: { fields: { Onbekend: 'x' } } },
        {
          id: '2',
          method: 'POST',
          url: items,
          headers: jsonHeaders,
          body: { fields: { Title: 'mag niet' } },
          dependsOn: ['1'],
        },
        {
          id: '3',
          method: 'POST',
          url: items,
          headers: jsonHeaders,
          body: { fields: { Title: 'ook niet' } },
          dependsOn: ['2'],
        },
        { id: '4', method: 'POST', url: items, headers: jsonHeaders, body: { fields: { Title: 'los' } } },
        { id: '5', method: 'POST', url: items, body: { fields: { Title: 'zonder content-type' } } },
      ]),
    );
    expect([1, 2, 3, 4, 5].map((i) => byId.get(String(i))?.status)).toEqual([400, 424, 424, 201, 400]);
    expect((byId.get('2')?.body?.['error'] as Json)['innerError']).toBeDefined();
    const titles = values(await graph('GET', `${items}?$expand=fields`)).map(
      (i) => (i['fields'] as Json)['Title'],
    );
    expect(titles).toEqual(['los']);
  });

  it('uses each sub-request its own headers (If-Match, Prefer)', async () => {
    const list = json(
      await graph('POST', '/sites/root/lists', {
        body: { displayName: uniqueName('Koppen'), columns: [{ name: 'Naam', text: {} }] },
      }),
    );
    const items = `/sites/root/lists/${String(list['id'])}/items`;
    const item = emulator().store.createItem('root', String(list['id']), { Naam: 'x' });
    emulator().store.updateItem('root', String(list['id']), item.id, { Naam: 'y' });
    const byId = responses(
      await batch([
        {
          id: 'stale',
          method: 'PATCH',
          url: `${items}/${item.id}/fields`,
          headers: { 'Content-Type': 'application/json', 'If-Match': item.eTag },
          body: { Naam: 'z' },
        },
        { id: 'plain', method: 'GET', url: `${items}?$filter=fields/Naam eq 'y'` },
        {
          id: 'prefer',
          method: 'GET',
          url: `${items}?$filter=fields/Naam eq 'y'`,
          headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
        },
      ]),
    );
    expect(byId.get('stale')?.status).toBe(412);
    expect(byId.get('plain')?.status).toBe(400);
    expect(byId.get('prefer')?.status).toBe(200);
  });

  it('injects faults per sub-request, with Retry-After in the sub-response headers, and applies none of them', async () => {
    const list = json(
      await graph('POST', '/sites/root/lists', { body: { displayName: uniqueName('Fout') } }),
    );
    const items = `/sites/root/lists/${String(list['id'])}/items`;
    const posts = Array.from({ length: 10 }, (_, i) => ({
      id: String(i),
      method: 'POST',
      url: items,
      headers: { 'Content-Type': 'application/json' },
      body: { fields: { Title: `t${i}` } },
    }));
    await control('POST', '/faults', { rate: 0.5, statuses: [429, 503], retryAfterSeconds: 3, seed: 7 });
    const first = [...responses(await batch(posts)).values()];
    const failed = first.filter((r) => r.status !== 201);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(10);
    for (const r of failed) {
      expect([429, 503]).toContain(r.status);
      expect(r.headers['Retry-After']).toBe('3');
    }
    await control('DELETE', '/faults');
    const stored = values(await graph('GET', `${items}?$expand=fields`)).map(
      (i) => (i['fields'] as Json)['Title'],
    );
    expect(stored.sort()).toEqual(
      first
        .filter((r) => r.status === 201)
        .map((r) => `t${r.id}`)
        .sort(),
    );

    // The same seed gives the same faults for the same requests.
    const again = json(
      await graph('POST', '/sites/root/lists', { body: { displayName: uniqueName('Fout') } }),
    );
    await control('POST', '/faults', { rate: 0.5, statuses: [429, 503], retryAfterSeconds: 3, seed: 7 });
    const second = [
      ...responses(
        await batch(posts.map((p) => ({ ...p, url: `/sites/root/lists/${String(again['id'])}/items` }))),
      ).values(),
    ];
    expect(second.map((r) => r.status)).toEqual(first.map((r) => r.status));
  });
});
