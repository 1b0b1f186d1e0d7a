/**
 * Test wiring for the Word pane: the real use cases and Outbox over the in-memory repository, a
 * fake clock and a hand-written fake Word. No React here (see harness.tsx for the pane).
 */
import {
  Outbox,
  openTraject,
  type AppContext,
  type OpenedTraject,
} from '../../../shared/application/index.ts';
import { getEdition } from '../../../shared/content/index.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import type { EntityKind, EntityMap } from '../../../shared/domain/model.ts';
import type { PendingStore } from '../../../shared/ports/pending-store.ts';
import type { Scheduler } from '../../../shared/ports/scheduler.ts';
import type { TrajectRepository } from '../../../shared/ports/traject-repository.ts';
import { aTraject, fields, list, text, type BuiltTraject } from '../../../shared/testing/builders.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';
import type { DataSource, TeamChoice, TeamSession } from '../../../word-addin/app/services.tsx';

export const USER = { upn: 'anna@voorbeeldstad.nl', displayName: 'Anna de Vries' };
export const COLLEGA = 'bram@voorbeeldstad.nl';
export const TEAM: TeamChoice = { groupId: 'group-1', displayName: 'Jeugd Voorbeeldstad' };

export class MemoryPendingStore implements PendingStore {
  readonly entries = new Map<string, string>();
  load() {
    return Promise.resolve(new Map(this.entries));
  }
  put(key: string, value: string) {
    this.entries.set(key, value);
    return Promise.resolve();
  }
  delete(key: string) {
    this.entries.delete(key);
    return Promise.resolve();
  }
  clear() {
    this.entries.clear();
    return Promise.resolve();
  }
}

/** Runs scheduled work on real timers. */
export const testScheduler: Scheduler = {
  schedule(delayMs, task) {
    const handle = setTimeout(task, delayMs);
    return { cancel: () => clearTimeout(handle) };
  },
};

/** The in-memory store, recording what it was asked to save. */
export class RecordingRepository extends InMemoryTrajectRepository {
  readonly saves: { readonly kind: EntityKind; readonly entity: EntityMap[EntityKind] }[] = [];
  override save<K extends EntityKind>(
    kind: K,
    entity: EntityMap[K],
    expected?: Parameters<InMemoryTrajectRepository['save']>[2],
  ) {
    this.saves.push({ kind, entity });
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

/** An sgg traject with answers of each text shape, a record-based answer, and many unanswered questions. */
export function aWorkingTraject(): BuiltTraject {
  return aTraject({ id: 'traject-voorbeeldstad', naam: 'Samen sterk', gemeente: 'Voorbeeldstad' })
    .withAnswer('0A.vraagstuk', text('Grensoverschrijdend gedrag op scholen neemt toe.\nVooral online.'), {
      auteur: COLLEGA,
    })
    .withAnswer('1A.zorgen', list('Sexting onder jongeren', 'Weinig meldingen'), { auteur: COLLEGA })
    .withAnswer('3A.verantwoordelijk', text('De GGD'), { auteur: COLLEGA })
    .withAnswer('4.eigen-rol', fields({ uitvoerendePraktijk: 'Signaleren en bespreken' }), {
      auteur: COLLEGA,
    })
    .withPartner({ organisatie: 'GGD Voorbeeldstad', domein: 'zorg', niveau: 'basisvoorzieningen' })
    .build();
}

export interface World {
  readonly repository: RecordingRepository;
  readonly clock: FakeClock;
  readonly session: TeamSession;
  readonly trajectId: TrajectId;
  readonly open: () => Promise<OpenedTraject>;
}

export async function openSession(repository: TrajectRepository, clock: FakeClock): Promise<TeamSession> {
  const outbox = await Outbox.open({
    repository,
    store: new MemoryPendingStore(),
    scheduler: testScheduler,
    clock,
  });
  const ctx: AppContext = {
    repository,
    outbox,
    clock,
    ids: new SequenceIds({ prefix: 'id' }),
    user: USER,
    edition: getEdition,
  };
  return { ctx, outbox, dispose: () => outbox.dispose() };
}

export async function makeWorld(built: BuiltTraject = aWorkingTraject()): Promise<World> {
  const repository = new RecordingRepository();
  const clock = new FakeClock('2026-03-02T10:00:00.000Z');
  const trajectId = await seed(repository, built);
  const session = await openSession(repository, clock);
  repository.saves.length = 0;
  return { repository, clock, session, trajectId, open: () => openTraject(session.ctx, trajectId) };
}

/** Waits until the outbox has nothing left to send (or only conflicts and failures). */
export async function settled(session: TeamSession): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const s = session.outbox.summary();
    if (s.unsaved === s.conflicts + s.failed) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the outbox did not settle');
}

/** A data source over the in-memory store: one team, its sessions recorded. */
export function memoryDataSource(
  repository: TrajectRepository,
  clock: FakeClock,
): Extract<DataSource, { readonly kind: 'demo' | 'microsoft365' }> & { readonly sessions: TeamSession[] } {
  const sessions: TeamSession[] = [];
  return {
    kind: 'demo',
    sessions,
    teams: () => Promise.resolve([TEAM]),
    async open() {
      const session = await openSession(repository, clock);
      sessions.push(session);
      return session;
    },
  };
}
