/**
 * The task pane's composition root: the only place that builds adapters. It waits briefly for
 * Office, then wires the store: the local emulator as the demo user when the build carries no
 * sign-in settings (`npm start`), Microsoft Graph with Word's sign-in otherwise. Without Word
 * (a plain browser, or Office.js blocked) the pane still previews and downloads templates.
 */
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { resolveLocale } from '../shared/i18n/translate.ts';
import type { Locale } from '../shared/ports/host-context.ts';
import { App } from './app/App.tsx';
import type { DataSource, PaneServices } from './app/services.tsx';
import { downloadFile } from './host/browser/download.ts';
import { browserPageInstance } from './host/browser/local-pending-store.ts';
import { randomIds, systemClock, timeoutScheduler } from './host/browser/ports.ts';
import { systemTheme } from './host/browser/system-theme.ts';
import { startOffice, type OfficeStart } from './host/office/office-runtime.ts';

const GRAPH = 'https://graph.microsoft.com/v1.0';
/** Office.onReady answers within a second in Word; in a plain browser it may never. */
const OFFICE_TIMEOUT_MS = 3000;
const DEMO_USER = { upn: 'demo@voorbeeldstad.nl', displayName: 'Demogebruiker' } as const;

const EnvSchema = z.looseObject({ VITE_KOMPAS_CLIENT_ID: z.string().optional() });

/** A build for a tenant carries its app registration; `npm start` carries none and runs the demo. */
function configured(env: unknown): boolean {
  const parsed = EnvSchema.safeParse(env);
  return parsed.success && (parsed.data.VITE_KOMPAS_CLIENT_ID ?? '').trim() !== '';
}

function onOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  return () => window.removeEventListener('online', listener);
}

/** Other pages' writes to `localStorage`, forwarded to the pending stores (watching closed panes). */
function onStorage(listener: (key: string | null) => void): () => void {
  const forward = (event: StorageEvent) => {
    if (event.storageArea === window.localStorage) listener(event.key);
  };
  window.addEventListener('storage', forward);
  return () => window.removeEventListener('storage', forward);
}

async function dataSource(office: OfficeStart, env: unknown): Promise<DataSource> {
  const [{ graphDataSource }, content] = await Promise.all([
    import('./host/store/team-store.ts'),
    import('../shared/content/index.ts'),
  ]);
  const common = {
    storage: window.localStorage,
    clock: systemClock,
    ids: randomIds,
    scheduler: timeoutScheduler,
    pendingInstance: browserPageInstance(navigator, () => randomIds.next()),
    edition: content.getEdition,
    // Failures reach the person through the record states; this is for diagnostics.
    onError: (error: unknown) => console.error('Kompas: outbox', error),
    onOnline,
    onStorage,
  };
  if (!configured(env)) {
    // The emulator takes an e-mail address as the bearer token (devtools/graph-emulator/auth.ts).
    const demo = { getToken: () => Promise.resolve(DEMO_USER.upn) };
    return graphDataSource({
      ...common,
      kind: 'demo',
      baseUrl: `${window.location.origin}/graph/v1.0`,
      tokens: { sites: demo, teams: demo },
      provision: true,
      fallbackUser: DEMO_USER,
    });
  }
  // Signing in needs Office (nested app auth, or its dialog); a plain browser gets blank templates.
  if (office.kind !== 'word') return { kind: 'none' };
  const { loadWordAuth } = await import('./host/auth/index.ts');
  // MSAL loads when the person first wants a traject, never for a blank template.
  let auth: ReturnType<typeof loadWordAuth> | undefined;
  const loaded = () => (auth ??= loadWordAuth('office', { env, clock: systemClock }));
  return graphDataSource({
    ...common,
    kind: 'microsoft365',
    baseUrl: GRAPH,
    tokens: {
      sites: { getToken: async () => (await loaded()).getToken() },
      teams: { getToken: async () => (await loaded()).tokenProvider('teams').getToken() },
    },
    signIn: async () => (await loaded()).signIn('teams'),
    // Offered once a team is open, so MSAL has loaded by then.
    auth: { signOut: async () => (await loaded()).signOut() },
    provision: false,
  });
}

/** Word's display language inside Word; outside it Dutch, unless the address asks for `?lang=en` (as the tab). */
function localeOf(office: OfficeStart): Locale {
  const tag =
    office.kind === 'word' ? office.displayLanguage : new URLSearchParams(window.location.search).get('lang');
  return resolveLocale(tag ?? undefined) === 'en' ? 'en' : 'nl';
}

const env: unknown = import.meta.env;
const officeStart = startOffice(window, { timeoutMs: OFFICE_TIMEOUT_MS });

async function boot(): Promise<PaneServices> {
  const office = await officeStart;
  const [data, content] = await Promise.all([dataSource(office, env), import('../shared/content/index.ts')]);
  const locale = localeOf(office);
  document.documentElement.lang = locale;
  return {
    office,
    data,
    edition: content.getEdition,
    download: (bytes, fileName) => downloadFile(document, bytes, fileName),
    clock: systemClock,
    locale,
    demo: !configured(env),
  };
}

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('word-addin/index.html has no #root');
createRoot(rootElement).render(
  <App boot={boot} locale="nl" theme={systemTheme((query) => window.matchMedia(query))} />,
);
