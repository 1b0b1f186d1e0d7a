/**
 * The tab-wide notices: no connection, Microsoft 365 throttling, changes that failed or clash, and
 * changes taken over from a window that closed.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useState, useSyncExternalStore } from 'react';
import { keyOfChange } from '../../shared/application/index.ts';
import type { AuthState } from '../../shared/auth/provider.ts';
import { useT } from './i18n.ts';
import { useServices } from './services.tsx';
import { useOnline, useOutboxStatus } from './useOutboxStatus.ts';
import { useLayoutStyles } from './Layout.styles.ts';

const signedOut: AuthState = { status: 'signed-out' };
const noSubscription = () => () => undefined;

/** Sign-in that lapsed while the tab was open (a token that can only be renewed in a window). */
function SignInBanner() {
  const t = useT();
  const { auth, outbox } = useServices();
  const [busy, setBusy] = useState(false);
  const subscribe = useCallback(
    (onChange: () => void) => (auth === undefined ? noSubscription() : auth.subscribe(onChange)),
    [auth],
  );
  const read = useCallback(() => auth?.state() ?? signedOut, [auth]);
  const state = useSyncExternalStore(subscribe, read, read);
  if (auth === undefined || state.status !== 'failed') return null;
  const signIn = () => {
    setBusy(true);
    void auth.signIn().then((outcome) => {
      setBusy(false);
      if (!outcome.ok) return;
      // What failed for want of a token goes out again now.
      for (const change of outbox.pending()) outbox.retry(keyOfChange(change));
      outbox.online();
    });
  };
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t(`auth.failure.${state.failure.code}`)}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={signIn} disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Unsent changes of a window that closed, which this tab sends now (issue #4). */
function TakenOverBanner() {
  const t = useT();
  const { takenOver } = useServices();
  const subscribe = useCallback(
    (onChange: () => void) => (takenOver === undefined ? noSubscription() : takenOver.subscribe(onChange)),
    [takenOver],
  );
  const read = useCallback(() => takenOver?.count() ?? 0, [takenOver]);
  const count = useSyncExternalStore(subscribe, read, read);
  if (count === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t('session.adopted', { aantal: count })}</MessageBarBody>
    </MessageBar>
  );
}

export function Banners() {
  const t = useT();
  const styles = useLayoutStyles();
  const { outbox } = useServices();
  const status = useOutboxStatus(outbox);
  const online = useOnline();
  const offline = !online || status.offline > 0;
  return (
    <div className={styles.banners}>
      <SignInBanner />
      <TakenOverBanner />
      {offline && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {status.offline > 0
              ? t('tab.banner.offline', { count: status.offline })
              : t('tab.banner.offlineNone')}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.throttled > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('tab.banner.throttled', { count: status.throttled })}</MessageBarBody>
        </MessageBar>
      )}
      {status.failed > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('tab.banner.failed', { count: status.failed })}</MessageBarBody>
        </MessageBar>
      )}
      {status.conflicts > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('tab.banner.conflicts', { count: status.conflicts })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
