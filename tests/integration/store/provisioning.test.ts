import { afterEach, describe, expect, it } from 'vitest';
import { isKompasError, KompasError } from '../../../shared/domain/errors.ts';
import {
  instellingenList,
  provisionedLists,
  SCHEMA_VERSION_KEY,
  STORE_SCHEMA_VERSION,
  type PlainListDefinition,
} from '../../../shared/graph/lists/index.ts';
import { ensureProvisioned, provisionSite, readSchemaVersion } from '../../../shared/graph/provisioning.ts';
import type { FetchLike } from '../../../shared/graph/transport.ts';
import { newTrajectId, plain, sample, traject } from '../../contract/fixtures.ts';
import { startStoreHarness, USER, type StoreHarness } from '../../contract/graph-harness.ts';

let harness: StoreHarness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(): Promise<StoreHarness> {
  harness = await startStoreHarness({ provision: false });
  return harness;
}

/** The schema as the emulator holds it: lists, their columns and index settings. */
function schemaOf(h: StoreHarness, siteId = h.siteId): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const list of h.store.lists(siteId)) {
    if (!list.name.startsWith('Kompas')) continue;
    out[list.name] = Object.fromEntries(
      list.columns
        .filter((c) => !c.system)
        .map((c) => [
          c.name,
          `${c.type.kind}${c.indexed ? ' indexed' : ''}${c.enforceUniqueValues ? ' unique' : ''}`,
        ]),
    );
  }
  return out;
}

function expectFullSchema(h: StoreHarness, siteId = h.siteId): void {
  const schema = schemaOf(h, siteId);
  expect(Object.keys(schema).sort()).toEqual(provisionedLists.map((l) => l.listName).sort());
  for (const list of provisionedLists) {
    for (const column of list.columns) {
      const stored = schema[list.listName]?.[column.name];
      expect(stored, `${list.listName}.${column.name}`).toBeDefined();
      if (column.unique === true) expect(stored).toMatch(/indexed unique$/);
      else if (column.indexed === true) expect(stored).toMatch(/indexed$/);
    }
  }
}

function settingItems(h: StoreHarness, siteId = h.siteId) {
  return h.store
    .items(siteId, instellingenList.listName)
    .filter((i) => i.fields['KompasId'] === SCHEMA_VERSION_KEY);
}

describe('provisioning', () => {
  it('creates every list with its columns and indexes, and records the schema version', async () => {
    const h = await start();
    const report = await provisionSite(h.transport(), h.sitePath);
    expect([...report.createdLists].sort()).toEqual(provisionedLists.map((l) => l.listName).sort());
    expectFullSchema(h);
    expect(settingItems(h).map((i) => i.fields['Waarde'])).toEqual([String(STORE_SCHEMA_VERSION)]);
    expect(await readSchemaVersion(h.transport(), h.sitePath)).toBe(STORE_SCHEMA_VERSION);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const h = await start();
    await provisionSite(h.transport(), h.sitePath);
    const before = schemaOf(h);
    const second = await provisionSite(h.transport(), h.sitePath);
    expect(second).toMatchObject({
      createdLists: [],
      addedColumns: [],
      indexedColumns: [],
      mismatchedColumns: [],
    });
    expect(schemaOf(h)).toEqual(before);
    expect(settingItems(h)).toHaveLength(1);
  });

  it('finishes a run that crashed half-way, ending in the same schema', async () => {
    const h = await start();
    // The network dies after a handful of requests: some lists exist, others do not.
    let calls = 0;
    const dying: FetchLike = (input, init) =>
      ++calls > 6 ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init);
    await expect(
      provisionSite(h.transport({ fetch: dying, retry: { maxAttempts: 1 } }), h.sitePath),
    ).rejects.toSatisfy((e) => isKompasError(e, 'Network'));
    expect(Object.keys(schemaOf(h)).length).toBeLessThan(provisionedLists.length);
    expect(await readSchemaVersion(h.transport(), h.sitePath)).toBeUndefined();

    await provisionSite(h.transport(), h.sitePath);
    const reference = h.newTeam('Referentie');
    await provisionSite(h.transport(), reference.sitePath);
    expect(schemaOf(h)).toEqual(schemaOf(h, reference.siteId));
    expectFullSchema(h);
  });

  it('repairs a deleted list, a deleted column and a dropped index without touching data', async () => {
    const h = await start();
    await provisionSite(h.transport(), h.sitePath);
    const repo = h.repo();
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));
    const actie = await repo.save('actie', sample('actie', trajectId));

    h.store.deleteList(h.siteId, 'KompasPartners');
    h.store.deleteColumn(h.siteId, 'KompasMetingen', 'Bron');
    const trajectIdColumn = h.store
      .list(h.siteId, 'KompasActies')
      ?.columns.find((c) => c.name === 'TrajectId');
    h.store.updateColumn(h.siteId, 'KompasActies', trajectIdColumn?.id ?? '', { indexed: false });

    const report = await provisionSite(h.transport(), h.sitePath);
    expect(report.createdLists).toEqual(['KompasPartners']);
    expect(report.addedColumns).toEqual(['KompasMetingen.Bron']);
    expect(report.indexedColumns).toEqual(['KompasActies.TrajectId']);
    expectFullSchema(h);
    expect((await repo.openTraject(trajectId)).acties).toEqual([actie]);
  });

  it('adds the columns of a newer schema to existing lists and keeps their data', async () => {
    const h = await start();
    await provisionSite(h.transport(), h.sitePath);
    const repo = h.repo();
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));
    const actie = await repo.save('actie', sample('actie', trajectId));

    const next = STORE_SCHEMA_VERSION + 1;
    const newer: PlainListDefinition[] = provisionedLists.map((l) =>
      l.listName === 'KompasActies'
        ? {
            ...l,
            columns: [
              ...l.columns,
              {
                name: 'Prioriteit',
                displayName: 'Prioriteit',
                type: 'choice',
                choices: ['hoog', 'laag'],
                since: next,
              },
            ],
          }
        : l,
    );
    const report = await provisionSite(h.transport(), h.sitePath, { lists: newer, schemaVersion: next });
    expect(report.addedColumns).toEqual(['KompasActies.Prioriteit']);
    expect(report.createdLists).toEqual([]);
    expect(schemaOf(h)['KompasActies']?.['Prioriteit']).toBe('choice');
    expect(await readSchemaVersion(h.transport(), h.sitePath)).toBe(next);

    // The data is there, and this (older) app still reads it and does not lower the version.
    const snapshot = await repo.openTraject(trajectId);
    expect(snapshot.acties.map(plain)).toEqual([plain(actie)]);
    expect(snapshot.problems).toEqual([]);
    expect(await ensureProvisioned(h.transport(), h.sitePath)).toBe('up-to-date');
    await provisionSite(h.transport(), h.sitePath);
    expect(await readSchemaVersion(h.transport(), h.sitePath)).toBe(next);
  });

  it('checks with one request when the site is up to date', async () => {
    const h = await start();
    expect(await ensureProvisioned(h.transport(), h.sitePath)).not.toBe('up-to-date');
    await h.resetStats();
    expect(await ensureProvisioned(h.transport(), h.sitePath)).toBe('up-to-date');
    expect((await h.stats()).requests).toBe(1);
  });

  it('explains a member who may not create lists: NotProvisioned, nothing half-made', async () => {
    const h = await start();
    h.store.setAccess(h.siteId, USER, 'read');
    const e = await provisionSite(h.transport(), h.sitePath).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(KompasError);
    expect(isKompasError(e, 'NotProvisioned')).toBe(true);
    expect((e as KompasError).status).toBe(403);
    expect(schemaOf(h)).toEqual({});

    h.store.setAccess(h.siteId, USER, 'none');
    const denied = await provisionSite(h.transport(), h.sitePath).catch((x: unknown) => x);
    expect(isKompasError(denied, 'PermissionDenied')).toBe(true);
  });

  it('reports NotProvisioned when the app opens a site without its lists', async () => {
    const h = await start();
    const e = await h
      .repo()
      .openTraject(newTrajectId())
      .catch((x: unknown) => x);
    expect(isKompasError(e, 'NotProvisioned')).toBe(true);
    const save = await h
      .repo()
      .save('traject', traject(newTrajectId()))
      .catch((x: unknown) => x);
    expect(isKompasError(save, 'NotProvisioned')).toBe(true);
  });
});
