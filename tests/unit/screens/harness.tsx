/**
 * Renders a screen as the shell does: the services (real use cases and Outbox over the in-memory
 * repository, a fake clock, deterministic ids), the announcer, and the open traject.
 */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach } from 'vitest';
import { Outbox, type AppContext } from '../../../shared/application/index.ts';
import { getEdition } from '../../../shared/content/index.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import type { HostContext } from '../../../shared/ports/host-context.ts';
import type { PendingStore } from '../../../shared/ports/pending-store.ts';
import type { Scheduler } from '../../../shared/ports/scheduler.ts';
import { aTraject, type TrajectBuilder } from '../../../shared/testing/builders.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';
import { AnnouncerProvider } from '../../../tab/app/announce.tsx';
import { routePath, ServicesProvider, TrajectProvider, type ServicesConfig } from '../../../tab/app/index.ts';

/** jsdom has no layout: what Fluent and the screens only need to exist. */
let narrow = false;
window.matchMedia = (query: string) =>
  ({
    matches: narrow && query.includes('max-width'),
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }) satisfies MediaQueryList;
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

export const USER = 'anna@voorbeeldstad.nl';
/** 2 March 2026, 11:00 in the Netherlands. */
export const NOW = '2026-03-02T10:00:00.000Z';

class MemoryPendingStore implements PendingStore {
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

const timeouts: Scheduler = {
  schedule(delayMs, task) {
    const handle = setTimeout(task, delayMs);
    return { cancel: () => clearTimeout(handle) };
  },
};

export interface Rendered extends RenderResult {
  readonly repository: InMemoryTrajectRepository;
  readonly outbox: Outbox;
  readonly clock: FakeClock;
  readonly trajectId: TrajectId;
}

export interface ScreenOptions {
  readonly build?: (traject: TrajectBuilder) => TrajectBuilder;
  /** Writes to the store before the screen opens (answer revisions for the history …). */
  readonly before?: (repository: InMemoryTrajectRepository, trajectId: TrajectId) => Promise<void>;
  readonly locale?: HostContext['locale'];
  /** Pretend the tab is narrow (a phone, Teams' side panel). */
  readonly narrow?: boolean;
  /** A store that misbehaves on purpose; the in-memory one otherwise. */
  readonly repository?: InMemoryTrajectRepository;
}

let open: Outbox | undefined;
afterEach(() => {
  open?.dispose();
  open = undefined;
  narrow = false;
  cleanup();
  window.location.hash = '';
});

/** Stores a built traject, then renders `Screen` over it. */
export async function renderScreen(Screen: ComponentType, options: ScreenOptions = {}): Promise<Rendered> {
  narrow = options.narrow ?? false;
  const repository = options.repository ?? new InMemoryTrajectRepository();
  const built = (options.build ?? ((b) => b))(aTraject({ editie: 'sgg' })).build();
  await repository.save('traject', built.traject);
  for (const a of built.antwoorden) await repository.save('antwoord', a);
  for (const p of built.partners) await repository.save('partner', p);
  for (const i of built.indicatoren) await repository.save('indicator', i);
  for (const m of built.metingen) await repository.save('meting', m);
  for (const a of built.activiteiten) await repository.save('activiteit', a);
  for (const r of built.reflecties) await repository.save('reflectie', r);
  for (const a of built.acties) await repository.save('actie', a);
  const trajectId = built.traject.id;
  await options.before?.(repository, trajectId);

  const clock = new FakeClock(NOW);
  const outbox = await Outbox.open({
    repository,
    store: new MemoryPendingStore(),
    scheduler: timeouts,
    clock,
  });
  open = outbox;
  const user = { upn: USER, displayName: 'Anna de Vries' };
  const ctx: AppContext = {
    repository,
    outbox,
    clock,
    ids: new SequenceIds({ prefix: 'nieuw' }),
    user,
    edition: getEdition,
  };
  const services: ServicesConfig = {
    ctx,
    outbox,
    host: {
      kind: 'standalone',
      locale: options.locale ?? 'nl',
      theme: 'light',
      user,
      groupId: undefined,
      entityId: undefined,
      subPageId: undefined,
    },
    teams: undefined,
    demo: false,
    linkTo: (route, id) => `https://kompas.test/?traject=${id ?? ''}#/${routePath(route)}`,
    myTeams: () => Promise.resolve([]),
  };
  const result = render(
    <ServicesProvider services={services}>
      <FluentProvider theme={teamsLightTheme}>
        <AnnouncerProvider>
          <TrajectProvider trajectId={trajectId} pollMs={0}>
            <Screen />
          </TrajectProvider>
        </AnnouncerProvider>
      </FluentProvider>
    </ServicesProvider>,
  );
  return { ...result, repository, outbox, clock, trajectId };
}

/** Waits until the outbox has stored everything it was given. */
export async function settled(outbox: Outbox): Promise<void> {
  for (let i = 0; i < 200 && outbox.pending().length > 0; i++) {
    await new Promise((r) => setTimeout(r, 5));
  }
  if (outbox.pending().length > 0) throw new Error('the outbox did not settle');
}

/** What the store holds for the traject now (after the outbox drained). */
export async function stored(rendered: Rendered) {
  await settled(rendered.outbox);
  return rendered.repository.openTraject(rendered.trajectId);
}
