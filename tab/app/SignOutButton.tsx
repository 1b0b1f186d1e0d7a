/**
 * "Afmelden" in the header. The confirmation (and Fluent's Dialog with it) loads on the first
 * click, so it costs the tab's first download nothing.
 */
import { Button } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useT } from './i18n.ts';
import { useSession } from './session.tsx';

const SignOutDialog = lazy(() => import('./SignOutDialog.tsx'));

/** Longer than tabster's 250 ms before it takes `aria-hidden` off the page behind a closed modal. */
const MODALIZER_RESTORE_MS = 300;

export function SignOutButton() {
  const t = useT();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const { signOut } = session;

  useEffect(() => {
    if (!confirmed || open) return undefined;
    // Preferably after the dialog's modalizer has shown the page again (tabster does that ~250 ms
    // after the dialog goes), so the signed-out page is announced; SessionGate keeps tabster alive
    // for the case this timer runs first on a busy machine (microsoft/tabster#530).
    const timer = window.setTimeout(signOut, MODALIZER_RESTORE_MS);
    return () => window.clearTimeout(timer);
  }, [confirmed, open, signOut]);

  if (!session.canSignOut) return null;
  return (
    <>
      <Button appearance="subtle" size="small" disabled={confirmed} onClick={() => setOpen(true)}>
        {confirmed ? t('session.signOut.busy') : t('session.signOut')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <SignOutDialog
            onCancel={() => setOpen(false)}
            onConfirm={() => {
              setOpen(false);
              setConfirmed(true);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
