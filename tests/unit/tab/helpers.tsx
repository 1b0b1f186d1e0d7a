/**
 * Test wiring for the tab: the real use cases and Outbox over the in-memory repository, a fake
 * clock, deterministic ids, and a hand-written fake Teams host implementing `TeamsApi`
 * (TeamsJS's own practice: a fake host, not mocks).
 */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import { Outbox, type AppContext } from '../../../shared/application/index.ts';
import { getEdition } from '../../../shared/content/index.ts';
import type { HostContext } from '../../../shared/ports/host-context.ts';
import type { PendingStore } from '../../../shared/ports/pending-store.ts';
import type { Scheduler } from '../../../shared/ports/scheduler.ts';
import type { TrajectRepository } from '../../../shared/ports/traject-repository.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';
import type { BuiltTraject } from '../../../shared/testing/builders.ts';
import { AnnouncerProvider } from '../../../tab/app/announce.tsx';
import { ServicesProvider, type ServicesConfig } from '../../../tab/app/services.tsx';
import { TrajectProvider } from '../../../tab/app/traject.tsx';
import type { TeamsApi, TeamsContextLike, TeamsTabConfig } from '../../../tab/host/teams/teams-api.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';

// jsdom lacks these; Fluent and the tab only need them to exist.
if (typeof window !== 'undefined') {
  if (!('matchMedia' in window)) {
    Object.defineProperty(window, 'matchMedia', {
      value: (query: string) =>
        ({
          matches: false,
          media: query,
          onchange: null,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
          addListener: () => undefined,
          removeListener: () => undefined,
          dispatchEvent: () => false,
        }) satisfies MediaQueryList,
    });
  }
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  if (!('scrollIntoView' in Element.prototype)) {
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
  }
}

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

export const USER = 'demo@voorbeeldstad.nl';

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

/** Runs scheduled work on real timers (fake timers in a test drive them too). */
export const testScheduler: Scheduler = {
  schedule(delayMs, task) {
    const handle = setTimeout(task, delayMs);
    return { cancel: () => clearTimeout(handle) };
  },
};

/** A Teams host that records what the tab tells it and lets a test act as Teams. */
export class FakeTeamsHost implements TeamsApi {
  context: TeamsContextLike;
  initialized = false;
  loaded = 0;
  validity: boolean[] = [];
  saved: TeamsTabConfig[] = [];
  configSupported = true;
  #theme: ((theme: string) => void) | undefined;
  #save: Parameters<TeamsApi['config']['onSave']>[0] | undefined;

  constructor(context: Partial<TeamsContextLike> = {}) {
    this.context = {
      app: { locale: 'nl-nl', theme: 'default' },
      page: { id: '', frameContext: 'content' },
      user: { userPrincipalName: USER, displayName: 'Demo Gebruiker' },
      team: { groupId: 'group-1', displayName: 'Jeugd Voorbeeldstad' },
      channel: { id: '19:channel@thread.tacv2' },
      ...context,
    };
  }

  initialize() {
    this.initialized = true;
    return Promise.resolve();
  }
  getContext() {
    return Promise.resolve(this.context);
  }
  onThemeChange(handler: (theme: string) => void) {
    this.#theme = handler;
  }
  notifySuccess() {
    this.loaded++;
  }
  readonly config: TeamsApi['config'] = {
    isSupported: () => this.configSupported,
    setValidityState: (valid) => {
      this.validity.push(valid);
    },
    onSave: (handler) => {
      this.#save = handler;
    },
    setConfig: (config) => {
      this.saved.push(config);
      return Promise.resolve();
    },
  };

  /** Teams changes its theme (the user picked dark or high contrast). */
  changeTheme(theme: string): void {
    if (this.#theme === undefined) throw new Error('the tab registered no theme handler');
    this.#theme(theme);
  }

  /** The person pressed Save on the configuration page; resolves with Teams' verdict. */
  pressSave(): Promise<{ ok: true } | { ok: false; reason: string }> {
    const handler = this.#save;
    if (handler === undefined) throw new Error('the tab registered no save handler');
    return new Promise((resolve) =>
      handler({
        notifySuccess: () => resolve({ ok: true }),
        notifyFailure: (reason) => resolve({ ok: false, reason }),
      }),
    );
  }
}

export interface World {
  readonly repository: InMemoryTrajectRepository;
  readonly outbox: Outbox;
  readonly clock: FakeClock;
  readonly ctx: AppContext;
  readonly services: ServicesConfig;
}

export interface WorldOptions {
  readonly repository?: TrajectRepository;
  readonly teams?: TeamsApi;
  readonly host?: Partial<HostContext>;
  readonly now?: string;
  readonly demo?: boolean;
}

export async function makeWorld(options: WorldOptions = {}): Promise<World> {
  const repository = new InMemoryTrajectRepository();
  const used = options.repository ?? repository;
  const clock = new FakeClock(options.now ?? '2026-03-02T10:00:00.000Z');
  const outbox = await Outbox.open({
    repository: used,
    store: new MemoryPendingStore(),
    scheduler: testScheduler,
    clock,
  });
  const user = { upn: USER, displayName: 'Demo Gebruiker' };
  const ctx: AppContext = {
    repository: used,
    outbox,
    clock,
    ids: new SequenceIds({ prefix: 'id' }),
    user,
    edition: getEdition,
  };
  const host: HostContext = {
    kind: options.teams === undefined ? 'standalone' : 'teams',
    locale: 'nl',
    theme: 'light',
    user,
    groupId: 'group-1',
    entityId: undefined,
    subPageId: undefined,
    ...options.host,
  };
  const services: ServicesConfig = {
    ctx,
    outbox,
    host,
    teams: options.teams,
    demo: options.demo ?? false,
    linkTo: (route, trajectId) => `https://kompas.test/tab/?traject=${trajectId ?? ''}#/${route.screen}`,
    myTeams: () =>
      Promise.resolve([{ groupId: 'group-1', displayName: 'Jeugd Voorbeeldstad', repository: used }]),
  };
  return { repository, outbox, clock, ctx, services };
}

/** Stores a built traject in the repository, as if partners had worked on it before. */
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

export function Providers({
  services,
  children,
}: {
  readonly services: ServicesConfig;
  readonly children: ReactNode;
}) {
  return (
    <ServicesProvider services={services}>
      <FluentProvider theme={teamsLightTheme}>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </FluentProvider>
    </ServicesProvider>
  );
}

/** Renders a screen inside the services and an open traject (no polling unless asked). */
export function renderInTraject(world: World, trajectId: TrajectId, ui: ReactNode, pollMs = 0): RenderResult {
  return render(
    <Providers services={world.services}>
      <TrajectProvider trajectId={trajectId} pollMs={pollMs}>
        {ui}
      </TrajectProvider>
    </Providers>,
  );
}

/** Waits until the outbox has nothing left to send. */
export async function settled(outbox: Outbox): Promise<void> {
  for (let i = 0; i < 100 && outbox.pending().length > 0; i++) {
    await new Promise((r) => setTimeout(r, 5));
  }
  if (outbox.pending().length > 0) throw new Error('the outbox did not settle');
}
