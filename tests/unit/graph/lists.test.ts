import { describe, expect, it } from 'vitest';
import { entityKinds, type EntityKind } from '../../../shared/domain/model.ts';
import { sameContent } from '../../../shared/graph/graph-repository.ts';
import {
  KOMPAS_ID,
  listDefinitions,
  provisionedLists,
  STORE_SCHEMA_VERSION,
  toColumnDefinition,
  TRAJECT_ID,
  type Fields,
  type ListDefinition,
} from '../../../shared/graph/lists/index.ts';
import { changed, newTrajectId, sample } from '../../contract/fixtures.ts';

function def<K extends EntityKind>(kind: K): ListDefinition<K> {
  return listDefinitions[kind];
}

function withoutNulls(fields: Fields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
}

describe('SharePoint lists: columns', () => {
  it('gives every list a unique, indexed KompasId and every child list an indexed TrajectId', () => {
    for (const list of provisionedLists) {
      const kompasId = list.columns.find((c) => c.name === KOMPAS_ID);
      expect(kompasId, list.listName).toMatchObject({ indexed: true, unique: true });
    }
    for (const kind of entityKinds.filter((k) => k !== 'traject')) {
      expect(
        def(kind).columns.find((c) => c.name === TRAJECT_ID),
        kind,
      ).toMatchObject({ indexed: true });
    }
  });

  it('has distinct list names and column names SharePoint accepts', () => {
    const names = provisionedLists.map((l) => l.listName);
    expect(new Set(names).size).toBe(names.length);
    for (const list of provisionedLists) {
      expect(list.listName).toMatch(/^Kompas[A-Z][a-z]+$/);
      const columns = list.columns.map((c) => c.name);
      expect(new Set(columns).size, list.listName).toBe(columns.length);
      for (const column of list.columns) {
        expect(column.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
        expect(column.name.toLowerCase()).not.toBe('title');
        expect(column.since).toBeLessThanOrEqual(STORE_SCHEMA_VERSION);
      }
    }
  });

  it('writes Graph column definitions with one type facet and the index settings', () => {
    for (const list of provisionedLists) {
      for (const column of list.columns) {
        const definition = toColumnDefinition(column);
        const facets = ['text', 'number', 'dateTime', 'choice', 'boolean'].filter((f) => f in definition);
        expect(facets, `${list.listName}.${column.name}`).toHaveLength(1);
        expect(definition['indexed']).toBe(column.indexed === true || column.unique === true);
        expect(definition['enforceUniqueValues']).toBe(column.unique === true);
      }
    }
    expect(toColumnDefinition({ name: 'X', displayName: 'X', type: 'note', since: 1 })).toMatchObject({
      text: { allowMultipleLines: true },
    });
  });
});

describe('SharePoint lists: fields ↔ domain', () => {
  for (const kind of entityKinds) {
    it(`round-trips a ${kind} through its fields, as created and as updated`, () => {
      const trajectId = newTrajectId();
      for (const record of [
        sample(kind, trajectId, 1),
        sample(kind, trajectId, 2),
        changed(kind, sample(kind, trajectId, 1)),
      ]) {
        const fields = def(kind).toFields(record);
        expect(typeof fields['Title']).toBe('string');
        expect(String(fields['Title']).length).toBeGreaterThan(0);
        expect(String(fields['Title']).length).toBeLessThanOrEqual(255);
        expect(fields[KOMPAS_ID]).toBe(record.id);
        // PATCH sends null to clear a cell; POST leaves it out. Both read back the same.
        expect(def(kind).toDomain(fields, '7')).toEqual({ ok: record });
        expect(def(kind).toDomain(withoutNulls(fields), '7')).toEqual({ ok: record });
      }
    });
  }

  it('ignores columns it does not know, such as SharePoint’s own', () => {
    const record = sample('partner', newTrajectId());
    const fields = {
      ...def('partner').toFields(record),
      '@odata.etag': '"a,1"',
      id: '7',
      Modified: '2026-01-01T00:00:00Z',
      ContentType: 'Item',
      NieuweKolomVanBeheerder: 'iets',
    };
    expect(def('partner').toDomain(fields, '7')).toEqual({ ok: record });
  });

  it('reports hand-edited odd values as a problem with the item id and the field', () => {
    const trajectId = newTrajectId();
    const cases: [EntityKind, Record<string, unknown>, RegExp][] = [
      ['antwoord', { Waarde: '{niet: json' }, /Waarde/],
      ['antwoord', { Revisie: 'drie' }, /Revisie/],
      ['activiteit', { Niveau: 'onbekend' }, /niveau/],
      ['meting', { Datum: '15-03-2026' }, /datum/],
      ['indicator', { Koppeling: '{"soort":"iets"}' }, /koppeling/],
      ['partner', { KompasId: null }, /KompasId/],
      ['actie', { Tekst: '', Title: '' }, /tekst/],
      ['reflectie', { Bouwstenen: '[]' }, /bouwstenen/],
    ];
    for (const [kind, odd, field] of cases) {
      const fields = { ...def(kind).toFields(sample(kind, trajectId, 2)), ...odd };
      const result = def(kind).toDomain(fields, '42');
      expect('problem' in result, `${kind} ${JSON.stringify(odd)}`).toBe(true);
      if ('problem' in result) {
        expect(result.problem.kind).toBe(kind);
        expect(result.problem.itemId).toBe('42');
        expect(result.problem.issues.join('; ')).toMatch(field);
      }
    }
  });

  it('does not crash on fields that are not an object at all', () => {
    for (const kind of entityKinds) {
      for (const fields of [undefined, null, 'x', 12, []]) {
        expect('problem' in def(kind).toDomain(fields, '1')).toBe(true);
      }
    }
  });
});

describe('sameContent', () => {
  it('compares as SharePoint stores: date-times to the second, JSON by value', () => {
    const t = sample('actie', newTrajectId());
    expect(sameContent(def('actie'), t, { ...t, aangemaakt: '2026-03-03T09:00:00.400+01:00' })).toBe(true);
    expect(sameContent(def('actie'), t, { ...t, aangemaakt: '2026-03-03T08:00:01Z' })).toBe(false);
    expect(sameContent(def('actie'), t, { ...t, status: 'bezig' })).toBe(false);
    const r = sample('reflectie', newTrajectId(), 2);
    const reordered = { ...r, antwoorden: Object.fromEntries(Object.entries(r.antwoorden).reverse()) };
    expect(sameContent(def('reflectie'), r, reordered)).toBe(true);
  });
});
