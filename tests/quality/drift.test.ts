/**
 * A team site whose Kompas lists drifted: a municipality deleted a column, added its own, gave a
 * column another display name, recreated one under another name or with another type, and
 * edited items by hand (broken JSON, a number in a text column, no KompasId, an unknown choice,
 * a date written the Dutch way). Kompas opens the traject anyway and reports what it cannot
 * read; provisioning adds what is missing and touches no data; and saving a record writes only
 * the record's own columns, so what the municipality added keeps its value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isKompasError, type KompasError } from '../../shared/domain/errors.ts';
import { TrajectIdSchema, type TrajectId } from '../../shared/domain/ids.ts';
import { antwoordId, entitySchemas, type EntityKind } from '../../shared/domain/model.ts';
import { listDefinitions } from '../../shared/graph/lists/index.ts';
import { provisionSite } from '../../shared/graph/provisioning.ts';
import type { FetchLike } from '../../shared/graph/transport.ts';
import { GraphTrajectRepository } from '../../shared/graph/graph-repository.ts';
import type { ItemSnapshot } from '../../devtools/graph-emulator/store.ts';
import { plain } from '../contract/fixtures.ts';
import { startStoreHarness, type StoreHarness } from '../contract/graph-harness.ts';

let h: StoreHarness;

beforeAll(async () => {
  h = await startStoreHarness();
});

afterAll(async () => {
  await h.close();
});

const HAND = 'beheer@voorbeeldstad.nl';

/** A request the transport sent, with its JSON body. */
interface Sent {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** A counting fetch: every request the transport sends, then the real one. */
function recording(sent: Sent[]): FetchLike {
  return (input, init) => {
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    sent.push({ method: init.method ?? 'GET', path: new URL(input).pathname, body });
    return fetch(input, init);
  };
}

interface Site {
  readonly siteId: string;
  readonly sitePath: string;
  readonly trajectId: TrajectId;
  /** Item ids by what they are, to check loads and problems against. */
  readonly good: Readonly<Record<string, string>>;
  readonly bad: readonly { readonly kind: EntityKind; readonly itemId: string; readonly field: RegExp }[];
}

type Kind = Exclude<EntityKind, 'traject'>;

function fieldsOf<K extends EntityKind>(kind: K, record: unknown): Record<string, unknown> {
  const entity = entitySchemas[kind].parse(record);
  // POST leaves empty cells out, as the repository does.
  return Object.fromEntries(
    Object.entries(listDefinitions[kind].toFields(entity)).filter(([, v]) => v !== null),
  );
}

/**
 * A provisioned team site, then changed by hand as a municipality might: columns missing,
 * extra, renamed and wrongly typed, and items with values Kompas cannot read.
 */
async function driftedSite(name: string): Promise<Site> {
  const team = h.newTeam(name);
  await provisionSite(h.transport(), team.sitePath);
  const { siteId } = team;
  const store = h.store;
  const trajectId = TrajectIdSchema.parse(`traject-${team.groupId.slice(0, 8)}`);
  const t = trajectId;
  const column = (list: string, columnName: string) =>
    store.list(siteId, list)?.columns.find((c) => c.name === columnName)?.id ?? '';

  // Columns: missing (deleted), extra (the municipality's own), renamed (display name, and an
  // internal name recreated under another one), and wrongly typed.
  store.deleteColumn(siteId, 'KompasActies', 'Deadline');
  store.addColumn(siteId, 'KompasActies', { name: 'Wethouder', displayName: 'Wethouder', text: {} });
  store.updateColumn(siteId, 'KompasActies', column('KompasActies', 'Tekst'), {
    displayName: 'Omschrijving',
  });
  store.deleteColumn(siteId, 'KompasMetingen', 'Bron');
  store.addColumn(siteId, 'KompasMetingen', { name: 'Bronvermelding', displayName: 'Bron', text: {} });
  store.deleteColumn(siteId, 'KompasIndicatoren', 'BasisWaarde');
  store.addColumn(siteId, 'KompasIndicatoren', { name: 'BasisWaarde', displayName: 'Basiswaarde', text: {} });
  store.deleteColumn(siteId, 'KompasAntwoorden', 'Revisie');
  store.addColumn(siteId, 'KompasAntwoorden', { name: 'Revisie', displayName: 'Revisie', text: {} });

  const put = (list: string, fields: Record<string, unknown>, unchecked = false): string =>
    store.createItem(siteId, list, fields, { by: HAND, unchecked }).id;

  put(
    'KompasTrajecten',
    fieldsOf('traject', {
      id: t,
      naam: 'Samen sterk in Voorbeeldstad',
      gemeente: 'Voorbeeldstad',
      editie: 'sgg',
      aangemaakt: '2026-03-02T09:30:00Z',
    }),
  );
  const actie = (n: number, more: Record<string, unknown> = {}) => ({
    ...fieldsOf('actie', {
      id: `actie-${n}-${t}`.slice(0, 64),
      trajectId: t,
      tekst: `Plan gesprek ${n} met de scholen`,
      eigenaar: 'bram@voorbeeldstad.nl',
      status: 'open',
      herkomst: { soort: 'bouwsteen', bouwsteen: '3B' },
      aangemaakt: '2026-03-03T08:00:00Z',
    }),
    Deadline: undefined,
    ...more,
  });
  const indicator = (n: number, more: Record<string, unknown> = {}) => ({
    ...fieldsOf('indicator', {
      id: `indicator-${n}-${t}`.slice(0, 64),
      trajectId: t,
      soort: 'indicator',
      naam: `Meldingen ${n}`,
      eenheid: '%',
    }),
    ...more,
  });
  const meting = (n: number, more: Record<string, unknown> = {}) => ({
    ...fieldsOf('meting', {
      id: `meting-${n}-${t}`.slice(0, 64),
      trajectId: t,
      indicatorId: `indicator-1-${t}`.slice(0, 64),
      datum: '2026-03-15',
      waarde: 12,
    }),
    Bron: undefined,
    ...more,
  });
  const antwoord = (questionId: string, more: Record<string, unknown> = {}) => ({
    ...fieldsOf('antwoord', {
      id: antwoordId(t, questionId),
      trajectId: t,
      questionId,
      value: { kind: 'text', text: `Antwoord op ${questionId}` },
      auteur: 'anna@voorbeeldstad.nl',
      gewijzigd: '2026-03-04T10:00:00Z',
      revisie: 2,
    }),
    Revisie: '2',
    ...more,
  });
  const drop = (fields: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));

  const good = {
    actie: put('KompasActies', drop(actie(1, { Wethouder: 'Wethouder Jansen' }))),
    indicator: put('KompasIndicatoren', drop(indicator(1))),
    // A number typed into a text column: still a number.
    indicatorTextNumber: put(
      'KompasIndicatoren',
      drop(indicator(2, { BasisWaarde: '81', BasisDatum: '2025-01-01' })),
    ),
    // Made in SharePoint by hand: only the cells a person fills in there.
    indicatorByHand: put('KompasIndicatoren', {
      Title: 'Wachttijd jeugdhulp',
      KompasId: `indicator-4-${t}`.slice(0, 64),
      TrajectId: t,
      Soort: 'signaal',
    }),
    meting: put('KompasMetingen', drop(meting(1, { Bronvermelding: 'CBS' }))),
    antwoord: put('KompasAntwoorden', drop(antwoord('2.ambitie'))),
  };
  const bad: Site['bad'] = [
    {
      kind: 'actie',
      itemId: put('KompasActies', drop(actie(2, { Herkomst: '{"soort": "bouwsteen", "bouwsteen": "3B"' }))),
      field: /Herkomst/,
    },
    { kind: 'actie', itemId: put('KompasActies', drop(actie(3, { Tekst: 42 })), true), field: /Tekst/ },
    {
      kind: 'actie',
      itemId: put('KompasActies', drop(actie(4, { KompasId: undefined }))),
      field: /KompasId/,
    },
    {
      kind: 'actie',
      itemId: put('KompasActies', drop(actie(5, { Status: 'gepauzeerd' })), true),
      field: /status/,
    },
    {
      kind: 'meting',
      itemId: put('KompasMetingen', drop(meting(2, { Datum: '15-03-2026' }))),
      field: /datum/,
    },
    // A Dutch decimal in the text column that should have been a number.
    {
      kind: 'indicator',
      itemId: put('KompasIndicatoren', drop(indicator(3, { BasisWaarde: '12,5', BasisDatum: '2025-01-01' }))),
      field: /BasisWaarde/,
    },
    {
      kind: 'antwoord',
      itemId: put('KompasAntwoorden', drop(antwoord('1B.ambities', { Revisie: 'twee' }))),
      field: /Revisie/,
    },
    {
      kind: 'antwoord',
      itemId: put(
        'KompasAntwoorden',
        drop(antwoord('2.resultaten', { Waarde: '{"kind":"tekst","text":"x"}' })),
      ),
      field: /value/,
    },
  ];
  // Another traject's broken item is not this traject's problem.
  put('KompasActies', drop(actie(6, { TrajectId: 'traject-anders-01', Herkomst: 'kapot' })));
  return { siteId, sitePath: team.sitePath, trajectId, good, bad };
}

function repoOn(site: Site, fetch?: FetchLike): GraphTrajectRepository {
  return new GraphTrajectRepository({
    transport: h.transport(fetch === undefined ? {} : { fetch }),
    sitePath: site.sitePath,
  });
}

/** Every Kompas list's items, fields as stored. */
function contents(site: Site): Record<string, readonly ItemSnapshot['fields'][]> {
  return Object.fromEntries(
    h.store
      .lists(site.siteId)
      .filter((l) => l.name.startsWith('Kompas'))
      .map((l) => [l.name, h.store.items(site.siteId, l.name).map((i) => i.fields)]),
  );
}

describe('lists that drifted from what Kompas created', () => {
  it('open a traject: what can be read loads, the rest is reported per item with readable issues', async () => {
    const site = await driftedSite('Gemeente Drift');
    const snapshot = await repoOn(site).openTraject(site.trajectId);

    const loaded = (records: readonly { id: string }[]) => records.map((r) => r.id);
    expect(loaded(snapshot.acties)).toEqual([`actie-1-${site.trajectId}`]);
    expect(snapshot.acties[0]?.deadline).toBeUndefined();
    expect(loaded(snapshot.indicatoren).sort()).toEqual(
      [1, 2, 4].map((n) => `indicator-${n}-${site.trajectId}`).sort(),
    );
    expect(snapshot.indicatoren.find((i) => i.id.startsWith('indicator-2'))?.basis).toEqual({
      waarde: 81,
      datum: '2025-01-01',
    });
    // The value in the recreated column is not Kompas's; the meting loads without it.
    expect(snapshot.metingen.map((m) => [m.id, m.bron])).toEqual([[`meting-1-${site.trajectId}`, '']]);
    expect(snapshot.antwoorden.map((a) => [a.questionId, a.revisie])).toEqual([['2.ambitie', 2]]);

    const byItem = new Map(snapshot.problems.map((p) => [`${p.kind}/${p.itemId}`, p.issues]));
    expect([...byItem.keys()].sort()).toEqual(site.bad.map(({ kind, itemId }) => `${kind}/${itemId}`).sort());
    for (const { kind, itemId, field } of site.bad) {
      const issues = byItem.get(`${kind}/${itemId}`) ?? [];
      expect(issues.join('; '), `${kind} item ${itemId}`).toMatch(field);
      // Readable: plain lines, no serialised objects or stack traces.
      for (const issue of issues) expect(issue).toMatch(/^[^{}\n]{3,300}$/);
    }
  });

  it('provisioning adds the missing columns, leaves the rest alone and changes no item', async () => {
    const site = await driftedSite('Gemeente Reparatie');
    const before = structuredClone(contents(site));
    const problemsBefore = (await repoOn(site).openTraject(site.trajectId)).problems;

    const report = await provisionSite(h.transport(), site.sitePath);
    expect(report.createdLists).toEqual([]);
    expect([...report.addedColumns].sort()).toEqual(['KompasActies.Deadline', 'KompasMetingen.Bron']);
    expect([...report.mismatchedColumns].sort()).toEqual([
      'KompasAntwoorden.Revisie',
      'KompasIndicatoren.BasisWaarde',
    ]);

    expect(contents(site)).toEqual(before);
    const columns = (list: string) => h.store.list(site.siteId, list)?.columns ?? [];
    expect(columns('KompasActies').find((c) => c.name === 'Wethouder')).toBeDefined();
    expect(columns('KompasActies').find((c) => c.name === 'Tekst')?.displayName).toBe('Omschrijving');
    expect(columns('KompasMetingen').find((c) => c.name === 'Bronvermelding')).toBeDefined();
    expect(columns('KompasIndicatoren').find((c) => c.name === 'BasisWaarde')?.type.kind).toBe('text');

    // Reading is unchanged; a second run has nothing left to add.
    expect((await repoOn(site).openTraject(site.trajectId)).problems).toEqual(problemsBefore);
    const again = await provisionSite(h.transport(), site.sitePath);
    expect(again.addedColumns).toEqual([]);
    expect(contents(site)).toEqual(before);
  });

  it('saving writes only the record’s own columns, and what the municipality added keeps its value', async () => {
    const site = await driftedSite('Gemeente Opslaan');
    await provisionSite(h.transport(), site.sitePath);
    const sent: Sent[] = [];
    const repo = repoOn(site, recording(sent));
    const snapshot = await repo.openTraject(site.trajectId);

    // One field each, as a person edits it in Kompas.
    /** `touched`: the cells the edit changes; `read`: the record fields they hold. */
    const edits: {
      kind: Kind;
      save: () => Promise<unknown>;
      itemId: string;
      touched: readonly string[];
      read: readonly string[];
    }[] = [];
    for (const a of snapshot.acties) {
      edits.push({
        kind: 'actie',
        itemId: site.good['actie'] ?? '',
        touched: ['Status'],
        read: ['status'],
        save: () => repo.save('actie', { ...plain(a), status: 'afgerond' }, a.version),
      });
    }
    const byHand = snapshot.indicatoren.find((i) => i.id.startsWith('indicator-4'));
    if (byHand !== undefined) {
      edits.push({
        kind: 'indicator',
        itemId: site.good['indicatorByHand'] ?? '',
        touched: ['Title'],
        read: ['naam'],
        save: () =>
          repo.save('indicator', { ...plain(byHand), naam: 'Wachttijd jeugdhulp (weken)' }, byHand.version),
      });
    }
    for (const m of snapshot.metingen) {
      edits.push({
        kind: 'meting',
        itemId: site.good['meting'] ?? '',
        touched: ['Toelichting'],
        read: ['toelichting'],
        save: () => repo.save('meting', { ...plain(m), toelichting: 'Gecorrigeerd' }, m.version),
      });
    }
    for (const a of snapshot.antwoorden) {
      edits.push({
        kind: 'antwoord',
        itemId: site.good['antwoord'] ?? '',
        touched: ['Waarde', 'Revisie', 'Gewijzigd'],
        read: ['value', 'revisie', 'gewijzigd'],
        save: () =>
          repo.save(
            'antwoord',
            {
              ...plain(a),
              value: { kind: 'text', text: 'Herzien' },
              revisie: a.revisie + 1,
              gewijzigd: '2026-03-05T10:00:00Z',
            },
            a.version,
          ),
      });
    }
    expect(edits.map((e) => e.kind).sort()).toEqual(['actie', 'antwoord', 'indicator', 'meting']);

    for (const edit of edits) {
      const def = listDefinitions[edit.kind];
      const before = h.store.item(site.siteId, def.listName, edit.itemId)?.fields ?? {};
      sent.length = 0;
      const outcome = await edit.save().catch((e: unknown) => e);
      const patches = sent.filter((s) => s.method === 'PATCH');
      expect(patches, `${edit.kind}: one PATCH`).toHaveLength(1);
      const body = z.record(z.string(), z.unknown()).parse(patches[0]?.body);
      const own = new Set(['Title', ...def.columns.map((c) => c.name)]);
      expect(
        Object.keys(body).filter((k) => !own.has(k)),
        `${edit.kind}: foreign columns`,
      ).toEqual([]);

      if (edit.kind === 'antwoord') {
        // The municipality typed Revisie as text: the number Kompas writes is refused, nothing changes.
        expect(isKompasError(outcome, 'Validation'), String(outcome)).toBe(true);
        expect((outcome as KompasError).issues.join(' ')).toMatch(/Revisie/);
        expect(h.store.item(site.siteId, def.listName, edit.itemId)?.fields).toEqual(before);
        continue;
      }
      expect(outcome).not.toBeInstanceOf(Error);
      const after = h.store.item(site.siteId, def.listName, edit.itemId)?.fields ?? {};
      // Columns that are not Kompas's keep their value exactly; Kompas's own untouched cells keep
      // theirs, except that an empty cell may get the value Kompas reads it as (checked below).
      for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (edit.touched.includes(name)) continue;
        const change = `${edit.kind}.${name}: ${String(before[name])} → ${String(after[name])}`;
        if (!own.has(name)) expect(after[name], change).toEqual(before[name]);
        else if (!isEmpty(before[name])) expect(same(after[name], before[name]), change).toBe(true);
      }
      const reading = (fields: Record<string, unknown>) => {
        const decoded = def.toDomain(fields, edit.itemId);
        if ('problem' in decoded) throw new Error(decoded.problem.issues.join('; '));
        return Object.fromEntries(Object.entries(decoded.ok).filter(([k]) => !edit.read.includes(k)));
      };
      expect(reading(after), `${edit.kind}: what Kompas reads`).toEqual(reading(before));
    }
    expect(h.store.item(site.siteId, 'KompasActies', site.good['actie'] ?? '')?.fields['Wethouder']).toBe(
      'Wethouder Jansen',
    );
    expect(
      h.store.item(site.siteId, 'KompasMetingen', site.good['meting'] ?? '')?.fields['Bronvermelding'],
    ).toBe('CBS');
  });

  it('saving into a column missing before repair fails as Validation naming the column, and writes nothing', async () => {
    const site = await driftedSite('Gemeente Zonder Deadline');
    const repo = repoOn(site);
    const snapshot = await repo.openTraject(site.trajectId);
    const [actie] = snapshot.acties;
    if (actie === undefined) throw new Error('no actie loaded');
    const before = contents(site);
    const outcome = await repo
      .save('actie', { ...plain(actie), deadline: '2026-06-01' }, actie.version)
      .catch((e: unknown) => e);
    expect(isKompasError(outcome, 'Validation'), String(outcome)).toBe(true);
    expect((outcome as KompasError).issues.join(' ')).toMatch(/Deadline/);
    expect(contents(site)).toEqual(before);
  });
});

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/** Two cells mean the same: empty is empty, JSON by value. */
function same(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (typeof a === 'string' && typeof b === 'string' && /^[[{]/.test(a) && /^[[{]/.test(b)) {
    try {
      return JSON.stringify(sortKeys(JSON.parse(a))) === JSON.stringify(sortKeys(JSON.parse(b)));
    } catch {
      return a === b;
    }
  }
  return a === b;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(
      Object.entries(v)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, x]) => [k, sortKeys(x)]),
    );
  }
  return v;
}
