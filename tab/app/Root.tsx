/** Which page the tab shows: Teams' configuration page, "Mijn acties", or a traject (or the start screen). */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { TrajectId } from '../../shared/domain/ids.ts';
import { addressWithTraject, readAddress } from '../host/url.ts';
import type { StartView } from './boot.ts';
import { useT } from './i18n.ts';
import { Layout } from './Layout.tsx';
import { useLayoutStyles } from './Layout.styles.ts';
import { navigate, routeHref, type Route } from './router.ts';
import { useServices } from './services.tsx';
import { SessionGate } from './session.tsx';
import { TrajectProvider } from './traject.tsx';
import { Spinner } from '@fluentui/react-components';

const ConfigPage = lazy(() => import('../features/config/index.tsx'));
const MijnActies = lazy(() => import('../features/acties/MijnActies.tsx'));

function Loading() {
  const t = useT();
  const styles = useLayoutStyles();
  return (
    <div className={styles.centered}>
      <Spinner label={t('tab.loading')} />
    </div>
  );
}

function TrajectTab({
  trajectId: initial,
  route,
}: {
  readonly trajectId: TrajectId | undefined;
  readonly route: Route | undefined;
}) {
  const { host } = useServices();
  const standalone = host.kind === 'standalone';
  const [trajectId, setTrajectId] = useState(initial);
  const deepLinked = useRef(false);

  useEffect(() => {
    // A Teams deep link (subPageId) opens its place once; after that the hash leads.
    if (deepLinked.current || route === undefined) return;
    deepLinked.current = true;
    navigate(route, { replace: true });
  }, [route]);

  useEffect(() => {
    // Standalone keeps the chosen traject in the address (`?traject=`): back and forward choose again.
    // Hash changes fire popstate too; they leave the query, so the same traject stays.
    if (!standalone) return undefined;
    const onPop = () => setTrajectId(readAddress(window.location.search).trajectId);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [standalone]);

  const open = useCallback((id: TrajectId) => {
    window.history.pushState(
      null,
      '',
      addressWithTraject(window.location.href, id, routeHref({ screen: 'overzicht' })),
    );
    setTrajectId(id);
  }, []);
  const leave = useCallback(() => {
    window.history.pushState(null, '', addressWithTraject(window.location.href, undefined));
    setTrajectId(undefined);
  }, []);

  if (trajectId === undefined) {
    return (
      <Suspense fallback={<Loading />}>
        <ConfigPage mode="start" onOpen={open} />
      </Suspense>
    );
  }
  return (
    <TrajectProvider key={trajectId} trajectId={trajectId}>
      <Layout {...(standalone ? { onSwitchTraject: leave } : {})} />
    </TrajectProvider>
  );
}

function Page({ view }: { readonly view: StartView }) {
  switch (view.kind) {
    case 'config':
      return (
        <Suspense fallback={<Loading />}>
          <ConfigPage mode="teams" />
        </Suspense>
      );
    case 'mijn-acties':
      return (
        <Suspense fallback={<Loading />}>
          <MijnActies />
        </Suspense>
      );
    case 'tab':
      return <TrajectTab trajectId={view.trajectId} route={view.route} />;
  }
}

/** Signing out replaces the page (session.tsx); signing in again shows it afresh. */
function Root({ view }: { readonly view: StartView }) {
  return (
    <SessionGate>
      <Page view={view} />
    </SessionGate>
  );
}

export default Root;
