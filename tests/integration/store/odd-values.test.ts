import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDefinitions } from '../../../shared/graph/lists/index.ts';
import { newTrajectId, sample, traject } from '../../contract/fixtures.ts';
import { startStoreHarness, type StoreHarness } from '../../contract/graph-harness.ts';

let h: StoreHarness;

beforeAll(async () => {
  h = await startStoreHarness();
});

afterAll(async () => {
  await h.close();
});

describe('hand-edited items', () => {
  it('load as problems with their item ids while everything else loads', async () => {
    const repo = h.repo();
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));
    const good = await repo.save('actie', sample('actie', trajectId, 1));
    await repo.save('antwoord', sample('antwoord', trajectId, 1));

    // Odd values as someone editing in SharePoint (or an old app) leaves them behind.
    const badNiveau = h.store.createItem(
      h.siteId,
      'KompasActiviteiten',
      { ...listDefinitions.activiteit.toFields(sample('activiteit', trajectId)), Niveau: 'heel hoog' },
      { unchecked: true },
    );
    const badRevisie = h.store.createItem(
      h.siteId,
      'KompasAntwoorden',
      { ...listDefinitions.antwoord.toFields(sample('antwoord', trajectId, 2)), Revisie: 'twee' },
      { unchecked: true },
    );
    // And one written through Graph itself: valid for the column, but not JSON.
    const raw = await h.transport().call({
      method: 'POST',
      url: `${h.sitePath}/lists/KompasAntwoorden/items`,
      body: {
        fields: {
          ...listDefinitions.antwoord.toFields(sample('antwoord', trajectId, 3)),
          Waarde: 'Dit typte iemand in SharePoint',
        },
      },
    });
    const rawId = (raw.body as { id: string }).id;
    const noDate = h.store.createItem(h.siteId, 'KompasMetingen', {
      Title: 'Meting zonder datum',
      KompasId: `meting-x-${trajectId}`.slice(0, 64),
      TrajectId: trajectId,
    });

    const snapshot = await repo.openTraject(trajectId);
    expect(snapshot.acties).toEqual([good]);
    expect(snapshot.antwoorden).toHaveLength(1);
    expect(snapshot.activiteiten).toEqual([]);
    expect(snapshot.metingen).toEqual([]);
    const problems = Object.fromEntries(
      snapshot.problems.map((p) => [`${p.kind}:${p.itemId}`, p.issues.join('; ')]),
    );
    expect(Object.keys(problems).sort()).toEqual(
      [
        `activiteit:${badNiveau.id}`,
        `antwoord:${badRevisie.id}`,
        `antwoord:${rawId}`,
        `meting:${noDate.id}`,
      ].sort(),
    );
    expect(problems[`activiteit:${badNiveau.id}`]).toMatch(/niveau/);
    expect(problems[`antwoord:${badRevisie.id}`]).toMatch(/Revisie/);
    expect(problems[`antwoord:${rawId}`]).toMatch(/Waarde/);
    expect(problems[`meting:${noDate.id}`]).toMatch(/indicatorId|datum/);
  });

  it('reports an unreadable traject in the list of trajecten instead of failing', async () => {
    const repo = h.repo();
    const ok = await repo.save('traject', traject(newTrajectId()));
    const bad = h.store.createItem(h.siteId, 'KompasTrajecten', {
      Title: 'Handmatig traject',
      KompasId: newTrajectId(),
      Editie: 'onbekend',
    });
    const { trajecten, problems } = await repo.listTrajecten();
    expect(trajecten).toContainEqual(ok);
    expect(problems.map((p) => p.itemId)).toContain(bad.id);
  });
});
