import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetingIdSchema, PartnerIdSchema, type TrajectId } from '../../../shared/domain/ids.ts';
import { entityKinds } from '../../../shared/domain/model.ts';
import { listDefinitions } from '../../../shared/graph/lists/index.ts';
import { changed, newTrajectId, plain, sample, traject } from '../../contract/fixtures.ts';
import { startStoreHarness, type StoreHarness } from '../../contract/graph-harness.ts';

let h: StoreHarness;

beforeAll(async () => {
  h = await startStoreHarness();
});

afterAll(async () => {
  await h.close();
});

/** Writes `count` metingen straight into the emulator's store (fast, like the large seed). */
function seedMetingen(trajectId: TrajectId, count: number, prefix: string): void {
  const rows = Array.from({ length: count }, (_, i) =>
    listDefinitions.meting.toFields({
      ...sample('meting', trajectId, 1),
      id: MetingIdSchema.parse(`${prefix}-${i}-${trajectId}`.slice(0, 64)),
    }),
  );
  h.store.createItems(h.siteId, 'KompasMetingen', rows);
}

describe('request counts', () => {
  it('opens a small traject with one request: a batch with a sub-request per list', async () => {
    const repo = h.repo();
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));
    for (const kind of entityKinds) if (kind !== 'traject') await repo.save(kind, sample(kind, trajectId));

    await h.resetStats();
    const snapshot = await repo.openTraject(trajectId);
    const stats = await h.stats();
    expect(stats.requests).toBe(1);
    expect(stats.byRoute).toEqual({ 'POST /$batch': 1 });
    expect(stats.batchSubRequests).toBe(entityKinds.length);
    expect(snapshot.metingen).toHaveLength(1);
  });

  it('saves an answer with one request, and updates it with one', async () => {
    const repo = h.repo();
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));

    await h.resetStats();
    const created = await repo.save('antwoord', sample('antwoord', trajectId));
    expect((await h.stats()).requests).toBe(1);

    await h.resetStats();
    await repo.save('antwoord', changed('antwoord', plain(created)), created.version);
    expect((await h.stats()).requests).toBe(1);

    await h.resetStats();
    const latest = (await repo.openTraject(trajectId)).antwoorden[0];
    if (!latest) throw new Error('answer missing');
    await h.resetStats();
    await repo.remove('antwoord', latest.id, latest.version);
    expect((await h.stats()).requests).toBe(1);
  });

  it('adds only the paging large lists need, several lists’ next pages in one batch', async () => {
    const repo = h.repo({ pageSize: 50 });
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));
    seedMetingen(trajectId, 120, 'm');
    const partners = Array.from({ length: 60 }, (_, i) =>
      listDefinitions.partner.toFields({
        ...sample('partner', trajectId, 1),
        id: PartnerIdSchema.parse(`p-${i}-${trajectId}`.slice(0, 64)),
      }),
    );
    h.store.createItems(h.siteId, 'KompasPartners', partners);

    await h.resetStats();
    const snapshot = await repo.openTraject(trajectId);
    const stats = await h.stats();
    // Page 1 of every list; then metingen p2 + partners p2 together; then metingen p3.
    expect(stats.requests).toBe(3);
    expect(stats.batchSubRequests).toBe(entityKinds.length + 2 + 1);
    expect(snapshot.metingen).toHaveLength(120);
    expect(new Set(snapshot.metingen.map((m) => m.id)).size).toBe(120);
    expect(snapshot.partners).toHaveLength(60);
    expect(snapshot.problems).toEqual([]);
  });

  it('opens a traject in a list of more than 5,000 items through the indexed filter', async () => {
    const repo = h.repo();
    const big = newTrajectId();
    const mine = newTrajectId();
    await repo.save('traject', traject(mine));
    seedMetingen(big, 5_200, 'bulk');
    seedMetingen(mine, 30, 'mine');
    expect(h.store.list(h.siteId, 'KompasMetingen')?.itemCount).toBeGreaterThan(5_000);

    await h.resetStats();
    const snapshot = await repo.openTraject(mine);
    expect(snapshot.metingen).toHaveLength(30);
    expect(snapshot.metingen.every((m) => m.trajectId === mine)).toBe(true);
    expect((await h.stats()).requests).toBe(1);
  });
});
