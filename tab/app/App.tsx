/**
 * The tab from the first paint: a progress message while main.tsx connects (Teams, SharePoint,
 * provisioning), an explanation when that fails, then the services and the chosen view.
 */
import { Button, FluentProvider, Spinner, makeStaticStyles } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { translator } from '../../shared/i18n/index.ts';
import type { Locale, ThemeName } from '../../shared/ports/host-context.ts';
import { AnnouncerProvider } from './announce.tsx';
import { BootError, type Boot, type Booted, type BootStage } from './boot.ts';
import { describeError } from './errors.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import type { T } from './i18n.ts';
import { useLayoutStyles } from './Layout.styles.ts';
import { ServicesProvider, useServices } from './services.tsx';
import { fluentThemes } from './theme.ts';

type BootState =
  | { readonly status: 'booting'; readonly stage: BootStage }
  | { readonly status: 'ready'; readonly booted: Booted }
  | { readonly status: 'failed'; readonly error: unknown };

export interface AppProps {
  readonly boot: Boot;
  /** Before the host is known: the language and theme to start in. */
  readonly locale: Locale;
  readonly theme: ThemeName;
}

/** The shell behind the spinner: it downloads while main.tsx connects. */
const rootModule = import('./Root.tsx');
const Root = lazy(() => rootModule);

const useGlobalStyles = makeStaticStyles({
  body: { margin: '0' },
  '*, *::before, *::after': { boxSizing: 'border-box' },
  // A native select is as wide as its longest option (an e-mail address, a bouwsteen title);
  // on a 320 px screen it must shrink with its field instead of running off the page.
  '.fui-Select': { maxWidth: '100%', minWidth: '0' },
  '.fui-Select__select': { minWidth: '0', textOverflow: 'ellipsis' },
});

const stageKey = {
  starting: 'tab.boot.starting',
  connecting: 'tab.boot.connecting',
  provisioning: 'tab.boot.provisioning',
  loading: 'tab.boot.loading',
} as const satisfies Record<BootStage, string>;

function Booting({ t, stage }: { readonly t: T; readonly stage: BootStage }) {
  const styles = useLayoutStyles();
  return (
    <main className={styles.centered}>
      <Spinner label={t(stageKey[stage])} labelPosition="below" role="status" />
    </main>
  );
}

function BootFailed({
  t,
  error,
  onRetry,
}: {
  readonly t: T;
  readonly error: unknown;
  readonly onRetry: () => void;
}) {
  const styles = useLayoutStyles();
  const [signingIn, setSigningIn] = useState(false);
  const { text, code } = describeError(t, error);
  const signIn = error instanceof BootError ? error.signIn : undefined;
  return (
    <main className={styles.centered}>
      <div className={styles.bootError} role="alert">
        <h1>{t('tab.boot.failed')}</h1>
        <p>{text}</p>
        <p>{t('tab.error.code', { code })}</p>
      </div>
      {signIn === undefined ? (
        <Button appearance="primary" onClick={onRetry}>
          {t('tab.boot.retry')}
        </Button>
      ) : (
        <Button
          appearance="primary"
          disabled={signingIn}
          onClick={() => {
            // Sign-in windows need this click; the outcome shows when starting again.
            setSigningIn(true);
            void signIn().then(onRetry, onRetry);
          }}
        >
          {signingIn ? t('auth.signingIn') : t('auth.signIn')}
        </Button>
      )}
    </main>
  );
}

/** Theme and language follow the services once they exist. */
function Themed({ booted }: { readonly booted: Booted }) {
  const { host } = useServices();
  useEffect(() => {
    document.documentElement.lang = host.locale;
  }, [host.locale]);
  return (
    <FluentProvider theme={fluentThemes[host.theme]} lang={host.locale}>
      <AnnouncerProvider>
        <ErrorBoundary onError={(error) => console.error('Kompas: screen failed', error)}>
          <Suspense fallback={<Booting t={translator(host.locale)} stage="loading" />}>
            <Root view={booted.view} />
          </Suspense>
        </ErrorBoundary>
      </AnnouncerProvider>
    </FluentProvider>
  );
}

export function App({ boot, locale, theme }: AppProps) {
  useGlobalStyles();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<BootState>({ status: 'booting', stage: 'starting' });
  // One start per attempt, also when React runs effects twice in development.
  const startedAttempt = useRef<number | undefined>(undefined);
  const running = useRef<Promise<Booted> | undefined>(undefined);

  useEffect(() => {
    const current = () => startedAttempt.current === attempt;
    if (!current()) {
      setState({ status: 'booting', stage: 'starting' });
      // Marked before boot runs, so progress it reports at once is shown too.
      startedAttempt.current = attempt;
      running.current = boot((stage) => {
        if (current()) setState({ status: 'booting', stage });
      });
    }
    running.current?.then(
      (booted) => current() && setState({ status: 'ready', booted }),
      (error: unknown) => current() && setState({ status: 'failed', error }),
    );
  }, [boot, attempt]);

  if (state.status === 'ready') {
    return (
      <ServicesProvider services={state.booted.services}>
        <Themed booted={state.booted} />
      </ServicesProvider>
    );
  }
  const t = translator(locale);
  return (
    <FluentProvider theme={fluentThemes[theme]} lang={locale}>
      {state.status === 'booting' ? (
        <Booting t={t} stage={state.stage} />
      ) : (
        <BootFailed t={t} error={state.error} onRetry={() => setAttempt((n) => n + 1)} />
      )}
    </FluentProvider>
  );
}
