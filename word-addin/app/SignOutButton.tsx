/**
 * "Afmelden" in the pane's header. The confirmation (and Fluent's Dialog with it) loads on the first
 * click, as in the tab.
 */
import { Button } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Outbox } from '../../shared/application/index.ts';
import { useT } from './i18n.ts';
import { useSession } from './session.tsx';

const SignOutDialog = lazy(() => import('./SignOutDialog.tsx'));

/** Longer than tabster's 250 ms before it takes `aria-hidden` off the page behind a closed modal. */
const MODALIZER_RESTORE_MS = 300;

export function SignOutButton({ outbox }: { readonly outbox: Outbox | undefined }) {
  const t = useT();
  const { port, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  useEffect(() => {
    if (!confirmed || open) return undefined;
    // Only after the dialog's modalizer has shown the pane again: tabster does that on a 250 ms
    // timer that is dropped when the pane goes first, leaving the signed-out page aria-hidden
    // (microsoft/tabster#530, microsoft/fluentui#35139).
    const timer = window.setTimeout(signOut, MODALIZER_RESTORE_MS);
    return () => window.clearTimeout(timer);
  }, [confirmed, open, signOut]);

  if (port === undefined) return null;
  return (
    <>
      <Button appearance="subtle" size="small" disabledFocusable={confirmed} onClick={() => setOpen(true)}>
        {confirmed ? t('session.signOut.busy') : t('session.signOut')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <SignOutDialog
            outbox={outbox}
            port={port}
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
