/**
 * The tab's composition root: the only place that builds adapters. It decides synchronously where
 * the tab runs, then starts either inside Teams (teams-js, the team's SharePoint site, sign-in) or
 * standalone on the local Graph emulator as the demo user (no teams-js, no MSAL loaded).
 */
import { createRoot } from 'react-dom/client';
import { ZodError } from 'zod';
import { findAuthFailure } from '../shared/auth/errors.ts';
import type { KompasAuth } from '../shared/auth/provider.ts';
import type { ScopeSetName } from '../shared/auth/scopes.ts';
import type { AppContext } from '../shared/application/index.ts';
import type { EditionId, Edition } from '../shared/content/schema.ts';
import { isKompasError } from '../shared/domain/errors.ts';
import type { GraphTransport } from '../shared/graph/transport.ts';
import type { HostContext, HostUser, Locale } from '../shared/ports/host-context.ts';
import type { TrajectRepository } from '../shared/ports/traject-repository.ts';
import { App } from './app/App.tsx';
import { BootError, type Boot, type Booted, type BootStage, type StartView } from './app/boot.ts';
import { parseRoute, routeFromSubPageId, routeHref, subPageIdOf, type Route } from './app/router.ts';
import { takeOverClosedPages } from '../shared/application/taken-over.ts';
import type { ServicesConfig, TeamStore } from './app/services.tsx';
import { browserSessionChannel } from './host/browser/session-channel.ts';
import { detectHost } from './host/detect.ts';
import { systemTheme, watchSystemTheme } from './host/standalone/system-theme.ts';
import type { TeamsStart } from './host/teams/context.ts';
import type { TeamsApi } from './host/teams/teams-api.ts';
import {
  addressWithTraject,
  parseTrajectId,
  readAddress,
  readStoredLocale,
  storeLocale,
} from './host/url.ts';

const GRAPH = 'https://graph.microsoft.com/v1.0';
const address = readAddress(window.location.search);
const hashRoute = parseRoute(window.location.hash);

/**
 * Everything behind the first paint loads while the spinner shows: the edition content (the
 * largest module), the Graph store, the outbox and the browser adapters.
 */
const modules = Promise.all([
  import('../shared/content/index.ts'),
  import('../shared/graph/graph-repository.ts'),
  import('../shared/graph/calendar.ts'),
  import('../shared/graph/transport.ts'),
  import('../shared/graph/provisioning.ts'),
  import('../shared/graph/lists/index.ts'),
  import('../shared/graph/items.ts'),
  import('../shared/application/outbox.ts'),
  import('./host/browser/local-pending-store.ts'),
  import('./host/browser/ports.ts'),
  import('../shared/graph/user.ts'),
  import('./host/no-site-repository.ts'),
  import('./host/standalone/demo.ts'),
  import('./host/teams/context.ts'),
  import('./host/teams/deep-link.ts'),
]).then(
  ([
    content,
    repository,
    calendar,
    transport,
    provisioning,
    lists,
    items,
    outbox,
    pending,
    ports,
    graphUser,
    noSite,
    demo,
    teamsContext,
    deepLink,
  ]) => ({
    getEdition: content.getEdition,
    GraphTrajectRepository: repository.GraphTrajectRepository,
    GraphCalendar: calendar.GraphCalendar,
    GraphTransport: transport.GraphTransport,
    provisionSite: provisioning.provisionSite,
    readSchemaVersion: provisioning.readSchemaVersion,
    STORE_SCHEMA_VERSION: lists.STORE_SCHEMA_VERSION,
    teamSitePath: items.teamSitePath,
    Outbox: outbox.Outbox,
    LocalPendingStore: pending.LocalPendingStore,
    clearPendingOfUser: pending.clearPendingOfUser,
    pageInstance: pending.browserPageInstance(navigator, () => ports.randomIds.next()),
    ...ports,
    ...graphUser,
    noSiteRepository: noSite.noSiteRepository,
    ...demo,
    readTeamsContext: teamsContext.readTeamsContext,
    teamsDeepLink: deepLink.teamsDeepLink,
  }),
);

async function editions(): Promise<(id: EditionId) => Edition> {
  return (await modules).getEdition;
}

type Modules = Awaited<typeof modules>;

/** A sign-in or consent window fixes these; the person starts it with a click. */
const interactiveFailures: ReadonlySet<string> = new Set([
  'SignInRequired',
  'ConsentRequired',
  'PopupBlocked',
  'Cancelled',
]);

/** Why starting failed, as the person can act on it: sign in, ask the owner, ask the admin. */
function explain(error: unknown, signIn: (() => Promise<unknown>) | undefined): unknown {
  const failure = findAuthFailure(error);
  if (failure !== undefined) {
    return signIn !== undefined && interactiveFailures.has(failure.code)
      ? new BootError('signIn', { cause: error, signIn })
      : error;
  }
  if (isKompasError(error, 'NotProvisioned')) return new BootError('cannotProvision', { cause: error });
  if (isKompasError(error, 'PermissionDenied') || isKompasError(error, 'NotFound')) {
    return new BootError('noAccess', { cause: error });
  }
  return error;
}

interface ProvisionAccess {
  /** Reads with the session's token. */
  readonly reader: GraphTransport;
  /** Creates lists: in Teams with Sites.Manage.All, asked for only when the lists are missing. */
  readonly manager: GraphTransport;
  readonly signIn?: (scopes: ScopeSetName) => Promise<unknown>;
}

/** Creates the lists on first use; a member who may not do that learns whom to ask. */
async function provision(
  m: Modules,
  access: ProvisionAccess,
  sitePath: string,
  progress: (stage: BootStage) => void,
): Promise<void> {
  const signInFor = (scopes: ScopeSetName) => {
    const signIn = access.signIn;
    return signIn === undefined ? undefined : () => signIn(scopes);
  };
  let version: number | undefined;
  try {
    version = await m.readSchemaVersion(access.reader, sitePath);
  } catch (error) {
    throw explain(error, signInFor('base'));
  }
  if (version !== undefined && version >= m.STORE_SCHEMA_VERSION) return;
  progress('provisioning');
  try {
    await m.provisionSite(access.manager, sitePath);
  } catch (error) {
    throw explain(error, signInFor('provisioning'));
  }
}

function storeOf(m: Modules, transport: GraphTransport, groupId: string, displayName: string): TeamStore {
  return {
    groupId,
    displayName,
    repository: new m.GraphTrajectRepository({ transport, sitePath: m.teamSitePath(groupId) }),
  };
}

/** The outbox over this user's namespace in localStorage, and what sign-out needs of it. */
async function openOutbox(m: Modules, repository: TrajectRepository, user: HostUser) {
  const store = new m.LocalPendingStore(window.localStorage, user.upn, {
    instance: m.pageInstance,
    onSuperseded: (entry) => console.warn('Kompas: outbox kept a newer change for', entry.key),
    onError: (error) => console.error('Kompas: outbox storage', error),
  });
  const outbox = await m.Outbox.open(
    {
      repository,
      store,
      scheduler: m.timeoutScheduler,
      clock: m.systemClock,
    },
    // A store failure also rejects the edit that met it, which the screen shows; this is for diagnostics.
    { onError: (error) => console.error('Kompas: outbox', error) },
  );
  window.addEventListener('online', () => outbox.online());
  // A tab that closes with unsent changes hands them to this one at once, not to the next tab that
  // opens (issue #4); it lasts as long as the page, and sign-out (store.clear) stops it.
  const { takenOver } = takeOverClosedPages(store, outbox, {
    onKept: (key) => console.warn('Kompas: kept this tab’s change over a closed tab’s for', key),
    onUnreadable: (entry) => console.error('Kompas: unreadable change of a closed tab', entry),
  });
  // Other tabs' writes: a tab that opened after this one is watched from its first unsent change.
  window.addEventListener('storage', (event) => {
    if (event.storageArea === window.localStorage) store.storageChanged(event.key);
  });
  return {
    outbox,
    pendingElsewhere: () => store.elsewhere(),
    sessionChannel: browserSessionChannel(user.upn),
    takenOver,
  } as const;
}

function standaloneLink(route: Route, trajectId: string | undefined): string {
  const base = `${window.location.origin}${window.location.pathname}`;
  return addressWithTraject(base, parseTrajectId(trajectId), routeHref(route));
}

function rememberLocale(locale: Locale): void {
  storeLocale(window.localStorage, locale);
  document.documentElement.lang = locale;
}

function startView(
  entityId: string | undefined,
  subPageId: string | undefined,
  settings: boolean,
): StartView {
  if (settings || address.view === 'config' || hashRoute?.screen === 'config') return { kind: 'config' };
  if (address.view === 'mijn-acties') return { kind: 'mijn-acties' };
  return {
    kind: 'tab',
    trajectId: address.trajectId ?? parseTrajectId(entityId),
    route: routeFromSubPageId(subPageId) ?? hashRoute,
  };
}

// ── standalone: the local emulator as the demo user ───────────────────────────

const bootStandalone: Boot = async (progress) => {
  const m = await modules;
  // The same sign-in module as in Teams; standalone it is the demo user and never loads MSAL.
  const { loadTabAuth } = await import('./host/auth/index.ts');
  const auth = await loadTabAuth('standalone', { env: import.meta.env, clock: m.systemClock });
  const transport = new m.GraphTransport({
    baseUrl: m.emulatorBaseUrl(window.location.origin),
    tokens: auth,
  });
  progress('loading');
  // The demo's data lives in the demo user's team (the seed makes one); a bare emulator has the root site.
  const teams = address.team !== undefined ? [] : await m.joinedTeams(transport).catch(() => []);
  const groupId = address.team ?? teams[0]?.groupId;
  const sitePath = groupId === undefined ? '/sites/root' : m.teamSitePath(groupId);
  await provision(m, { reader: transport, manager: transport }, sitePath, progress);
  const displayName = (await m.myDisplayName(transport).catch(() => undefined)) ?? m.DEMO_USER;
  const user: HostUser = { upn: m.DEMO_USER, displayName };
  const repository = new m.GraphTrajectRepository({ transport, sitePath });
  const { outbox, ...session } = await openOutbox(m, repository, user);
  const ctx: AppContext = {
    repository,
    outbox,
    clock: m.systemClock,
    ids: m.randomIds,
    user,
    edition: await editions(),
  };
  const host: HostContext = {
    kind: 'standalone',
    locale: address.locale ?? readStoredLocale(window.localStorage) ?? 'nl',
    theme: address.theme ?? systemTheme(window.matchMedia.bind(window)),
    user,
    groupId,
    entityId: address.trajectId,
    subPageId: hashRoute === undefined ? undefined : subPageIdOf(hashRoute),
  };
  const services: ServicesConfig = {
    ctx,
    outbox,
    host,
    teams: undefined,
    demo: true,
    auth,
    ...session,
    calendar: new m.GraphCalendar(transport),
    linkTo: standaloneLink,
    myTeams: () =>
      Promise.resolve(
        groupId === undefined
          ? [{ groupId: 'root', displayName: 'Demo', repository }]
          : [storeOf(m, transport, groupId, teams[0]?.displayName ?? groupId)],
      ),
    ...(address.theme === undefined
      ? { watchTheme: (handler) => watchSystemTheme(window.matchMedia.bind(window), handler) }
      : {}),
    onLocaleChange: rememberLocale,
  };
  const view = startView(undefined, undefined, false);
  // Standalone has no configuration page: without a traject the start screen lists them.
  return {
    services,
    view: view.kind === 'config' ? { kind: 'tab', trajectId: undefined, route: undefined } : view,
  };
};

// ── Teams: teams-js, the team's site, sign-in ─────────────────────────────────

/** Sign-in inside Teams (NAA, then Teams SSO) from `tab/host/auth/`, loaded only here: never standalone. */
async function teamsAuth(m: Modules): Promise<KompasAuth> {
  const { loadTabAuth } = await import('./host/auth/index.ts');
  try {
    return await loadTabAuth('teams', { env: import.meta.env, clock: m.systemClock });
  } catch (error) {
    // A build without the tenant's sign-in settings (devtools/package) cannot sign anyone in.
    if (error instanceof ZodError) throw new BootError('signInUnavailable', { cause: error });
    throw error;
  }
}

function teamsLink(m: Modules, start: TeamsStart) {
  const appId = (import.meta.env as Record<string, unknown>)['VITE_KOMPAS_APP_ID'];
  return (route: Route, trajectId: string | undefined): string =>
    typeof appId === 'string' && appId !== '' && trajectId !== undefined
      ? m.teamsDeepLink({
          appId,
          entityId: start.entityId ?? trajectId,
          subPageId: subPageIdOf(route),
          channelId: start.channelId,
        })
      : standaloneLink(route, trajectId);
}

async function bootTeams(progress: (stage: BootStage) => void, teams: TeamsApi): Promise<Booted> {
  await teams.initialize();
  const m = await modules;
  const start = m.readTeamsContext(await teams.getContext());
  const view = startView(start.entityId, start.subPageId, start.settings);
  const auth = await teamsAuth(m);
  const transport = new m.GraphTransport({ baseUrl: GRAPH, tokens: auth });
  const user = start.user;
  let repository: TrajectRepository = m.noSiteRepository;
  if (view.kind !== 'mijn-acties') {
    if (start.groupId === undefined) throw new BootError('noTeam');
    const sitePath = m.teamSitePath(start.groupId);
    const manager = new m.GraphTransport({ baseUrl: GRAPH, tokens: auth.tokenProvider('provisioning') });
    await provision(
      m,
      { reader: transport, manager, signIn: (scopes) => auth.signIn(scopes) },
      sitePath,
      progress,
    );
    repository = new m.GraphTrajectRepository({ transport, sitePath });
  }
  progress('loading');
  const { outbox, ...session } = await openOutbox(m, repository, user);
  const ctx: AppContext = {
    repository,
    outbox,
    clock: m.systemClock,
    ids: m.randomIds,
    user,
    edition: await editions(),
  };
  const host: HostContext = {
    kind: 'teams',
    locale: readStoredLocale(window.localStorage) ?? start.locale,
    theme: start.theme,
    user,
    groupId: start.groupId,
    entityId: start.entityId,
    subPageId: start.subPageId,
  };
  const teamsTransport = new m.GraphTransport({ baseUrl: GRAPH, tokens: auth.tokenProvider('teams') });
  const services: ServicesConfig = {
    ctx,
    outbox,
    host,
    teams,
    demo: false,
    auth,
    ...session,
    calendar: new m.GraphCalendar(
      new m.GraphTransport({ baseUrl: GRAPH, tokens: auth.tokenProvider('calendar') }),
    ),
    linkTo: teamsLink(m, start),
    myTeams: async () =>
      (await m.joinedTeams(teamsTransport)).map((t) => storeOf(m, transport, t.groupId, t.displayName)),
    onLocaleChange: rememberLocale,
  };
  return { services, view };
}

const boot: Boot =
  detectHost(window) === 'teams'
    ? async (progress) => {
        progress('connecting');
        // teams-js is only downloaded inside Teams.
        const { teamsSdk } = await import('./host/teams/teams-sdk.ts');
        try {
          return await bootTeams(progress, teamsSdk);
        } finally {
          // Hide Teams' loading indicator also when starting failed, so our explanation shows.
          teamsSdk.notifySuccess();
        }
      }
    : bootStandalone;

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('tab/index.html has no #root');
const initialLocale = address.locale ?? readStoredLocale(window.localStorage) ?? 'nl';
document.documentElement.lang = initialLocale;
createRoot(rootElement).render(
  <App
    boot={boot}
    locale={initialLocale}
    theme={address.theme ?? systemTheme(window.matchMedia.bind(window))}
  />,
);
