/**
 * The pane from the first paint: a progress message while main.tsx finds out where it runs and
 * wires the adapters, an explanation when that fails, then the pane itself.
 */
import {
  Button,
  FluentProvider,
  Spinner,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { translator } from '../../shared/i18n/index.ts';
import type { Locale, ThemeName } from '../../shared/ports/host-context.ts';
import { AnnouncerProvider } from './announce.tsx';
import { describeError } from './errors.ts';
import { TranslatorProvider } from './i18n.ts';
import { useGlobalStyles, usePaneStyles } from './Pane.styles.ts';
import { ServicesProvider, type PaneServices } from './services.tsx';

const themes: { readonly [N in ThemeName]: Theme } = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** The pane and the content it renders download while main.tsx starts. */
const paneModule = import('./Pane.tsx');
const Pane = lazy(() => paneModule.then((m) => ({ default: m.Pane })));

type BootState =
  | { readonly status: 'booting' }
  | { readonly status: 'ready'; readonly services: PaneServices }
  | { readonly status: 'failed'; readonly error: unknown };

export interface AppProps {
  readonly boot: () => Promise<PaneServices>;
  readonly locale: Locale;
  readonly theme: ThemeName;
}

function Shell({ state, onRetry }: { readonly state: BootState; readonly onRetry: () => void }) {
  const styles = usePaneStyles();
  const t = useMemo(() => translator(state.status === 'ready' ? state.services.locale : 'nl'), [state]);
  const booting = (
    <main className={styles.centered}>
      <Spinner label={t('word.boot.starting')} labelPosition="below" role="status" />
    </main>
  );
  if (state.status === 'booting') return booting;
  if (state.status === 'failed') {
    const { text, code } = describeError(t, state.error);
    return (
      <main className={styles.centered}>
        <div role="alert">
          <h1 className={styles.title}>{t('word.boot.failed')}</h1>
          <p className={styles.text}>{text}</p>
          <p className={styles.code}>{t('word.error.code', { code })}</p>
        </div>
        <Button appearance="primary" onClick={onRetry}>
          {t('word.boot.retry')}
        </Button>
      </main>
    );
  }
  return (
    <TranslatorProvider value={t}>
      <ServicesProvider services={state.services}>
        <AnnouncerProvider label={t('word.status.label')}>
          <Suspense fallback={booting}>
            <Pane />
          </Suspense>
        </AnnouncerProvider>
      </ServicesProvider>
    </TranslatorProvider>
  );
}

export function App({ boot, locale, theme }: AppProps) {
  useGlobalStyles();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<BootState>({ status: 'booting' });

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'booting' });
    boot().then(
      (services) => {
        if (!cancelled) setState({ status: 'ready', services });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [boot, attempt]);

  return (
    <FluentProvider theme={themes[theme]} lang={state.status === 'ready' ? state.services.locale : locale}>
      <Shell state={state} onRetry={() => setAttempt((n) => n + 1)} />
    </FluentProvider>
  );
}
