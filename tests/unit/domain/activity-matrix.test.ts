import { describe, expect, it } from 'vitest';
import { activityMatrixOf, buildActivityMatrix } from '../../../shared/domain/rules/activity-matrix.ts';
import { aTraject, entry, list } from '../../../shared/testing/builders.ts';
import { testEdition } from '../../fixtures/editions.ts';

const resultaten = list(
  entry('r1', 'Minder grensoverschrijdend gedrag'),
  entry('r2', 'Meer meldingen'),
  entry('r3', ' '),
);

function traject() {
  return aTraject()
    .withAnswer('2.resultaten', resultaten)
    .withActiviteit({
      id: 'activiteit-les',
      naam: 'Lessen relaties en seksualiteit',
      niveau: 'preventie',
      resultaten: ['r1'],
      veranderverhaal: ['k1'],
    })
    .withActiviteit({
      id: 'activiteit-spreekuur',
      naam: 'Spreekuur',
      niveau: 'basis',
      resultaten: ['r1', 'r2'],
      veranderverhaal: ['p1', 'k1'],
    })
    .withActiviteit({ id: 'activiteit-los', naam: 'Los project', niveau: 'basis' })
    .withActiviteit({
      id: 'activiteit-oud',
      naam: 'Oud project',
      niveau: 'intensief',
      resultaten: ['r-verwijderd'],
    });
}

describe('the activity matrix', () => {
  const records = traject().build();
  const matrix = activityMatrixOf(testEdition, records);
  const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

  it('has a column per filled result, from the list the matrix question names', () => {
    expect(ids(matrix.resultaten)).toEqual(['r1', 'r2']);
  });

  it('has a row per level of provision, in order, with a cell per column', () => {
    expect(matrix.rows.map((r) => r.niveau)).toEqual(['preventie', 'basis', 'eerstelijns', 'intensief']);
    const cells = matrix.rows.map((r) => r.cells.map((c) => [c.resultaatId, ids(c.activiteiten)]));
    expect(cells).toEqual([
      [
        ['r1', ['activiteit-les']],
        ['r2', []],
      ],
      [
        ['r1', ['activiteit-spreekuur']],
        ['r2', ['activiteit-spreekuur']],
      ],
      [
        ['r1', []],
        ['r2', []],
      ],
      [
        ['r1', []],
        ['r2', []],
      ],
    ]);
  });

  it('keeps activiteiten without a (current) result beside their row', () => {
    expect(matrix.rows.map((r) => ids(r.zonderResultaat))).toEqual([
      [],
      ['activiteit-los'],
      [],
      ['activiteit-oud'],
    ]);
  });

  it('shows per column which veranderverhaal elements it serves, once each', () => {
    expect(matrix.veranderverhaalRow).toEqual([
      { resultaatId: 'r1', elementen: ['k1', 'p1'] },
      { resultaatId: 'r2', elementen: ['p1', 'k1'] },
    ]);
  });

  it('finds the gaps both ways', () => {
    const withLonelyResult = traject()
      .withAnswer('2.resultaten', list(...resultaten.items, entry('r4', 'Ouders praten erover')))
      .build();
    const gaps = activityMatrixOf(testEdition, withLonelyResult).gaps;
    expect(ids(gaps.resultatenZonderActiviteit)).toEqual(['r4']);
    expect(ids(gaps.activiteitenZonderResultaat)).toEqual(['activiteit-los', 'activiteit-oud']);
    expect(matrix.gaps.resultatenZonderActiviteit).toEqual([]);
  });

  it('is empty for an empty traject', () => {
    const empty = activityMatrixOf(testEdition, aTraject().build());
    expect(empty.resultaten).toEqual([]);
    expect(empty.rows.every((r) => r.cells.length === 0 && r.zonderResultaat.length === 0)).toBe(true);
    expect(empty.gaps).toEqual({ resultatenZonderActiviteit: [], activiteitenZonderResultaat: [] });
  });

  it('puts every activiteit somewhere when there are no results', () => {
    const built = aTraject().withActiviteit({ niveau: 'eerstelijns' }).build();
    const m = buildActivityMatrix([], built.activiteiten);
    expect(m.rows.find((r) => r.niveau === 'eerstelijns')?.zonderResultaat).toHaveLength(1);
    expect(m.gaps.activiteitenZonderResultaat).toHaveLength(1);
  });
});
