/**
 * Renders the tab's screens as the shell does: the services over the shared test wiring
 * (./world.ts), Fluent, the announcer and the open traject. Cleans up after every test.
 */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { afterEach } from 'vitest';
import type { AppContext, Outbox, OutboxOptions } from '../../../shared/application/index.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import type { Clock } from '../../../shared/domain/time.ts';
import type { HostContext, HostUser } from '../../../shared/ports/host-context.ts';
import { aTraject, type TrajectBuilder } from '../../../shared/testing/builders.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { AnnouncerProvider } from '../../../tab/app/announce.tsx';
import { routePath, ServicesProvider, TrajectProvider, type ServicesConfig } from '../../../tab/app/index.ts';
import type { TeamsApi } from '../../../tab/host/teams/teams-api.ts';
import { pretendNarrow } from './dom.ts';
import { ANNA, openSession, seed, settled } from './world.ts';

export { ANNA, NOW, seed, settled } from './world.ts';

/** The tab's demo user, as the local emulator signs in: makeWorld's user (renderScreen's is ANNA). */
export const DEMO: HostUser = { upn: 'demo@voorbeeldstad.nl', displayName: 'Demo Gebruiker' };
export const USER = DEMO.upn;

export interface World {
  readonly repository: InMemoryTrajectRepository;
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly ctx: AppContext;
  readonly services: ServicesConfig;
}

export interface WorldOptions {
  /** A store that misbehaves on purpose; a new in-memory one otherwise. */
  readonly repository?: InMemoryTrajectRepository;
  readonly teams?: TeamsApi;
  readonly host?: Partial<HostContext>;
  readonly demo?: boolean;
  /** The demo user unless given. */
  readonly user?: HostUser;
  /** A FakeClock at NOW unless given. */
  readonly clock?: Clock;
  readonly idPrefix?: string;
  readonly outbox?: OutboxOptions;
}

const opened = new Set<Outbox>();
afterEach(() => {
  cleanup();
  window.location.hash = '';
  for (const outbox of opened) outbox.dispose();
  opened.clear();
});

/** The services main.tsx would build, standalone (or inside the given fake Teams). */
export async function makeWorld(options: WorldOptions = {}): Promise<World> {
  const repository = options.repository ?? new InMemoryTrajectRepository();
  const user = options.user ?? DEMO;
  const { ctx, outbox, clock } = await openSession({
    repository,
    user,
    clock: options.clock,
    idPrefix: options.idPrefix,
    outbox: options.outbox,
  });
  opened.add(outbox);
  const services: ServicesConfig = {
    ctx,
    outbox,
    host: {
      kind: options.teams === undefined ? 'standalone' : 'teams',
      locale: 'nl',
      theme: 'light',
      user,
      groupId: 'group-1',
      entityId: undefined,
      subPageId: undefined,
      ...options.host,
    },
    teams: options.teams,
    demo: options.demo ?? false,
    linkTo: (route, trajectId) => `https://kompas.test/?traject=${trajectId ?? ''}#/${routePath(route)}`,
    myTeams: () => Promise.resolve([{ groupId: 'group-1', displayName: 'Jeugd Voorbeeldstad', repository }]),
  };
  return { repository, outbox, clock, ctx, services };
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

export interface Rendered extends RenderResult {
  readonly repository: InMemoryTrajectRepository;
  readonly outbox: Outbox;
  readonly clock: Clock;
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

/** Stores a built sgg traject, then renders `Screen` over it as Anna. */
export async function renderScreen(Screen: ComponentType, options: ScreenOptions = {}): Promise<Rendered> {
  pretendNarrow(options.narrow ?? false);
  const repository = options.repository ?? new InMemoryTrajectRepository();
  const build = options.build ?? ((b) => b);
  const trajectId = await seed(repository, build(aTraject({ editie: 'sgg' })).build());
  await options.before?.(repository, trajectId);
  const world = await makeWorld({
    repository,
    user: ANNA,
    idPrefix: 'nieuw',
    host: { locale: options.locale ?? 'nl' },
  });
  const result = renderInTraject(world, trajectId, <Screen />);
  return { ...result, repository, outbox: world.outbox, clock: world.clock, trajectId };
}

/** What the store holds for the traject now (after the outbox drained). */
export async function stored(rendered: Rendered) {
  await settled(rendered.outbox);
  return rendered.repository.openTraject(rendered.trajectId);
}
