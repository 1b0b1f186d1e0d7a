/**
 * "Afmelden" in the header. The confirmation (and Fluent's Dialog with it) loads on the first
 * click, so it costs the tab's first download nothing.
 */
import { Button } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from './i18n.ts';
import { useSession } from './session.tsx';

const SignOutDialog = lazy(() => import('./SignOutDialog.tsx'));

/** How often to look whether the page is shown again, and for how long at most. */
const SHOWN_POLL_MS = 50;
const SHOWN_WAIT_MAX_MS = 3_000;

export function SignOutButton() {
  const t = useT();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const { signOut } = session;

  /** Where the page is: shown again once nothing above it is `aria-hidden`. */
  const anchor = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!confirmed || open) return undefined;
    // Only once the dialog's modalizer has shown the page again (tabster does that ~250 ms after
    // the dialog goes), so the signed-out page is announced; as in the Word pane. SessionGate keeps
    // tabster alive for the case this gives up first (microsoft/tabster#530).
    const started = Date.now();
    let timer = 0;
    const whenShown = () => {
      const hidden = (anchor.current?.closest('[aria-hidden="true"]') ?? null) !== null;
      if (!hidden || Date.now() - started > SHOWN_WAIT_MAX_MS) signOut();
      else timer = window.setTimeout(whenShown, SHOWN_POLL_MS);
    };
    timer = window.setTimeout(whenShown, SHOWN_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [confirmed, open, signOut]);

  if (!session.canSignOut) return null;
  return (
    <>
      <span ref={anchor} hidden />
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
