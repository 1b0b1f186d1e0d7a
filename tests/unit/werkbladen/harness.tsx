/**
 * Renders the Werkbladen screen as the shell does (../support/tab.tsx), over a recording repository
 * and a real Outbox on real timers and a real clock, the route in `location.hash`.
 */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { cleanup, configure, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Outbox } from '../../../shared/application/index.ts';
import type { EditionId } from '../../../shared/content/index.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import type { Clock } from '../../../shared/domain/time.ts';
import type { HostContext } from '../../../shared/ports/host-context.ts';
import { aTraject, type TrajectBuilder } from '../../../shared/testing/builders.ts';
import { ServicesProvider, type ServicesConfig } from '../../../tab/app/index.ts';
import WerkbladenScreen from '../../../tab/features/werkbladen/index.tsx';
import { AutosaveDelayContext } from '../../../tab/features/werkbladen/settings.ts';
import { makeWorld, renderInTraject, type World } from '../support/tab.tsx';
import { ANNA, RecordingRepository, seed } from '../support/world.ts';

// Saves go through real timers and promises; a busy CI machine needs more than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

const clock: Clock = { now: () => new Date() };

export interface Rendered extends RenderResult {
  readonly repository: RecordingRepository;
  readonly outbox: Outbox;
  readonly services: ServicesConfig;
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

function worldOver(repository: RecordingRepository, locale: HostContext['locale']): Promise<World> {
  return makeWorld({
    repository,
    user: ANNA,
    clock,
    idPrefix: 'nieuw',
    host: { locale },
    // A network failure waits long enough for a test to see "Wacht op verbinding".
    outbox: { backoff: { initialMs: 60_000, maxMs: 60_000 } },
  });
}

/**
 * Renders a component inside the shell's services (for editors tested on their own), without the
 * shell's announcer: the component's own live region is then the only `status` on the page.
 */
export async function renderWithServices(
  ui: ReactElement,
  locale: HostContext['locale'] = 'nl',
): Promise<RenderResult & { readonly services: ServicesConfig }> {
  const { services } = await worldOver(new RecordingRepository(), locale);
  const result = render(
    <FluentProvider theme={teamsLightTheme}>
      <ServicesProvider services={services}>{ui}</ServicesProvider>
    </FluentProvider>,
  );
  return { ...result, services };
}

export async function renderWerkbladen(options: RenderOptions = {}): Promise<Rendered> {
  const repository = new RecordingRepository();
  const build = options.build ?? ((b) => b);
  const trajectId = await seed(repository, build(aTraject({ editie: options.editie ?? 'sgg' })).build());
  repository.saves.length = 0;
  const world = await worldOver(repository, options.locale ?? 'nl');
  window.location.hash = `#/${options.route ?? 'werkbladen'}`;
  const result = renderInTraject(
    world,
    trajectId,
    <AutosaveDelayContext.Provider value={options.autosaveMs ?? 0}>
      <WerkbladenScreen />
    </AutosaveDelayContext.Provider>,
  );
  return { ...result, repository, outbox: world.outbox, services: world.services, trajectId };
}

export function cleanupWerkbladen(rendered: Rendered | undefined): void {
  rendered?.outbox.dispose();
  cleanup();
}
