// @vitest-environment jsdom
/**
 * Issue #4 in the Word task pane, as in the tab: while a team is open, the pane waits on the Web
 * Lock of every other pane of the user with unsent changes of that team; when one closes, this
 * pane takes its changes over, sends them and says so until they are sent. Ending the team session
 * (team switch, sign-out) withdraws the waiting requests. Over `graphDataSource` and the local
 * emulator, with the fake lock manager and a `localStorage` each pane sees on its own.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../../devtools/graph-emulator/server.ts';
import { openTraject, saveAnswer } from '../../../shared/application/index.ts';
import { recordKey } from '../../../shared/application/changes.ts';
import { text } from '../../../shared/testing/builders.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { DataSource, TeamSession } from '../../../word-addin/app/services.tsx';
import { browserPageInstance } from '../../../word-addin/host/browser/local-pending-store.ts';
import { graphDataSource } from '../../../word-addin/host/store/team-store.ts';
import { LockBroker, MapStorage, type FakeLocks } from '../pending/fakes.ts';
import { makePane, renderPane } from './harness.tsx';
import { aWorkingTraject, DEMO, demoSourceOptions } from './world.ts';

const t = translator('nl');
const PENDING = `kompas:word:pending:${DEMO}:`;
const LOCKS = `kompas:word:instance:${DEMO}:`;
/** The demo's one team: the emulator's root site (team-store.ts). */
const TEAM = 'root';

type Source = Extract<DataSource, { readonly kind: 'demo' | 'microsoft365' }>;

interface PaneOnDevice {
  readonly data: Source;
  readonly locks: FakeLocks;
  /** Subscribed `storage` listeners: the data source forwards to them while a session is open. */
  readonly storageListeners: Set<(key: string | null) => void>;
  /** While `online` is false, tokens never come: this pane's requests never leave it. */
  readonly net: { online: boolean };
}

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A pane of the demo user on this device, as main.tsx wires it (Web Locks, storage events). */
function paneOnDevice(storage: MapStorage, broker: LockBroker, id: string): PaneOnDevice {
  const locks = broker.page();
  const storageListeners = new Set<(key: string | null) => void>();
  const net = { online: true };
  const tokens = {
    getToken: () => (net.online ? Promise.resolve(DEMO) : new Promise<string>(() => undefined)),
  };
  const data = graphDataSource(
    demoSourceOptions(
      emulator.url,
      storage.view((key) => {
        for (const listener of [...storageListeners]) listener(key);
      }),
      {
        tokens: { sites: tokens, teams: tokens },
        ids: new SequenceIds({ prefix: id }),
        onStorage: (listener) => {
          storageListeners.add(listener);
          return () => storageListeners.delete(listener);
        },
        pendingInstance: browserPageInstance({ locks }, () => id),
        // Sessions go through PaneSessions, as where a person signs in.
        auth: { signOut: () => Promise.resolve({ ok: true }) },
      },
    ),
  );
  if (data.kind === 'none') throw new Error('expected a store');
  return { data, locks, storageListeners, net };
}

/** The page goes away: none of its code runs any more, and the browser releases its locks. */
function close(pane: PaneOnDevice, session: TeamSession): void {
  session.dispose();
  pane.locks.close();
}

async function openTeam(pane: PaneOnDevice): Promise<TeamSession> {
  const team = (await pane.data.teams()).find((choice) => choice.groupId === TEAM);
  if (team === undefined) throw new Error('no demo team');
  return pane.data.open(team);
}

function methodOf(input: RequestInfo | URL, init: RequestInit | undefined): string {
  return (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
}

/** Counts the requests that write to Graph; holds them until `release()`. */
function holdWrites() {
  const original = globalThis.fetch.bind(globalThis);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const writes: string[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const method = methodOf(input, init);
    if (method !== 'GET') {
      writes.push(`${method} ${input instanceof Request ? input.url : String(input)}`);
      await gate;
    }
    return original(input, init);
  });
  return { writes, release: () => release() };
}

describe('taking over a closing pane’s unsent changes', () => {
  it('sends a change left by a pane that closes while this pane has the team open, once, and says so until it is sent', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const other = paneOnDevice(storage, broker, 'pane-b');
    const otherSession = await openTeam(other);
    const built = aWorkingTraject();
    await otherSession.ctx.repository.save('traject', built.traject);

    // This pane opens the team and the traject.
    const here = paneOnDevice(storage, broker, 'pane-a');
    const world = await makePane({ built });
    renderPane({ ...world, services: { ...world.services, data: here.data, demo: false } });
    await screen.findByText(/^Gemeente of regio: Voorbeeldstad\./, {}, { timeout: 5000 });
    expect(here.storageListeners.size).toBe(1);
    expect(broker.waiting()).toBe(0);

    // The other pane loses its connection and keeps a change; the storage event tells this pane.
    other.net.online = false;
    const answer = await saveAnswer(otherSession.ctx, {
      traject: { id: built.traject.id, editie: 'sgg' },
      questionId: '2.ambitie',
      value: text('Uit het gesloten venster'),
    });
    const key = recordKey('antwoord', answer.id);
    expect(storage.keysUnder(PENDING)).toEqual([`${TEAM}:pane-b:${key}`]);
    await waitFor(() => expect(broker.waiting(`${LOCKS}pane-b`)).toBe(1));
    expect(screen.queryByText(t('session.adopted', { aantal: 1 }))).toBeNull();

    const requests = holdWrites();
    close(other, otherSession);
    await screen.findByText(t('session.adopted', { aantal: 1 }));
    await waitFor(() => expect(requests.writes).toHaveLength(1));
    expect(storage.keysUnder(PENDING)).toEqual([`${TEAM}:pane-a:${key}`]);

    requests.release();
    await waitFor(() => expect(screen.queryByText(t('session.adopted', { aantal: 1 }))).toBeNull());
    await waitFor(() => expect(storage.keysUnder(PENDING)).toEqual([]));
    expect(requests.writes).toHaveLength(1);
    expect(requests.writes[0]).toMatch(/^(POST|PATCH) /);
    expect(broker.waiting()).toBe(0);

    // Stored in SharePoint, as read by a third pane with nothing pending.
    vi.restoreAllMocks();
    const reader = await openTeam(paneOnDevice(new MapStorage(), new LockBroker(), 'pane-c'));
    const opened = await openTraject(reader.ctx, built.traject.id);
    expect(opened.view.antwoorden.find((a) => a.questionId === '2.ambitie')?.value).toEqual(
      text('Uit het gesloten venster'),
    );
    reader.dispose();
  });

  it('stops watching when the team session ends (team switch): no waiting lock requests, nothing taken', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const other = paneOnDevice(storage, broker, 'pane-b');
    const otherSession = await openTeam(other);
    other.net.online = false;
    await saveAnswer(otherSession.ctx, {
      traject: { id: aWorkingTraject().traject.id, editie: 'sgg' },
      questionId: '2.ambitie',
      value: text('Blijft liggen'),
    });

    const here = paneOnDevice(storage, broker, 'pane-a');
    const session = await openTeam(here);
    await waitFor(() => expect(broker.waiting(`${LOCKS}pane-b`)).toBe(1));
    expect(here.storageListeners.size).toBe(1);

    session.dispose();
    await waitFor(() => expect(broker.waiting()).toBe(0));
    expect(here.storageListeners.size).toBe(0);
    // A later change of the other pane does not start a watch again.
    await saveAnswer(otherSession.ctx, {
      traject: { id: aWorkingTraject().traject.id, editie: 'sgg' },
      questionId: '0A.vraagstuk',
      value: text('Nog een'),
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(broker.waiting()).toBe(0);

    close(other, otherSession);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(session.takenOver?.count()).toBe(0);
    expect(storage.keysUnder(PENDING).every((k) => k.startsWith(`${TEAM}:pane-b:`))).toBe(true);
    expect(storage.keysUnder(PENDING)).toHaveLength(2);
  });
});
