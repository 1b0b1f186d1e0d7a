/**
 * The `large` seed: a municipality's worth of data, seeded in seconds, that the Graph repository
 * reads without problems; the big traject opens with batches plus paging only, and a list beyond
 * the 5,000-item threshold still answers filters on its indexed columns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  LARGE_BIG_TRAJECT_ID,
  LARGE_BIG_TRAJECT_NAME,
  LARGE_GROUP_ID,
  largeVolumes,
  seeds,
} from '../../../devtools/demo-data/index.ts';
import { entityKinds, type EntityKind } from '../../../shared/domain/model.ts';
import { isKompasError } from '../../../shared/domain/errors.ts';
import { itemsQuery, odataString, teamSitePath } from '../../../shared/graph/items.ts';
import { listDefinitions } from '../../../shared/graph/lists/index.ts';
import { startSeeded, type SeededGraph } from './helpers.ts';

let g: SeededGraph;
let siteId: string;

beforeAll(async () => {
  g = await startSeeded(seeds.large);
  siteId = g.emulator.store.groupSite(LARGE_GROUP_ID).id;
}, 60_000);

afterAll(async () => {
  await g.emulator.close();
});

const items = (kind: EntityKind) => g.emulator.store.items(siteId, listDefinitions[kind].listName);

describe('the large seed', () => {
  it('seeds in seconds', () => {
    console.info(`large seed: ${Math.round(g.seedMs)} ms`);
    expect(g.seedMs).toBeLessThan(15_000);
  });

  it('writes the volumes it promises', () => {
    expect(items('traject')).toHaveLength(largeVolumes.trajecten);
    expect(items('indicator')).toHaveLength(largeVolumes.indicatoren);
    const metingen = items('meting');
    expect(metingen).toHaveLength(largeVolumes.indicatoren * largeVolumes.metingenPerIndicator);
    expect(metingen.length).toBeGreaterThan(5_000);
    const perIndicator = new Map<unknown, number>();
    for (const m of metingen)
      perIndicator.set(m.fields['IndicatorId'], (perIndicator.get(m.fields['IndicatorId']) ?? 0) + 1);
    expect(new Set(perIndicator.values())).toEqual(new Set([largeVolumes.metingenPerIndicator]));
    expect(items('reflectie')).toHaveLength(largeVolumes.reflecties);
    expect(items('actie')).toHaveLength(largeVolumes.acties);
    const answers = items('antwoord');
    // Every version of an answer is a revision someone saved (the answer history).
    const revisions = answers.reduce((sum, a) => sum + a.version, 0);
    expect(revisions).toBeGreaterThanOrEqual(largeVolumes.minAnswerRevisions);
    expect(answers.length).toBeGreaterThan(2_000);
  });

  it('holds only records the app can read', () => {
    for (const kind of entityKinds) {
      const def = listDefinitions[kind];
      const problems = items(kind).flatMap((item) => {
        const decoded = def.toDomain(item.fields, item.id);
        return 'problem' in decoded ? [decoded.problem] : [];
      });
      expect(problems, kind).toEqual([]);
    }
  });

  it('lists 25 trajecten, the big one findable by its name', async () => {
    const { trajecten, problems } = await g.repo(LARGE_GROUP_ID).listTrajecten();
    expect(problems).toEqual([]);
    expect(trajecten).toHaveLength(largeVolumes.trajecten);
    const matches = trajecten.filter((t) => t.naam.toLowerCase().includes('jeugd en onderwijs'));
    expect(matches.map((t) => t.id)).toEqual([LARGE_BIG_TRAJECT_ID]);
  });

  it('opens the big traject with one batch plus only the paging its lists need', async () => {
    const pageSize = 500;
    const own = (kind: EntityKind) =>
      items(kind).filter(
        (i) => i.fields[kind === 'traject' ? 'KompasId' : 'TrajectId'] === LARGE_BIG_TRAJECT_ID,
      ).length;
    const largest = Math.max(...entityKinds.map(own));
    expect(own('meting')).toBe(largeVolumes.big.indicatoren * largeVolumes.metingenPerIndicator);

    await g.resetStats();
    const snapshot = await g.repo(LARGE_GROUP_ID, { pageSize }).openTraject(LARGE_BIG_TRAJECT_ID);
    const stats = await g.stats();

    expect(snapshot.problems).toEqual([]);
    expect(snapshot.traject.naam).toBe(LARGE_BIG_TRAJECT_NAME);
    expect(snapshot.metingen).toHaveLength(own('meting'));
    expect(snapshot.indicatoren).toHaveLength(largeVolumes.big.indicatoren);
    expect(snapshot.reflecties).toHaveLength(largeVolumes.big.reflecties);
    expect(snapshot.acties).toHaveLength(largeVolumes.big.acties);
    expect(snapshot.antwoorden).toHaveLength(own('antwoord'));
    // One batch for the first page of every list, then one per further page of the largest list.
    expect(Object.keys(stats.byRoute)).toEqual(['POST /$batch']);
    expect(stats.requests).toBe(Math.ceil(largest / pageSize));
    expect(stats.requests - 1).toBeGreaterThan(0);
  });

  it('opens the big traject for the Overzicht in at most 2 requests with the default page size', async () => {
    await g.resetStats();
    const snapshot = await g.repo(LARGE_GROUP_ID).openTraject(LARGE_BIG_TRAJECT_ID);
    const stats = await g.stats();
    expect(snapshot.metingen.length).toBeGreaterThan(1_000);
    expect(stats.requests).toBeLessThanOrEqual(2);
  });

  it('answers filters on indexed columns of a list beyond 5,000 items, and refuses others', async () => {
    const metingen = listDefinitions.meting;
    const url = (filter: string, top: number) =>
      `${teamSitePath(LARGE_GROUP_ID)}/lists/${metingen.listName}/items${itemsQuery(metingen.columns, { filter, top })}`;
    const Page = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.string().optional() });
    const indicatorId = items('meting')[0]?.fields['IndicatorId'];
    if (typeof indicatorId !== 'string') throw new Error('no meting');

    const one = await g
      .transport()
      .call({ method: 'GET', url: url(`fields/IndicatorId eq ${odataString(indicatorId)}`, 100) });
    expect(Page.parse(one.body).value).toHaveLength(largeVolumes.metingenPerIndicator);
    const big = await g.transport().call({
      method: 'GET',
      url: url(`fields/TrajectId eq ${odataString(LARGE_BIG_TRAJECT_ID)}`, 5_000),
    });
    expect(Page.parse(big.body).value).toHaveLength(
      largeVolumes.big.indicatoren * largeVolumes.metingenPerIndicator,
    );

    // Datum is not indexed: over the threshold SharePoint refuses it, even when asked to try.
    const refused = await g
      .transport()
      .call({
        method: 'GET',
        url: url(`fields/Datum eq '2016-01-01'`, 100),
        headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isKompasError(refused) && refused.status).toBe(429);

    // The same kind of query on a list under the threshold is answered.
    const acties = listDefinitions.actie;
    const small = await g.transport().call({
      method: 'GET',
      url: `${teamSitePath(LARGE_GROUP_ID)}/lists/${acties.listName}/items${itemsQuery(acties.columns, { filter: `fields/Status eq 'open'`, top: 5_000 })}`,
      headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    expect(Page.parse(small.body).value.length).toBeGreaterThan(0);
  });
});
