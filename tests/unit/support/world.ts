/**
 * Host-independent test wiring, shared by the tab's and the Word pane's tests: the real use cases
 * and Outbox over the in-memory repository, an in-memory PendingStore unless given, real timers
 * for the Outbox's scheduler, a fake clock and deterministic ids. No React and no DOM here (node
 * tests use it too).
 */
import { Outbox, type AppContext, type OutboxOptions } from '../../../shared/application/index.ts';
import { getEdition } from '../../../shared/content/index.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import type { EntityKind, EntityMap } from '../../../shared/domain/model.ts';
import type { Clock } from '../../../shared/domain/time.ts';
import type { HostUser } from '../../../shared/ports/host-context.ts';
import type { PendingStore } from '../../../shared/ports/pending-store.ts';
import type { Scheduler } from '../../../shared/ports/scheduler.ts';
import type { TrajectRepository } from '../../../shared/ports/traject-repository.ts';
import type { BuiltTraject } from '../../../shared/testing/builders.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';
import { MemoryPendingStore } from '../application/fakes.ts';

export const ANNA: HostUser = { upn: 'anna@voorbeeldstad.nl', displayName: 'Anna de Vries' };
/** 2 March 2026, 11:00 in the Netherlands. */
export const NOW = '2026-03-02T10:00:00.000Z';

/** Runs scheduled work on real timers (fake timers in a test drive them too). */
export const testScheduler: Scheduler = {
  schedule(delayMs, task) {
    const handle = setTimeout(task, delayMs);
    return { cancel: () => clearTimeout(handle) };
  },
};

/** The in-memory store, recording what it is asked to save, and failing or holding saves on demand. */
export class RecordingRepository extends InMemoryTrajectRepository {
  readonly saves: { readonly kind: EntityKind; readonly entity: EntityMap[EntityKind] }[] = [];
  /** Makes saves fail with this error until cleared (offline, throttled …). */
  failWith: Error | undefined;
  /** Saves wait for this before they reach the store, so a test can see "Bezig met opslaan…". */
  gate: Promise<void> | undefined;

  override async save<K extends EntityKind>(
    kind: K,
    entity: EntityMap[K],
    expected?: Parameters<InMemoryTrajectRepository['save']>[2],
  ) {
    this.saves.push({ kind, entity });
    await this.gate;
    if (this.failWith !== undefined) throw this.failWith;
    return super.save(kind, entity, expected);
  }
}

/** Stores a built traject, as if partners had worked on it before. */
export async function seed(repository: TrajectRepository, built: BuiltTraject): Promise<TrajectId> {
  await repository.save('traject', built.traject);
  for (const a of built.antwoorden) await repository.save('antwoord', a);
  for (const p of built.partners) await repository.save('partner', p);
  for (const i of built.indicatoren) await repository.save('indicator', i);
  for (const m of built.metingen) await repository.save('meting', m);
  for (const a of built.activiteiten) await repository.save('activiteit', a);
  for (const r of built.reflecties) await repository.save('reflectie', r);
  for (const a of built.acties) await repository.save('actie', a);
  return built.traject.id;
}

export interface SessionOptions {
  readonly repository: TrajectRepository;
  /** A FakeClock at {@link NOW} unless given. */
  readonly clock?: Clock | undefined;
  /** Anna unless given. */
  readonly user?: HostUser | undefined;
  /** Prefix of the ids the use cases create (`id-000001`). */
  readonly idPrefix?: string | undefined;
  readonly outbox?: OutboxOptions | undefined;
  /** Where the outbox keeps unsent changes; in memory unless given. */
  readonly store?: PendingStore | undefined;
}

/** What each host's main wires: the use cases' context over an Outbox. */
export interface Session {
  readonly ctx: AppContext;
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly user: HostUser;
}

export async function openSession(options: SessionOptions): Promise<Session> {
  const { repository } = options;
  const clock = options.clock ?? new FakeClock(NOW);
  const user = options.user ?? ANNA;
  const outbox = await Outbox.open(
    { repository, store: options.store ?? new MemoryPendingStore(), scheduler: testScheduler, clock },
    options.outbox,
  );
  const ctx: AppContext = {
    repository,
    outbox,
    clock,
    ids: new SequenceIds({ prefix: options.idPrefix ?? 'id' }),
    user,
    edition: getEdition,
  };
  return { ctx, outbox, clock, user };
}

/** Waits until the outbox has nothing left to send, or only conflicts and failures. */
export async function settled(outbox: Outbox): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const s = outbox.summary();
    if (s.unsaved === s.conflicts + s.failed) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the outbox did not settle');
}
