import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isKompasError, KompasError } from '../../../shared/domain/errors.ts';
import { entityKinds } from '../../../shared/domain/model.ts';
import type { FetchLike } from '../../../shared/graph/transport.ts';
import { newTrajectId, sample, traject } from '../../contract/fixtures.ts';
import { startStoreHarness, type StoreHarness } from '../../contract/graph-harness.ts';

let h: StoreHarness;

beforeAll(async () => {
  h = await startStoreHarness();
});

afterAll(async () => {
  await h.close();
});

afterEach(async () => {
  await h.clearFaults();
});

describe('throttling against the emulator', () => {
  it('retries 429 and 503 no earlier than Retry-After and then succeeds', async () => {
    const repo = h.repo({ retry: { maxAttempts: 12 } });
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));
    await h.resetStats();
    await h.faults({ rate: 0.5, statuses: [429, 503], retryAfterSeconds: 0.15, seed: 7 });

    const started = Date.now();
    for (let n = 1; n <= 6; n++) await repo.save('actie', sample('actie', trajectId, n));
    const stats = await h.stats();
    expect(stats.faultsInjected).toBeGreaterThan(0);
    expect(stats.earlyRetries).toBe(0);
    expect(stats.requests).toBe(6 + stats.faultsInjected);
    // Every throttled attempt cost at least its Retry-After.
    expect(Date.now() - started).toBeGreaterThanOrEqual(stats.faultsInjected * 150);

    await h.clearFaults();
    expect((await repo.openTraject(trajectId)).acties).toHaveLength(6);
  });

  it('has an oracle that notices a client ignoring Retry-After', async () => {
    const impatient = h.repo({ sleep: () => Promise.resolve(), retry: { maxAttempts: 3 } });
    await h.resetStats();
    await h.faults({ rate: 1, statuses: [429], retryAfterSeconds: 0.5, seed: 3 });
    await impatient.listTrajecten().catch(() => undefined);
    expect((await h.stats()).earlyRetries).toBeGreaterThan(0);
  });

  it('gives up after the attempt cap with Throttled and the server’s wait', async () => {
    const repo = h.repo({ retry: { maxAttempts: 3 } });
    await h.resetStats();
    await h.faults({ rate: 1, statuses: [429], retryAfterSeconds: 0.1, seed: 1 });
    const e = await repo.listTrajecten().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(KompasError);
    expect((e as KompasError).code).toBe('Throttled');
    expect((e as KompasError).retryAfterMs).toBe(100);
    const stats = await h.stats();
    expect(stats.requests).toBe(3);
    expect(stats.earlyRetries).toBe(0);
  });

  it('gives up without waiting when Retry-After exceeds the total wait cap', async () => {
    const repo = h.repo({ retry: { maxTotalWaitMs: 1_000 } });
    await h.resetStats();
    await h.faults({ rate: 1, statuses: [503], retryAfterSeconds: 30, seed: 1 });
    const started = Date.now();
    const e = await repo.listTrajecten().catch((x: unknown) => x);
    expect(isKompasError(e, 'Throttled')).toBe(true);
    expect((e as KompasError).retryAfterMs).toBe(30_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await h.stats()).requests).toBe(1);
  });

  it('retries only the throttled sub-requests of a batch, after their Retry-After', async () => {
    // Watches each $batch on the wire: how many sub-requests went out, how many came back throttled.
    const rounds: { sent: number; throttled: number | 'whole batch' }[] = [];
    const spy: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      if (input.endsWith('/$batch') && typeof init.body === 'string') {
        const sent = BatchBody.parse(JSON.parse(init.body)).requests.length;
        const answer = response.status === 200 ? BatchAnswer.parse(await response.clone().json()) : undefined;
        rounds.push({
          sent,
          throttled: answer
            ? answer.responses.filter((r) => r.status === 429 || r.status === 503).length
            : 'whole batch',
        });
      }
      return response;
    };
    const repo = h.repo({ retry: { maxAttempts: 8 }, fetch: spy });
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));
    for (const kind of entityKinds) if (kind !== 'traject') await repo.save(kind, sample(kind, trajectId));
    await h.resetStats();
    await h.faults({ rate: 0.3, statuses: [429, 503], retryAfterSeconds: 0.1, seed: 11 });

    const snapshot = await repo.openTraject(trajectId);
    const stats = await h.stats();
    await h.clearFaults();
    expect(snapshot.problems).toEqual([]);
    for (const kind of entityKinds) {
      if (kind !== 'traject') expect(snapshot[snapshotKey[kind]], kind).toHaveLength(1);
    }
    expect(stats.earlyRetries).toBe(0);
    expect(rounds[0]?.sent).toBe(entityKinds.length);
    expect(rounds.some((r) => typeof r.throttled === 'number' && r.throttled > 0)).toBe(true);
    for (const [i, round] of rounds.entries()) {
      const before = rounds[i - 1];
      if (!before) continue;
      // A throttled envelope is sent again whole; otherwise only its throttled sub-requests.
      expect(round.sent).toBe(before.throttled === 'whole batch' ? before.sent : before.throttled);
    }
    expect(rounds.at(-1)?.throttled).toBe(0);
  });
});

const BatchBody = z.object({ requests: z.array(z.unknown()) });
const BatchAnswer = z.object({ responses: z.array(z.object({ status: z.number() })) });
const snapshotKey = {
  antwoord: 'antwoorden',
  partner: 'partners',
  indicator: 'indicatoren',
  meting: 'metingen',
  activiteit: 'activiteiten',
  reflectie: 'reflecties',
  actie: 'acties',
  overleg: 'overleggen',
} as const;
