/**
 * The tab's frame around a traject: who and what (traject, gemeente, edition, demo marker), the
 * language switch, the navigation, the tab-wide banners, and the current screen in `main`.
 */
import { Link, Select, Skeleton, SkeletonItem, mergeClasses, useId } from '@fluentui/react-components';
import { Suspense, useEffect, useRef } from 'react';
import { useCommonStyles } from '../features/common/common.styles.ts';
import { ErrorNotice } from '../features/common/ErrorNotice.tsx';
import { Banners } from './Banners.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useT } from './i18n.ts';
import { useLayoutStyles } from './Layout.styles.ts';
import { routeHref, screens, useRoute, type Screen } from './router.ts';
import { lazyScreen, Placeholder } from './screens.tsx';
import { useServices } from './services.tsx';
import { SignOutButton } from './SignOutButton.tsx';
import { useTraject } from './traject.tsx';

export interface LayoutProps {
  /** Standalone: back to the list of trajecten. */
  readonly onSwitchTraject?: () => void;
}

export function LanguageSwitch() {
  const t = useT();
  const styles = useLayoutStyles();
  const { host, setLocale } = useServices();
  const id = useId('language');
  return (
    <div className={styles.language}>
      <label htmlFor={id}>{t('tab.language.label')}</label>
      <Select
        id={id}
        size="small"
        value={host.locale}
        onChange={(_e, data) => setLocale(data.value === 'en' ? 'en' : 'nl')}
      >
        <option value="nl" lang="nl">
          {t('tab.language.nl')}
        </option>
        <option value="en" lang="en">
          {t('tab.language.en')}
        </option>
      </Select>
    </div>
  );
}

/** The language switch and "Afmelden", on every page's header (`signOut: false` in Teams' settings). */
export function PageTools({ signOut = true }: { readonly signOut?: boolean }) {
  const styles = useLayoutStyles();
  return (
    <div className={styles.tools}>
      <LanguageSwitch />
      {signOut && <SignOutButton />}
    </div>
  );
}

export function DemoMarker() {
  const t = useT();
  const styles = useLayoutStyles();
  return (
    <span className={styles.demo} title={t('tab.demo.explanation')}>
      {t('tab.demo.marker')}
    </span>
  );
}

function Header({ onSwitchTraject }: LayoutProps) {
  const t = useT();
  const styles = useLayoutStyles();
  const { demo } = useServices();
  const traject = useTraject();
  return (
    <header className={styles.header}>
      <div className={styles.identity}>
        <div className={styles.brandRow}>
          <span className={styles.brand}>{t('app.name')}</span>
          {demo && <DemoMarker />}
        </div>
        {traject.status === 'ready' ? (
          <>
            <p className={styles.trajectName}>{traject.opened.view.traject.naam}</p>
            <p className={styles.trajectMeta}>
              <span>{t('tab.header.gemeente', { gemeente: traject.opened.view.traject.gemeente })}</span>
              <span>{t('tab.header.editie', { editie: traject.opened.edition.title })}</span>
            </p>
          </>
        ) : traject.status === 'loading' ? (
          <Skeleton aria-label={t('tab.loading')}>
            <SkeletonItem size={24} style={{ width: '240px' }} />
          </Skeleton>
        ) : null}
      </div>
      <div className={styles.tools}>
        <LanguageSwitch />
        {onSwitchTraject !== undefined && (
          <Link
            href="?"
            onClick={(event) => {
              event.preventDefault();
              onSwitchTraject();
            }}
          >
            {t('tab.header.switchTraject')}
          </Link>
        )}
        <SignOutButton />
      </div>
    </header>
  );
}

function Navigation({ current }: { readonly current: Screen | 'config' }) {
  const t = useT();
  const styles = useLayoutStyles();
  return (
    <nav className={styles.nav} aria-label={t('tab.nav.label')}>
      <ul className={styles.navList}>
        {screens.map((screen) => (
          <li key={screen}>
            <a
              href={routeHref({ screen })}
              aria-current={screen === current ? 'page' : undefined}
              className={mergeClasses(styles.navLink, screen === current && styles.navLinkCurrent)}
            >
              {t(`tab.nav.${screen}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ScreenSkeleton() {
  const t = useT();
  return (
    <Skeleton aria-label={t('tab.loading')}>
      <SkeletonItem size={32} style={{ width: '40%' }} />
      <SkeletonItem size={16} style={{ marginTop: '16px' }} />
      <SkeletonItem size={16} style={{ marginTop: '8px', width: '80%' }} />
    </Skeleton>
  );
}

function CurrentScreen({ screen }: { readonly screen: Screen }) {
  const Loaded = lazyScreen(screen);
  return Loaded === undefined ? <Placeholder screen={screen} /> : <Loaded />;
}

export function Layout({ onSwitchTraject }: LayoutProps) {
  const t = useT();
  const styles = useLayoutStyles();
  const common = useCommonStyles();
  const route = useRoute();
  const traject = useTraject();
  const main = useRef<HTMLElement>(null);
  const screen: Screen = route.screen === 'config' ? 'overzicht' : route.screen;
  const previous = useRef(screen);

  useEffect(() => {
    // On another screen, start reading at its content; a deep link to a question focuses the question.
    if (previous.current === screen) return;
    previous.current = screen;
    if (route.screen === 'werkbladen' && route.questionId !== undefined) return;
    main.current?.focus();
  }, [screen, route]);

  return (
    <div className={styles.page}>
      <a
        href="#inhoud"
        className={styles.skipLink}
        onClick={(event) => {
          // The hash belongs to the router; move focus instead of following the link.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('tab.skipLink')}
      </a>
      <Header {...(onSwitchTraject === undefined ? {} : { onSwitchTraject })} />
      <Navigation current={screen} />
      <main id="inhoud" ref={main} tabIndex={-1} className={styles.main}>
        {/* Inside main: every piece of the page belongs to a landmark. */}
        <Banners />
        {traject.status === 'error' ? (
          <>
            <h1 className={common.heading1}>{t('tab.error.title')}</h1>
            <ErrorNotice error={traject.error} onRetry={() => void traject.refresh()} />
          </>
        ) : (
          <ErrorBoundary resetKey={screen}>
            <Suspense fallback={<ScreenSkeleton />}>
              <CurrentScreen screen={screen} />
            </Suspense>
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}
