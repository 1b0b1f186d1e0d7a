/**
 * The Word pane's test world over the shared wiring (../support/world.ts): a working sgg traject in
 * a recording in-memory store, team sessions and a data source as the pane opens them, and the
 * options of the Graph data source over the local emulator. No React here (see harness.tsx for the
 * pane).
 */
import { openTraject, type OpenedTraject } from '../../../shared/application/index.ts';
import { getEdition } from '../../../shared/content/index.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import type { TrajectRepository } from '../../../shared/ports/traject-repository.ts';
import { aTraject, fields, list, text, type BuiltTraject } from '../../../shared/testing/builders.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';
import type { DataSource, TeamChoice, TeamSession } from '../../../word-addin/app/services.tsx';
import type { StorageLike } from '../../../word-addin/host/browser/local-pending-store.ts';
import type { GraphDataSourceOptions } from '../../../word-addin/host/store/team-store.ts';
import { NOW, openSession, RecordingRepository, seed, testScheduler } from '../support/world.ts';

export const COLLEGA = 'bram@voorbeeldstad.nl';
/** Who the emulator says is signed in: its token is the UPN. */
export const DEMO = 'demo@voorbeeldstad.nl';
export const TEAM: TeamChoice = { groupId: 'group-1', displayName: 'Jeugd Voorbeeldstad' };

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

export interface Store {
  readonly repository: RecordingRepository;
  readonly clock: FakeClock;
  readonly trajectId: TrajectId;
}

/** A recording store holding `built`, its seeding forgotten, and a clock at NOW. */
export async function seededStore(built: BuiltTraject = aWorkingTraject()): Promise<Store> {
  const repository = new RecordingRepository();
  const trajectId = await seed(repository, built);
  repository.saves.length = 0;
  return { repository, clock: new FakeClock(NOW), trajectId };
}

export async function teamSession(repository: TrajectRepository, clock: FakeClock): Promise<TeamSession> {
  const { ctx, outbox } = await openSession({ repository, clock });
  return { ctx, outbox, dispose: () => outbox.dispose() };
}

export interface World extends Store {
  readonly session: TeamSession;
  readonly open: () => Promise<OpenedTraject>;
}

export async function makeWorld(built?: BuiltTraject): Promise<World> {
  const store = await seededStore(built);
  const session = await teamSession(store.repository, store.clock);
  return { ...store, session, open: () => openTraject(session.ctx, store.trajectId) };
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
      const session = await teamSession(repository, clock);
      sessions.push(session);
      return session;
    },
  };
}

/**
 * `graphDataSource`'s options for the demo user over the emulator at `emulatorUrl`: it provisions
 * the team sites, and any error it reports fails the test.
 */
export function demoSourceOptions(
  emulatorUrl: string,
  storage: StorageLike,
  overrides: Partial<GraphDataSourceOptions> = {},
): GraphDataSourceOptions {
  const tokens = { getToken: () => Promise.resolve(DEMO) };
  return {
    kind: 'demo',
    baseUrl: `${emulatorUrl}/v1.0`,
    tokens: { sites: tokens, teams: tokens },
    provision: true,
    fallbackUser: { upn: DEMO, displayName: 'Demo' },
    storage,
    clock: new FakeClock(NOW),
    ids: new SequenceIds({ prefix: 'word' }),
    scheduler: testScheduler,
    edition: getEdition,
    onError: (error) => {
      throw error;
    },
    onOnline: () => () => undefined,
    onStorage: () => () => undefined,
    ...overrides,
  };
}
