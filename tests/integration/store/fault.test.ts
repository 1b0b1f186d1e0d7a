/**
 * Several people edit one traject through a flaky Graph: throttling (429/503 with Retry-After),
 * latency, and responses lost after the write was applied. Each simulated user keeps an outbox
 * of unacknowledged changes and re-sends after Throttled/Network, as the app will. Afterwards
 * every acknowledged edit is in the store at the version it was acknowledged with (none lost),
 * the store holds each record once (none duplicated), and every edit ended acknowledged or
 * reported as a conflict. The seed is printed when a run fails.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isKompasError, isTransient } from '../../../shared/domain/errors.ts';
import type { TrajectId, Version } from '../../../shared/domain/ids.ts';
import { antwoordId, entitySchemas, type EntityMap, type Stored } from '../../../shared/domain/model.ts';
import type { GraphTrajectRepository } from '../../../shared/graph/graph-repository.ts';
import { listDefinitions } from '../../../shared/graph/lists/index.ts';
import { decodeVersion } from '../../../shared/graph/version.ts';
import { newTrajectId, sample, traject } from '../../contract/fixtures.ts';
import { startStoreHarness, type StoreHarness } from '../../contract/graph-harness.ts';

type Kind = 'actie' | 'meting' | 'partner' | 'antwoord';
const kinds: readonly Kind[] = ['actie', 'meting', 'partner', 'antwoord'];
type Entity = EntityMap[Kind];
const QUESTIONS = ['2.ambitie', '2.resultaten', '3A.veranderverhaal'] as const;

interface Op {
  readonly seq: number;
  readonly user: string;
  readonly kind: Kind;
  readonly id: string;
  readonly action: 'create' | 'update' | 'remove';
  /** The content to store (create/update). */
  readonly entity?: Entity;
}

type Outcome =
  | { readonly op: Op; readonly result: 'ack'; readonly version?: Version; readonly expected?: Version }
  | { readonly op: Op; readonly result: 'conflict' | 'gone' };

/** mulberry32, so a seed replays the same decisions. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class SimulatedUser {
  /** What this user believes is stored, by kind and id. */
  private readonly view = new Map<string, Stored<Entity>>();
  private readonly outbox: Op[] = [];

  constructor(
    readonly name: string,
    private readonly repo: GraphTrajectRepository,
    private readonly trajectId: TrajectId,
    private readonly random: () => number,
    private readonly outcomes: Outcome[],
    private readonly counter: { next: number; generated: number },
  ) {}

  async run(steps: number): Promise<void> {
    for (let step = 0; step < steps; step++) {
      if (this.random() < 0.2) await this.refresh();
      const op = this.nextEdit();
      if (op) {
        this.outbox.push(op);
        this.counter.generated++;
      }
      await this.flush(false);
    }
    await this.flush(true);
  }

  private key(kind: Kind, id: string): string {
    return `${kind}:${id}`;
  }

  private pick<T>(xs: readonly T[]): T | undefined {
    return xs[Math.floor(this.random() * xs.length)];
  }

  private nextEdit(): Op | undefined {
    const seq = ++this.counter.next;
    const mark = `${this.name}#${seq}`;
    const roll = this.random();
    const known = [...this.view.values()];
    if (roll < 0.2) {
      // An answer: everyone works on the same few questions, so creates and edits collide.
      const questionId = this.pick(QUESTIONS) ?? '2.ambitie';
      const id = antwoordId(this.trajectId, questionId);
      const current = this.view.get(this.key('antwoord', id)) as Stored<EntityMap['antwoord']> | undefined;
      const entity: EntityMap['antwoord'] = {
        ...sample('antwoord', this.trajectId, 1),
        id,
        questionId: current?.questionId ?? (questionId as EntityMap['antwoord']['questionId']),
        value: { kind: 'text', text: `Antwoord ${mark}` },
        auteur: this.name,
        revisie: (current?.revisie ?? 0) + 1,
      };
      return { seq, user: this.name, kind: 'antwoord', id, action: current ? 'update' : 'create', entity };
    }
    if (roll < 0.5 || known.length === 0) {
      const kind = this.pick(['actie', 'meting', 'partner'] as const) ?? 'actie';
      const id = `${kind}-${this.name.slice(0, 4)}-${seq}-${this.trajectId}`.slice(0, 64);
      return {
        seq,
        user: this.name,
        kind,
        id,
        action: 'create',
        entity: edited(kind, entitySchemas[kind].parse({ ...sample(kind, this.trajectId), id }), mark),
      };
    }
    const target = this.pick(known);
    if (!target) return undefined;
    const kind = kindOf(target);
    if (roll < 0.88) {
      return {
        seq,
        user: this.name,
        kind,
        id: target.id,
        action: 'update',
        entity: edited(kind, target, mark),
      };
    }
    return { seq, user: this.name, kind, id: target.id, action: 'remove' };
  }

  /** Sends the outbox in order; a transient failure keeps the change queued (unless `all`). */
  private async flush(all: boolean): Promise<void> {
    while (this.outbox.length > 0) {
      const op = this.outbox[0];
      if (!op) return;
      try {
        await this.send(op);
        this.outbox.shift();
      } catch (e) {
        if (!isTransient(e)) throw e;
        const wait = isKompasError(e, 'Throttled') ? (e.retryAfterMs ?? 50) + 5 : 10;
        await sleep(wait);
        if (!all) return;
      }
    }
  }

  private async send(op: Op): Promise<void> {
    const key = this.key(op.kind, op.id);
    const current = this.view.get(key);
    try {
      if (op.action === 'remove') {
        if (!current) {
          this.outcomes.push({ op, result: 'gone' });
          return;
        }
        await this.repo.remove(op.kind, op.id, current.version);
        this.view.delete(key);
        this.outcomes.push({ op, result: 'ack', expected: current.version });
        return;
      }
      if (!op.entity) throw new Error('edit without content');
      // The outbox sends an edit on top of the latest version this user knows.
      const expected = op.action === 'update' ? current?.version : undefined;
      if (op.action === 'update' && expected === undefined) {
        this.outcomes.push({ op, result: 'gone' });
        return;
      }
      const stored = (await this.repo.save(op.kind, op.entity, expected)) as Stored<Entity>;
      this.view.set(key, stored);
      this.outcomes.push(
        expected === undefined
          ? { op, result: 'ack', version: stored.version }
          : { op, result: 'ack', version: stored.version, expected },
      );
    } catch (e) {
      if (isKompasError(e, 'Conflict')) {
        const theirs = e.theirs as Stored<Entity> | undefined;
        if (theirs) this.view.set(key, theirs);
        else this.view.delete(key);
        this.outcomes.push({ op, result: 'conflict' });
        return;
      }
      if (isKompasError(e, 'NotFound')) {
        this.view.delete(key);
        this.outcomes.push({ op, result: 'gone' });
        return;
      }
      throw e;
    }
  }

  private async refresh(): Promise<void> {
    for (;;) {
      try {
        const snapshot = await this.repo.openTraject(this.trajectId);
        this.view.clear();
        for (const record of [
          ...snapshot.acties,
          ...snapshot.metingen,
          ...snapshot.partners,
          ...snapshot.antwoorden,
        ]) {
          this.view.set(this.key(kindOf(record), record.id), record);
        }
        // Changes still in the outbox stay; the outbox rebases them when it sends.
        return;
      } catch (e) {
        if (!isTransient(e)) throw e;
        await sleep(isKompasError(e, 'Throttled') ? (e.retryAfterMs ?? 50) + 5 : 10);
      }
    }
  }
}

function kindOf(record: Entity): Kind {
  if ('questionId' in record) return 'antwoord';
  if ('tekst' in record) return 'actie';
  if ('indicatorId' in record) return 'meting';
  return 'partner';
}

/** A visible edit carrying a mark unique to this change, so the store shows whose it is. */
function edited(kind: Kind, record: Entity, mark: string): Entity {
  const { version: _version, ...plain } = record as Stored<Entity>;
  switch (kind) {
    case 'actie':
      return { ...(plain as EntityMap['actie']), tekst: `Actie ${mark}` };
    case 'meting':
      return { ...(plain as EntityMap['meting']), toelichting: `Meting ${mark}` };
    case 'partner':
      return { ...(plain as EntityMap['partner']), contactpersoon: `Contact ${mark}` };
    case 'antwoord':
      return { ...(plain as EntityMap['antwoord']), value: { kind: 'text', text: `Antwoord ${mark}` } };
  }
}

const VersionsSchema = z.object({ value: z.array(z.object({ id: z.string(), fields: z.unknown() })) });

async function verify(
  h: StoreHarness,
  trajectId: TrajectId,
  outcomes: readonly Outcome[],
  ops: number,
): Promise<void> {
  // Every edit ended: acknowledged, or reported as a conflict / gone.
  expect(outcomes).toHaveLength(ops);
  expect(new Set(outcomes.map((o) => o.op.seq)).size).toBe(ops);

  const transport = h.transport();
  for (const kind of kinds) {
    const def = listDefinitions[kind];
    const items = h.store.items(h.siteId, def.listName).filter((i) => i.fields['TrajectId'] === trajectId);
    // Zero duplicated: one item per KompasId.
    const ids = items.map((i) => String(i.fields['KompasId']));
    expect(new Set(ids).size, `${kind}: duplicate KompasIds`).toBe(ids.length);

    const acked = outcomes.filter((o) => o.op.kind === kind && o.result === 'ack');
    const versionsByItem = new Map<string, Map<number, unknown>>();
    const historyOf = async (itemId: string): Promise<Map<number, unknown>> => {
      const cached = versionsByItem.get(itemId);
      if (cached) return cached;
      const reply = await transport.call({
        method: 'GET',
        url: `${h.sitePath}/lists/${def.listName}/items/${itemId}/versions?$expand=fields`,
      });
      const versions = new Map(
        VersionsSchema.parse(reply.body).value.map((v) => {
          const decoded = def.toDomain(v.fields, itemId);
          return [Number.parseInt(v.id, 10), 'ok' in decoded ? decoded.ok : decoded.problem] as const;
        }),
      );
      versionsByItem.set(itemId, versions);
      return versions;
    };

    // Zero lost: each acknowledged write is in the item's history at the version it was
    // acknowledged with, and no two acknowledged writes claim the same version.
    const claimed = new Set<string>();
    for (const outcome of acked) {
      if (
        outcome.result !== 'ack' ||
        outcome.op.action === 'remove' ||
        !outcome.version ||
        !outcome.op.entity
      )
        continue;
      const at = decodeVersion(outcome.version);
      const n = Number(/,(\d+)"?$/.exec(at?.eTag ?? '')?.[1]);
      const claim = `${at?.itemId}@${n}`;
      expect(claimed.has(claim), `seq ${outcome.op.seq}: version ${claim} acknowledged twice`).toBe(false);
      claimed.add(claim);
      const item = items.find((i) => i.id === at?.itemId);
      if (!item) {
        // Deleted since: only an acknowledged remove may do that.
        const removed = outcomes.some(
          (o) =>
            o.result === 'ack' && o.op.action === 'remove' && o.op.kind === kind && o.op.id === outcome.op.id,
        );
        expect(
          removed,
          `seq ${outcome.op.seq}: ${kind} ${outcome.op.id} vanished without an acknowledged remove`,
        ).toBe(true);
        continue;
      }
      const history = await historyOf(item.id);
      expect(history.get(n), `seq ${outcome.op.seq}: ${kind} ${outcome.op.id} v${n}`).toEqual(
        outcome.op.entity,
      );
    }

    // The final state is the latest acknowledged write, and nothing unacknowledged is stored.
    for (const item of items) {
      const decoded = def.toDomain(item.fields, item.id);
      expect('ok' in decoded, `${kind} item ${item.id} unreadable`).toBe(true);
      expect(
        claimed.has(`${item.id}@${item.version}`),
        `${kind} ${item.fields['KompasId']} v${item.version} was never acknowledged`,
      ).toBe(true);
    }
  }
}

async function runScenario(
  h: StoreHarness,
  seed: number,
  rate: number,
  users: number,
): Promise<{ acks: number; conflicts: number }> {
  const seeder = h.repo();
  const trajectId = newTrajectId();
  await seeder.save('traject', traject(trajectId));
  await h.resetStats();
  await h.faults({
    rate,
    statuses: [429, 503],
    retryAfterSeconds: 0.03,
    latencyMs: 1,
    latencyJitterMs: 4,
    seed,
    dropResponseRate: 0.08,
  });
  const outcomes: Outcome[] = [];
  const counter = { next: 0, generated: 0 };
  const steps = 10;
  const names = ['anna@voorbeeldstad.nl', 'bram@voorbeeldstad.nl', 'chris@voorbeeldstad.nl'].slice(0, users);
  const sims = names.map(
    (name, i) =>
      new SimulatedUser(
        name,
        // The emulator forgives 20 ms of timer jitter, so the margin can be small here.
        h.repo({ user: name, retry: { baseDelayMs: 10, maxDelayMs: 100, marginMs: 2 } }),
        trajectId,
        rng(seed * 31 + i),
        outcomes,
        counter,
      ),
  );
  await Promise.all(sims.map((s) => s.run(steps)));
  const stats = await h.stats();
  await h.clearFaults();
  expect(stats.faultsInjected).toBeGreaterThan(0);
  expect(stats.earlyRetries).toBe(0);
  await verify(h, trajectId, outcomes, counter.generated);
  return {
    acks: outcomes.filter((o) => o.result === 'ack').length,
    conflicts: outcomes.filter((o) => o.result !== 'ack').length,
  };
}

// Each run has its own emulator (faults and stats are per emulator), so runs go in parallel.
describe.concurrent('fault test: concurrent editing through a flaky Graph', () => {
  const runs: [number, number, number][] = [
    [0.2, 101, 2],
    [0.2, 202, 3],
    [0.2, 303, 3],
    [0.5, 404, 2],
    [0.5, 505, 3],
    [0.5, 606, 3],
  ];
  for (const [rate, seed, users] of runs) {
    it(`loses and duplicates nothing at ${rate * 100}% faults (seed ${seed}, ${users} users)`, async () => {
      const h = await startStoreHarness();
      try {
        const { acks } = await runScenario(h, seed, rate, users);
        expect(acks).toBeGreaterThan(0);
      } catch (e) {
        throw new Error(`fault test failed: seed ${seed}, rate ${rate}, users ${users}`, { cause: e });
      } finally {
        await h.close();
      }
    });
  }
});
