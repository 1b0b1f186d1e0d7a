/**
 * Signing out of Kompas in the task pane (issue #4), as in the tab: the pane unmounts first, which
 * stops its team session; then the data source removes the user's unsent changes from this device
 * and forgets the tokens (`signOutOfKompas`). The person reads that they are signed out of Kompas
 * (not of Word) and can sign in again, which shows the pane afresh.
 */
import { Button, Spinner } from '@fluentui/react-components';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { toKompasError } from '../../shared/auth/errors.ts';
import type { SignOutOutcome } from '../../shared/auth/provider.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { useT } from './i18n.ts';
import { usePaneStyles } from './Pane.styles.ts';
import { useServices, type SignOutPort } from './services.tsx';

type Phase =
  /** `returned`: signed in again after signing out, so the pane takes the focus. */
  | { readonly kind: 'active'; readonly returned: boolean }
  | { readonly kind: 'signing-out' }
  | { readonly kind: 'signed-out'; readonly outcome: SignOutOutcome };

export interface Session {
  /** What signing out needs of the data source; undefined where nobody signs in (demo, browser). */
  readonly port: SignOutPort | undefined;
  /** After the person confirmed: the pane goes, then the unsent changes and the tokens. */
  readonly signOut: () => void;
  /** The pane shows again after signing in anew. */
  readonly returned: boolean;
}

const SessionContext = createContext<Session>({
  port: undefined,
  signOut: () => undefined,
  returned: false,
});

export function useSession(): Session {
  return useContext(SessionContext);
}

function SigningOut() {
  const t = useT();
  const styles = usePaneStyles();
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
  const styles = usePaneStyles();
  const { data } = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const signInPort = data.kind === 'none' ? undefined : data.signIn;
  const message = !outcome.ok
    ? 'session.signOut.cacheKept'
    : data.kind === 'microsoft365'
      ? 'session.signedOut.word'
      : 'session.signedOut.demo';
  const signIn = () => {
    if (signInPort === undefined) {
      onSignedIn();
      return;
    }
    setBusy(true);
    setError(undefined);
    // From the click: Office's sign-in dialog needs the person's gesture.
    void signInPort().then(
      (result) => {
        setBusy(false);
        if (result.ok) onSignedIn();
        else setError(toKompasError(result.failure));
      },
      // Signing in never throws by contract; loading MSAL can.
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };
  return (
    <main className={styles.centered}>
      <h1 ref={heading} tabIndex={-1} className={styles.title}>
        {t('word.app.title')}
      </h1>
      <p role="status" className={styles.text}>
        {t(message)}
      </p>
      {error !== undefined && <ErrorNotice error={error} />}
      <Button appearance="primary" disabledFocusable={busy} onClick={signIn}>
        {busy ? t('auth.signingIn') : t('auth.signIn')}
      </Button>
    </main>
  );
}

/** Shows the pane while signed in; signing out replaces it. */
export function SessionGate({ children }: { readonly children: ReactNode }) {
  const { data } = useServices();
  const port = data.kind === 'none' ? undefined : data.signOut;
  const [phase, setPhase] = useState<Phase>({ kind: 'active', returned: false });
  const running = useRef(false);

  useEffect(() => {
    // Runs after the pane unmounted (its team session stopped), once.
    if (phase.kind !== 'signing-out' || port === undefined || running.current) return;
    running.current = true;
    void port.signOut().then((outcome) => {
      running.current = false;
      setPhase({ kind: 'signed-out', outcome });
    });
  }, [phase, port]);

  const returned = phase.kind === 'active' && phase.returned;
  const session = useMemo<Session>(
    () => ({
      port,
      signOut: () => setPhase((current) => (current.kind === 'active' ? { kind: 'signing-out' } : current)),
      returned,
    }),
    [port, returned],
  );
  if (phase.kind === 'signing-out') return <SigningOut />;
  if (phase.kind === 'signed-out') {
    return (
      <SignedOut outcome={phase.outcome} onSignedIn={() => setPhase({ kind: 'active', returned: true })} />
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
