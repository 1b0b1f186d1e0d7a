import { beforeAll, describe, expect, it } from 'vitest';
import {
  errorCode,
  fieldsOf,
  json,
  uniqueName,
  useEmulator,
  values,
  type Json,
  type Reply,
} from './helpers.ts';

const { graph, emulator } = useEmulator();
const HONOR = { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

interface Row {
  readonly Code: string;
  readonly Naam: string;
  readonly Jaar: number;
  readonly Datum: string;
  readonly Actief: boolean;
}

const rows: Row[] = Array.from({ length: 23 }, (_, i) => ({
  Code: `${i % 2 === 0 ? 'Alpha' : 'beta'}-${String(i).padStart(2, '0')}`,
  Naam: `naam ${23 - i}`,
  Jaar: 2000 + (i % 5),
  Datum: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().replace('.000', ''),
  Actief: i % 3 === 0,
}));

let list = '';
let listId = '';
/** Row index by item id. */
const rowOf = new Map<string, Row>();

async function createList(displayName: string): Promise<string> {
  const created = await graph('POST', '/sites/root/lists', {
    body: {
      displayName,
      columns: [
        { name: 'Code', text: {}, indexed: true },
        { name: 'Naam', text: {} },
        { name: 'Jaar', number: {}, indexed: true },
        { name: 'Datum', dateTime: {}, indexed: true },
        { name: 'Actief', boolean: {}, indexed: true },
      ],
    },
  });
  return String(json(created)['id']);
}

beforeAll(async () => {
  listId = await createList(uniqueName('Query'));
  list = `/sites/root/lists/${listId}`;
  for (const row of rows) {
    const item = emulator().store.createItem('root', listId, { ...row });
    rowOf.set(item.id, row);
  }
});

const ids = (reply: Reply): string[] => values(reply).map((i) => String(i['id']));
const expected = (predicate: (row: Row) => boolean): string[] =>
  [...rowOf.entries()].filter(([, row]) => predicate(row)).map(([id]) => id);

async function filtered(filter: string, headers: Record<string, string> = {}): Promise<string[]> {
  const reply = await graph('GET', `${list}/items?$filter=${encodeURIComponent(filter)}`, { headers });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return ids(reply);
}

describe('$filter', () => {
  it('compares numbers, text (case-insensitively), booleans and date-times on fields', async () => {
    const cases: [string, (row: Row) => boolean][] = [
      ['fields/Jaar eq 2002', (r) => r.Jaar === 2002],
      ['fields/Jaar ne 2002', (r) => r.Jaar !== 2002],
      ['fields/Jaar lt 2002', (r) => r.Jaar < 2002],
      ['fields/Jaar le 2002', (r) => r.Jaar <= 2002],
      ['fields/Jaar gt 2002', (r) => r.Jaar > 2002],
      ['fields/Jaar ge 2002', (r) => r.Jaar >= 2002],
      ["fields/Code eq 'ALPHA-04'", (r) => r.Code === 'Alpha-04'],
      ["startswith(fields/Code,'beta')", (r) => r.Code.startsWith('beta')],
      ['fields/Actief eq true', (r) => r.Actief],
      ['fields/Actief eq 0', (r) => !r.Actief],
      ["fields/Datum ge '2024-01-10T00:00:00Z'", (r) => r.Datum >= '2024-01-10T00:00:00Z'],
      ['fields/Datum lt 2024-01-05T00:00:00Z', (r) => r.Datum < '2024-01-05T00:00:00Z'],
      [
        "fields/Jaar eq 2001 and startswith(fields/Code,'alpha')",
        (r) => r.Jaar === 2001 && r.Code.startsWith('Alpha'),
      ],
      [
        '(fields/Jaar eq 2001 or fields/Jaar eq 2003) and fields/Actief eq false',
        (r) => (r.Jaar === 2001 || r.Jaar === 2003) && !r.Actief,
      ],
      ['not (fields/Jaar ge 2001)', (r) => !(r.Jaar >= 2001)],
    ];
    for (const [filter, predicate] of cases) {
      const want = expected(predicate);
      expect(want.length, filter).toBeGreaterThan(0);
      expect(await filtered(filter), filter).toEqual(want);
    }
  });

  it('filters on the item id', async () => {
    const [first] = [...rowOf.keys()];
    expect(await filtered(`id eq '${first ?? ''}'`)).toEqual([first]);
    expect(await filtered(`fields/ID eq ${first ?? ''}`)).toEqual([first]);
  });

  it('refuses malformed filters and unknown fields', async () => {
    for (const filter of [
      'fields/Jaar eq',
      "fields/Jaar eq 'x'",
      'fields/Bestaat eq 1',
      'fields/Jaar like 3',
    ]) {
      const reply = await graph('GET', `${list}/items?$filter=${encodeURIComponent(filter)}`);
      expect({ filter, status: reply.status }).toEqual({ filter, status: 400 });
    }
  });
});

describe('$orderby, $select and $expand', () => {
  it('orders ascending and descending, ties by id', async () => {
    const byYearDesc = ids(await graph('GET', `${list}/items?$orderby=fields/Jaar desc,fields/Code`));
    const want = [...rowOf.entries()]
      .sort(
        ([ia, a], [ib, b]) =>
          b.Jaar - a.Jaar ||
          a.Code.toLowerCase().localeCompare(b.Code.toLowerCase()) ||
          Number(ia) - Number(ib),
      )
      .map(([id]) => id);
    expect(byYearDesc).toEqual(want);
    const byIdDesc = ids(await graph('GET', `${list}/items?$orderby=id desc`));
    expect(byIdDesc).toEqual([...rowOf.keys()].reverse());
  });

  it('selects item properties and, inside $expand, fields', async () => {
    const reply = await graph(
      'GET',
      `${list}/items?$select=id,eTag&$expand=fields($select=Code,Jaar)&$top=1`,
    );
    const [item] = values(reply);
    expect(Object.keys(item ?? {}).sort()).toEqual([
      '@odata.etag',
      'eTag',
      'fields',
      'fields@odata.navigationLink',
      'id',
    ]);
    expect(Object.keys(fieldsOf(item ?? {})).sort()).toEqual(['@odata.etag', 'Code', 'Jaar']);

    const plain = values(await graph('GET', `${list}/items?$top=1`))[0] ?? {};
    expect(plain['fields']).toBeUndefined();
    // The docs write the options without `$`; Graph accepts both.
    const docStyle = values(await graph('GET', `${list}/items?expand=fields(select=Naam)&top=1`))[0] ?? {};
    expect(Object.keys(fieldsOf(docStyle)).sort()).toEqual(['@odata.etag', 'Naam']);
    const full = fieldsOf(values(await graph('GET', `${list}/items?$expand=fields&$top=1`))[0] ?? {});
    expect(full).toMatchObject({ Code: rows[0]?.Code, Naam: rows[0]?.Naam, Jaar: rows[0]?.Jaar });
  });
});

describe('paging', () => {
  it('follows @odata.nextLink across requests with an opaque token, with filter and order kept', async () => {
    const collected: string[] = [];
    let next: string | undefined =
      `${list}/items?$top=4&$orderby=fields/Code desc&$filter=${encodeURIComponent('fields/Jaar ge 2001')}`;
    let pages = 0;
    while (next !== undefined) {
      const reply = await graph('GET', next);
      expect(reply.status).toBe(200);
      const body = json(reply);
      expect(values(reply).length).toBeLessThanOrEqual(4);
      collected.push(...ids(reply));
      next = body['@odata.nextLink'] as string | undefined;
      if (next !== undefined) {
        expect(next).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/sites\//);
        expect(new URL(next).searchParams.get('$skiptoken')).toBeTruthy();
      }
      pages += 1;
    }
    const want = [...rowOf.entries()]
      .filter(([, r]) => r.Jaar >= 2001)
      .sort(([, a], [, b]) => b.Code.toLowerCase().localeCompare(a.Code.toLowerCase()))
      .map(([id]) => id);
    expect(collected).toEqual(want);
    expect(pages).toBe(Math.ceil(want.length / 4));
  });

  it('does not repeat or skip items when items are added between pages', async () => {
    const id = await createList(uniqueName('Stabiel'));
    const store = emulator().store;
    for (let i = 0; i < 6; i += 1) store.createItem('root', id, { Code: `c${i}` });
    const first = await graph('GET', `/sites/root/lists/${id}/items?$top=4&$orderby=fields/Code`);
    // Sorts before everything already read, and after everything not yet read.
    const early = store.createItem('root', id, { Code: 'a-early' });
    const late = store.createItem('root', id, { Code: 'z-late' });
    const all = ids(first);
    let next = json(first)['@odata.nextLink'] as string | undefined;
    while (next !== undefined) {
      const page = await graph('GET', next);
      all.push(...ids(page));
      next = json(page)['@odata.nextLink'] as string | undefined;
    }
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(7);
    expect(all).not.toContain(early.id);
    expect(all.at(-1)).toBe(late.id);
  });

  it('pages by 200 by default and caps $top at 5,000', async () => {
    const id = await createList(uniqueName('Groot'));
    emulator().store.createItems(
      'root',
      id,
      Array.from({ length: 5300 }, (_, i) => ({ Code: `g${i}`, Naam: `n${i}` })),
    );
    const defaultPage = await graph('GET', `/sites/root/lists/${id}/items`);
    expect(values(defaultPage)).toHaveLength(200);
    const capped = await graph('GET', `/sites/root/lists/${id}/items?$top=10000`);
    expect(values(capped)).toHaveLength(5000);
    const rest = await graph('GET', String(json(capped)['@odata.nextLink']));
    expect(values(rest)).toHaveLength(300);
    expect(json(rest)['@odata.nextLink']).toBeUndefined();
  });
});

describe('indexed columns and the list view threshold', () => {
  it('refuses a filter or sort on a non-indexed column unless the Prefer header is sent', async () => {
    for (const query of [
      `$filter=${encodeURIComponent("fields/Naam eq 'naam 3'")}`,
      '$orderby=fields/Naam',
    ]) {
      const refused = await graph('GET', `${list}/items?${query}`);
      expect(refused.status).toBe(400);
      expect(errorCode(refused)).toBe('invalidRequest');
      expect(String((json(refused)['error'] as Json)['message'])).toContain(
        "Field 'Naam' cannot be referenced in filter or orderby as it is not indexed.",
      );
      const allowed = await graph('GET', `${list}/items?${query}`, { headers: HONOR });
      expect(allowed.status).toBe(200);
    }
    expect(await filtered("fields/Naam eq 'naam 3'", HONOR)).toEqual(expected((r) => r.Naam === 'naam 3'));
  });

  it('on a list over 5,000 items fails scanning queries even with the header, but not indexed ones', async () => {
    const id = await createList(uniqueName('Drempel'));
    const large = `/sites/root/lists/${id}`;
    emulator().store.createItems(
      'root',
      id,
      Array.from({ length: 5001 }, (_, i) => ({ Code: `t${i % 10}`, Naam: `n${i}`, Jaar: 2000 + (i % 40) })),
    );
    const scan = await graph('GET', `${large}/items?$filter=${encodeURIComponent("fields/Naam eq 'n7'")}`, {
      headers: HONOR,
    });
    expect(scan.status).toBe(429);
    expect(scan.headers.get('retry-after')).toBeNull();
    const sort = await graph('GET', `${large}/items?$orderby=fields/Naam`, { headers: HONOR });
    expect(sort.status).toBe(429);

    const indexed = await graph(
      'GET',
      `${large}/items?$top=1000&$filter=${encodeURIComponent("fields/Code eq 't3'")}`,
    );
    expect(indexed.status).toBe(200);
    expect(values(indexed)).toHaveLength(
      Array.from({ length: 5001 }, (_, i) => i % 10).filter((r) => r === 3).length,
    );
    expect(
      values(await graph('GET', `${large}/items?$filter=${encodeURIComponent("id eq '4999'")}`)),
    ).toHaveLength(1);
    expect(ids(await graph('GET', `${large}/items?$orderby=id desc&$top=2`))).toEqual(['5001', '5000']);
    // An indexed condition that narrows below the threshold lets a non-indexed one through.
    const narrowed = await graph(
      'GET',
      `${large}/items?$filter=${encodeURIComponent("fields/Jaar eq 2003 and fields/Naam eq 'n3'")}`,
      { headers: HONOR },
    );
    expect(narrowed.status).toBe(200);
    expect(ids(narrowed)).toEqual(['4']);
  });
});
