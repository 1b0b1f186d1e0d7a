/**
 * Signing out of Kompas (issue #4). The screens are unmounted first, so an edit still waiting for
 * its autosave timer reaches the outbox; then `signOutOfKompas` removes every unsent change from
 * this device and forgets the tokens. The person sees that they are signed out and can sign in
 * again, which shows the tab afresh. A sign-out in another window of this user does the same here.
 */
import { useFocusFinders, Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { signOutOfKompas } from '../../shared/application/use-cases/session.ts';
import type { AuthFailure } from '../../shared/auth/errors.ts';
import type { SignOutOutcome } from '../../shared/auth/provider.ts';
import { useT } from './i18n.ts';
import { useLayoutStyles } from './Layout.styles.ts';
import { useServices } from './services.tsx';

type Phase =
  | { readonly kind: 'active' }
  /** `announce`: this window chose it, so the other windows hear of it. */
  | { readonly kind: 'signing-out'; readonly announce: boolean }
  | { readonly kind: 'signed-out'; readonly outcome: SignOutOutcome };

interface Session {
  /** Whether this host lets the person sign out of Kompas. */
  readonly canSignOut: boolean;
  /** After the person confirmed: unsent changes go, then the tokens. */
  readonly signOut: () => void;
}

const SessionContext = createContext<Session>({ canSignOut: false, signOut: () => undefined });

export function useSession(): Session {
  return useContext(SessionContext);
}

function SigningOut() {
  const t = useT();
  const styles = useLayoutStyles();
  return (
    <main className={styles.centered}>
      <Spinner label={t('session.signOut.busy')} labelPosition="below" role="status" />
    </main>
  );
}

function SignedOut({
  outcome,
  onSignedIn,
}: {
  readonly outcome: SignOutOutcome;
  readonly onSignedIn: () => void;
}) {
  const t = useT();
  const styles = useLayoutStyles();
  const { auth, host } = useServices();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AuthFailure | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const message = host.kind === 'teams' ? 'session.signedOut.teams' : 'session.signedOut.demo';
  const signIn = () => {
    if (auth === undefined) return;
    setBusy(true);
    setFailure(undefined);
    // From the click: a sign-in window needs the user's gesture.
    void auth.signIn().then((result) => {
      setBusy(false);
      if (result.ok) onSignedIn();
      else setFailure(result.failure);
    });
  };
  return (
    <main className={styles.centered}>
      <div className={styles.bootError}>
        <h1 ref={heading} tabIndex={-1}>
          {t('app.name')}
        </h1>
        <p role="status">{outcome.ok ? t(message) : t('session.signOut.cacheKept')}</p>
      </div>
      {failure !== undefined && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{t(`auth.failure.${failure.code}`)}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={busy} onClick={signIn}>
        {busy ? t('auth.signingIn') : t('auth.signIn')}
      </Button>
    </main>
  );
}

/** Shows the tab while signed in; signing out replaces it. */
export function SessionGate({ children }: { readonly children: ReactNode }) {
  const { auth, outbox, sessionChannel } = useServices();
  // Keeps Fluent's focus manager (tabster) alive while the page below is replaced: if it went with
  // the page, the sign-out dialog's modalizer would never take `aria-hidden` off the page again
  // (microsoft/tabster#530), hiding the signed-out page from screen readers.
  useFocusFinders();
  const [phase, setPhase] = useState<Phase>({ kind: 'active' });
  const running = useRef(false);

  useEffect(
    () =>
      sessionChannel?.onSignOut(() =>
        setPhase((current) =>
          current.kind === 'active' ? { kind: 'signing-out', announce: false } : current,
        ),
      ),
    [sessionChannel],
  );

  useEffect(() => {
    // Runs after the screens unmounted (their flush-on-leave enqueued what waited), once.
    if (phase.kind !== 'signing-out' || auth === undefined || running.current) return;
    running.current = true;
    void signOutOfKompas({
      outbox,
      auth,
      onClearFailed: (error) => console.error('Kompas: unsent changes could not be removed', error),
    }).then((outcome) => {
      running.current = false;
      if (phase.announce) sessionChannel?.announceSignOut();
      setPhase({ kind: 'signed-out', outcome });
    });
  }, [phase, auth, outbox, sessionChannel]);

  const canSignOut = auth !== undefined;
  const session = useMemo<Session>(
    () => ({
      canSignOut,
      signOut: () =>
        setPhase((current) =>
          current.kind === 'active' ? { kind: 'signing-out', announce: true } : current,
        ),
    }),
    [canSignOut],
  );
  if (phase.kind === 'signing-out') return <SigningOut />;
  if (phase.kind === 'signed-out') {
    return <SignedOut outcome={phase.outcome} onSignedIn={() => setPhase({ kind: 'active' })} />;
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
