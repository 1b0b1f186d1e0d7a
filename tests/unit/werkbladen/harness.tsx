/**
 * Renders the Werkbladen screen as the shell does: ServicesProvider and TrajectProvider over the
 * in-memory repository and a real Outbox (with real timers), the route in `location.hash`.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, configure, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Outbox, type AppContext } from '../../../shared/application/index.ts';
import { getEdition, type EditionId } from '../../../shared/content/index.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import type { EntityKind, EntityMap } from '../../../shared/domain/model.ts';
import type { Clock } from '../../../shared/domain/time.ts';
import type { PendingStore } from '../../../shared/ports/pending-store.ts';
import type { ScheduledTask, Scheduler } from '../../../shared/ports/scheduler.ts';
import type { HostContext } from '../../../shared/ports/host-context.ts';
import { aTraject, type TrajectBuilder } from '../../../shared/testing/builders.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';
import { routePath, ServicesProvider, TrajectProvider, type ServicesConfig } from '../../../tab/app/index.ts';
import WerkbladenScreen from '../../../tab/features/werkbladen/index.tsx';
import { AutosaveDelayContext } from '../../../tab/features/werkbladen/settings.ts';

// Saves go through real timers and promises; a busy CI machine needs more than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: Fluent's MessageBar watches its size with a ResizeObserver.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export const user = { upn: 'anna@voorbeeldstad.nl', displayName: 'Anna de Vries' };

class MemoryStore implements PendingStore {
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

const timeoutScheduler: Scheduler = {
  schedule(delayMs: number, task: () => void): ScheduledTask {
    const handle = setTimeout(task, delayMs);
    return { cancel: () => clearTimeout(handle) };
  },
};

const clock: Clock = { now: () => new Date() };

/** The repository of a test: the store the screen writes to, and a spy on what it is asked to save. */
export class TestRepository extends InMemoryTrajectRepository {
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

export interface Rendered extends RenderResult {
  readonly repository: TestRepository;
  readonly outbox: Outbox;
  readonly config: ServicesConfig;
  readonly trajectId: TrajectId;
}

export interface RenderOptions {
  readonly editie?: EditionId;
  /** The route, without `#/`: `werkbladen/2/2.ambitie`. */
  readonly route?: string;
  readonly autosaveMs?: number;
  readonly build?: (traject: TrajectBuilder) => TrajectBuilder;
  readonly locale?: HostContext['locale'];
}

/** Strips the store's version so a snapshot record can be saved as a new one. */
function plain<T extends object>(record: T): T {
  const { version: _version, ...rest } = record as T & { version?: unknown };
  return rest as T;
}

async function servicesOver(
  repository: TestRepository,
  locale: HostContext['locale'],
): Promise<ServicesConfig> {
  const outbox = await Outbox.open(
    { repository, store: new MemoryStore(), scheduler: timeoutScheduler, clock },
    // A network failure waits long enough for a test to see "Wacht op verbinding".
    { backoff: { initialMs: 60_000, maxMs: 60_000 } },
  );
  const ctx: AppContext = {
    repository,
    outbox,
    clock,
    ids: new SequenceIds({ prefix: 'nieuw' }),
    user,
    edition: getEdition,
  };
  const host: HostContext = {
    kind: 'standalone',
    locale,
    theme: 'light',
    user,
    groupId: undefined,
    entityId: undefined,
    subPageId: undefined,
  };
  return {
    ctx,
    outbox,
    host,
    teams: undefined,
    demo: false,
    linkTo: (route, trajectId) => `https://kompas.test/?traject=${trajectId ?? ''}#/${routePath(route)}`,
    myTeams: () => Promise.resolve([]),
  };
}

/** Renders a component inside the shell's services (for editors tested on their own). */
export async function renderWithServices(
  ui: ReactElement,
  locale: HostContext['locale'] = 'nl',
): Promise<RenderResult & { readonly config: ServicesConfig }> {
  const config = await servicesOver(new TestRepository(), locale);
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={config}>{ui}</ServicesProvider>
    </FluentProvider>,
  );
  return { ...result, config };
}

export async function renderWerkbladen(options: RenderOptions = {}): Promise<Rendered> {
  const repository = new TestRepository();
  const builder = (options.build ?? ((b) => b))(aTraject({ editie: options.editie ?? 'sgg' }));
  const built = builder.build();
  await repository.save('traject', built.traject);
  for (const a of built.antwoorden) await repository.save('antwoord', plain(a));
  for (const p of built.partners) await repository.save('partner', plain(p));
  for (const i of built.indicatoren) await repository.save('indicator', plain(i));
  for (const m of built.metingen) await repository.save('meting', plain(m));
  for (const a of built.activiteiten) await repository.save('activiteit', plain(a));
  for (const r of built.reflecties) await repository.save('reflectie', plain(r));
  for (const a of built.acties) await repository.save('actie', plain(a));
  repository.saves.length = 0;

  const config = await servicesOver(repository, options.locale ?? 'nl');
  const { outbox } = config;
  window.location.hash = `#/${options.route ?? 'werkbladen'}`;
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={config}>
        <TrajectProvider trajectId={built.traject.id} pollMs={0}>
          <AutosaveDelayContext.Provider value={options.autosaveMs ?? 0}>
            <WerkbladenScreen />
          </AutosaveDelayContext.Provider>
        </TrajectProvider>
      </ServicesProvider>
    </FluentProvider>,
  );
  return { ...result, repository, outbox, config, trajectId: built.traject.id };
}

export function cleanupWerkbladen(rendered: Rendered | undefined): void {
  rendered?.outbox.dispose();
  cleanup();
}
