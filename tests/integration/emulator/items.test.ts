import { describe, expect, it } from 'vitest';
import { errorCode, fieldsOf, json, uniqueName, useEmulator, values, type Json } from './helpers.ts';

const { graph, emulator } = useEmulator();

async function newList(): Promise<string> {
  const created = await graph('POST', '/sites/root/lists', {
    body: {
      displayName: uniqueName('Items'),
      columns: [
        { name: 'KompasId', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'Jaar', number: { minimum: 2000, maximum: 2100 } },
        { name: 'Datum', dateTime: {} },
        { name: 'Status', choice: { choices: ['gepland', 'afgerond'] } },
        { name: 'Actief', boolean: {} },
        { name: 'Kort', text: { maxLength: 5 } },
      ],
    },
  });
  return `/sites/root/lists/${String(json(created)['id'])}`;
}

describe('list items', () => {
  it('creates an item with id, eTag, dates and the signed-in user as author', async () => {
    const list = await newList();
    const created = await graph('POST', `${list}/items`, {
      body: {
        fields: {
          Title: 'Eerste',
          KompasId: 'k-1',
          Jaar: 2024,
          Datum: '2024-03-01T10:00:00+01:00',
          Actief: true,
        },
      },
      token: 'user:bram@voorbeeldstad.nl',
    });
    expect(created.status).toBe(201);
    const item = json(created);
    expect(item['id']).toMatch(/^\d+$/);
    expect(item['eTag']).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(item['@odata.etag']).toBe(item['eTag']);
    expect(created.headers.get('etag')).toBe(item['eTag']);
    expect(item['createdBy']).toMatchObject({ user: { email: 'bram@voorbeeldstad.nl' } });
    expect(item['lastModifiedBy']).toMatchObject({ user: { email: 'bram@voorbeeldstad.nl' } });
    expect(Date.parse(String(item['createdDateTime']))).not.toBeNaN();
    // Date-times come back in UTC.
    expect(fieldsOf(item)).toMatchObject({
      Title: 'Eerste',
      KompasId: 'k-1',
      Jaar: 2024,
      Datum: '2024-03-01T09:00:00Z',
      Actief: true,
    });

    const second = json(await graph('POST', `${list}/items`, { body: { fields: { KompasId: 'k-2' } } }));
    expect(Number(second['id'])).toBeGreaterThan(Number(item['id']));
  });

  it('validates field values against the column types and refuses unknown and read-only fields', async () => {
    const list = await newList();
    const bad: Json[] = [
      { Jaar: 'twintig' },
      { Jaar: 1999 },
      { Datum: 'morgen' },
      { Status: 'onbekend' },
      { Actief: 'ja' },
      { Kort: 'te lang' },
      { Title: 42 },
      { Onbekend: 'x' },
      { id: '7' },
      { Created: '2024-01-01T00:00:00Z' },
    ];
    for (const fields of bad) {
      const reply = await graph('POST', `${list}/items`, { body: { fields } });
      expect({ fields, status: reply.status, code: errorCode(reply) }).toEqual({
        fields,
        status: 400,
        code: 'invalidRequest',
      });
    }
    expect(values(await graph('GET', `${list}/items`))).toEqual([]);
    const good = await graph('POST', `${list}/items`, {
      body: { fields: { Jaar: 2000, Status: 'afgerond', Actief: false, Kort: 'vijf!', Datum: '2024-02-29' } },
    });
    expect(good.status).toBe(201);
  });

  it('changes the eTag on every write; a stale If-Match gets 412 and changes nothing; * matches anything', async () => {
    const list = await newList();
    const item = json(
      await graph('POST', `${list}/items`, { body: { fields: { Title: 'v1', KompasId: 'e-1' } } }),
    );
    const url = `${list}/items/${String(item['id'])}`;
    const firstTag = String(item['eTag']);

    const update = await graph('PATCH', `${url}/fields`, {
      body: { Title: 'v2' },
      headers: { 'if-match': firstTag },
    });
    expect(update.status).toBe(200);
    const secondTag = String(json(update)['@odata.etag']);
    expect(secondTag).not.toBe(firstTag);
    expect(update.headers.get('etag')).toBe(secondTag);

    const stale = await graph('PATCH', `${url}/fields`, {
      body: { Title: 'mine' },
      headers: { 'if-match': firstTag },
    });
    expect(stale.status).toBe(412);
    expect(errorCode(stale)).toBe('preconditionFailed');
    const after = json(await graph('GET', `${url}?$expand=fields`));
    expect(fieldsOf(after)['Title']).toBe('v2');
    expect(after['eTag']).toBe(secondTag);

    const any = await graph('PATCH', url, {
      body: { fields: { Title: 'v3' } },
      headers: { 'if-match': '*' },
    });
    expect(any.status).toBe(200);
    expect(fieldsOf(json(any))['Title']).toBe('v3');
    expect(json(any)['eTag']).not.toBe(secondTag);

    const staleDelete = await graph('DELETE', url, { headers: { 'if-match': secondTag } });
    expect(staleDelete.status).toBe(412);
    expect((await graph('GET', url)).status).toBe(200);
    const current = String(json(any)['eTag']);
    expect((await graph('DELETE', url, { headers: { 'if-match': current } })).status).toBe(204);
    const gone = await graph('GET', url);
    expect(gone.status).toBe(404);
    expect(errorCode(gone)).toBe('itemNotFound');
  });

  it('enforces unique values (case-insensitively, as SharePoint) on create and update', async () => {
    const list = await newList();
    const first = json(await graph('POST', `${list}/items`, { body: { fields: { KompasId: 'Uniek-1' } } }));
    const duplicate = await graph('POST', `${list}/items`, { body: { fields: { KompasId: 'uniek-1' } } });
    expect(duplicate.status).toBe(409);
    expect(errorCode(duplicate)).toBe('nameAlreadyExists');
    expect(JSON.stringify(duplicate.body)).toContain('duplicate values were found');

    const second = json(await graph('POST', `${list}/items`, { body: { fields: { KompasId: 'Uniek-2' } } }));
    const clash = await graph('PATCH', `${list}/items/${String(second['id'])}/fields`, {
      body: { KompasId: 'UNIEK-1' },
    });
    expect(clash.status).toBe(409);
    // Writing an item's own value again is no clash; a freed value can be taken.
    expect(
      (await graph('PATCH', `${list}/items/${String(first['id'])}/fields`, { body: { KompasId: 'Uniek-1' } }))
        .status,
    ).toBe(200);
    expect((await graph('DELETE', `${list}/items/${String(first['id'])}`)).status).toBe(204);
    expect(
      (
        await graph('PATCH', `${list}/items/${String(second['id'])}/fields`, {
          body: { KompasId: 'uniek-1' },
        })
      ).status,
    ).toBe(200);
  });

  it('keeps versions with their fields, newest first', async () => {
    const list = await newList();
    const item = json(
      await graph('POST', `${list}/items`, {
        body: { fields: { Title: 'een' } },
        token: 'user:a@voorbeeldstad.nl',
      }),
    );
    const url = `${list}/items/${String(item['id'])}`;
    await graph('PATCH', `${url}/fields`, { body: { Title: 'twee' }, token: 'user:b@voorbeeldstad.nl' });
    await graph('PATCH', `${url}/fields`, {
      body: { Title: 'drie', Jaar: 2030 },
      token: 'user:c@voorbeeldstad.nl',
    });
    const versions = values(await graph('GET', `${url}/versions`));
    expect(versions.map((v) => v['id'])).toEqual(['3.0', '2.0', '1.0']);
    expect(versions.map((v) => fieldsOf(v)['Title'])).toEqual(['drie', 'twee', 'een']);
    expect(versions.map((v) => (v['lastModifiedBy'] as Json)['user'])).toMatchObject([
      { email: 'c@voorbeeldstad.nl' },
      { email: 'b@voorbeeldstad.nl' },
      { email: 'a@voorbeeldstad.nl' },
    ]);
    expect(fieldsOf(versions[2] ?? {})['Jaar']).toBeUndefined();
    expect(json(await graph('GET', `${url}/versions/2.0`))['id']).toBe('2.0');
  });

  it('lets the store API seed and inspect items with the same rules', async () => {
    const list = await newList();
    const listId = list.split('/').at(-1) ?? '';
    const store = emulator().store;
    const seeded = store.createItem(
      'root',
      listId,
      { KompasId: 'via-store', Jaar: 2025 },
      { by: 'seed@voorbeeldstad.nl' },
    );
    expect(() => store.createItem('root', listId, { KompasId: 'VIA-STORE' })).toThrow(/duplicate values/);
    expect(() => store.createItem('root', listId, { Jaar: 'x' })).toThrow(/not valid/);
    // Hand-edited oddities can be seeded deliberately.
    const odd = store.createItem('root', listId, { Jaar: 'geen getal' }, { unchecked: true });
    const reply = json(await graph('GET', `${list}/items/${odd.id}?$expand=fields`));
    expect(fieldsOf(reply)['Jaar']).toBe('geen getal');
    expect(store.item('root', listId, seeded.id)?.createdBy).toBe('seed@voorbeeldstad.nl');
  });
});
