import { describe, expect, it } from 'vitest';
import { errorCode, json, uniqueName, useEmulator, values } from './helpers.ts';

const { graph } = useEmulator();

describe('lists and columns', () => {
  it('creates a generic list with columns, derives its name, and finds it by id, name or display name', async () => {
    const displayName = `Kompas Trajecten ${uniqueName('x')}?`;
    const created = await graph('POST', '/sites/root/lists', {
      body: {
        displayName,
        columns: [
          { name: 'KompasId', text: {}, indexed: true, enforceUniqueValues: true },
          { name: 'Jaar', number: { minimum: 2000 } },
          { name: 'Start', dateTime: { format: 'dateOnly' } },
          { name: 'Status', choice: { choices: ['gepland', 'afgerond'] } },
          { name: 'Actief', boolean: {} },
          { name: 'Toelichting', text: { allowMultipleLines: true } },
        ],
        list: { template: 'genericList' },
      },
    });
    expect(created.status).toBe(201);
    const list = json(created);
    // The '?' cannot be part of a URL name; the display name keeps it.
    expect(list['name']).toBe(displayName.replace('?', ''));
    expect(list['displayName']).toBe(displayName);
    expect(list['list']).toMatchObject({ template: 'genericList' });

    for (const ref of [list['id'], list['name'], displayName]) {
      const found = await graph('GET', `/sites/root/lists/${encodeURIComponent(String(ref))}`);
      expect(found.status).toBe(200);
      expect(json(found)['id']).toBe(list['id']);
    }

    const columns = values(await graph('GET', `/sites/root/lists/${String(list['id'])}/columns`));
    const byName = new Map(columns.map((c) => [c['name'], c]));
    // Every list has Title, as the genericList template does.
    expect(byName.get('Title')).toMatchObject({ text: { maxLength: 255 } });
    expect(byName.get('KompasId')).toMatchObject({ indexed: true, enforceUniqueValues: true, text: {} });
    expect(byName.get('Jaar')).toMatchObject({ indexed: false, number: { minimum: 2000 } });
    expect(byName.get('Start')).toMatchObject({ dateTime: { format: 'dateOnly' } });
    expect(byName.get('Status')).toMatchObject({ choice: { choices: ['gepland', 'afgerond'] } });
    expect(byName.get('Actief')).toMatchObject({ boolean: {} });
    expect(byName.get('Toelichting')).toMatchObject({ text: { allowMultipleLines: true } });
  });

  it('refuses a client-chosen name, a second list with the same title, and templates it does not emulate', async () => {
    const named = await graph('POST', '/sites/root/lists', { body: { name: 'X', displayName: 'X' } });
    expect(named.status).toBe(400);
    expect(errorCode(named)).toBe('invalidRequest');

    const displayName = uniqueName('Dubbel');
    expect((await graph('POST', '/sites/root/lists', { body: { displayName } })).status).toBe(201);
    const again = await graph('POST', '/sites/root/lists', {
      body: { displayName: displayName.toUpperCase() },
    });
    expect(again.status).toBe(409);
    expect(errorCode(again)).toBe('nameAlreadyExists');

    const library = await graph('POST', '/sites/root/lists', {
      body: { displayName: uniqueName('Docs'), list: { template: 'documentLibrary' } },
    });
    expect(library.status).toBe(400);
  });

  it('refuses unknown, missing, multiple and duplicate column types, atomically for a new list', async () => {
    const displayName = uniqueName('Kolommen');
    const bad = await graph('POST', '/sites/root/lists', {
      body: {
        displayName,
        columns: [
          { name: 'Goed', text: {} },
          { name: 'Fout', colour: {} },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect((await graph('GET', `/sites/root/lists/${displayName}`)).status).toBe(404);

    const list = json(await graph('POST', '/sites/root/lists', { body: { displayName } }));
    const columns = `/sites/root/lists/${String(list['id'])}/columns`;
    const cases: [unknown, number, string][] = [
      [{ name: 'Geen' }, 400, 'invalidRequest'],
      [{ name: 'Twee', text: {}, number: {} }, 400, 'invalidRequest'],
      [{ name: 'Persoon', personOrGroup: {} }, 400, 'notSupported'],
      [{ name: 'Lang', text: { maxLength: 256 } }, 400, 'invalidRequest'],
      [{ name: 'Met spatie', text: {} }, 400, 'invalidRequest'],
      [{ name: 'title', text: {} }, 409, 'nameAlreadyExists'],
    ];
    for (const [body, status, code] of cases) {
      const reply = await graph('POST', columns, { body });
      expect({ body, status: reply.status, code: errorCode(reply) }).toEqual({ body, status, code });
    }
    expect((await graph('POST', columns, { body: { name: 'Naam', text: {} } })).status).toBe(201);
    const duplicate = await graph('POST', columns, { body: { name: 'NAAM', number: {} } });
    expect(duplicate.status).toBe(409);
    expect(errorCode(duplicate)).toBe('nameAlreadyExists');
  });

  it('indexes a column with PATCH, and keeps unique columns indexed', async () => {
    const list = json(
      await graph('POST', '/sites/root/lists', {
        body: {
          displayName: uniqueName('Index'),
          columns: [
            { name: 'Code', text: {} },
            { name: 'Uniek', text: {}, enforceUniqueValues: true },
          ],
        },
      }),
    );
    const columns = values(await graph('GET', `/sites/root/lists/${String(list['id'])}/columns`));
    const code = columns.find((c) => c['name'] === 'Code');
    const unique = columns.find((c) => c['name'] === 'Uniek');
    // SharePoint indexes a column that enforces unique values.
    expect(unique?.['indexed']).toBe(true);

    const patched = await graph(
      'PATCH',
      `/sites/root/lists/${String(list['id'])}/columns/${String(code?.['id'])}`,
      {
        body: { indexed: true },
      },
    );
    expect(patched.status).toBe(200);
    expect(json(patched)['indexed']).toBe(true);
    const again = values(await graph('GET', `/sites/root/lists/${String(list['id'])}/columns`));
    expect(again.find((c) => c['name'] === 'Code')?.['indexed']).toBe(true);

    const unindex = await graph(
      'PATCH',
      `/sites/root/lists/${String(list['id'])}/columns/${String(unique?.['id'])}`,
      {
        body: { indexed: false },
      },
    );
    expect(unindex.status).toBe(400);
  });

  it('lists the lists of a site and deletes one', async () => {
    const displayName = uniqueName('Weg');
    const list = json(await graph('POST', '/sites/root/lists', { body: { displayName } }));
    const names = values(await graph('GET', '/sites/root/lists')).map((l) => l['displayName']);
    expect(names).toContain(displayName);
    const filtered = values(await graph('GET', `/sites/root/lists?$filter=displayName eq '${displayName}'`));
    expect(filtered.map((l) => l['id'])).toEqual([list['id']]);
    expect((await graph('DELETE', `/sites/root/lists/${String(list['id'])}`)).status).toBe(204);
    const gone = await graph('GET', `/sites/root/lists/${String(list['id'])}`);
    expect(gone.status).toBe(404);
    expect(errorCode(gone)).toBe('itemNotFound');
  });
});
