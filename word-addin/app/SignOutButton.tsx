/**
 * "Afmelden" in the pane's header. The confirmation (and Fluent's Dialog with it) loads on the first
 * click, as in the tab.
 */
import { Button } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Outbox } from '../../shared/application/index.ts';
import { useT } from './i18n.ts';
import { useSession } from './session.tsx';

const SignOutDialog = lazy(() => import('./SignOutDialog.tsx'));

/** How often to look whether the pane is shown again, and for how long at most. */
const SHOWN_POLL_MS = 50;
const SHOWN_WAIT_MAX_MS = 3_000;

export function SignOutButton({ outbox }: { readonly outbox: Outbox | undefined }) {
  const t = useT();
  const { port, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  /** Where the pane is: shown again once nothing above it is `aria-hidden`. */
  const anchor = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!confirmed || open) return undefined;
    // Only once the dialog's modalizer has shown the pane again: tabster takes `aria-hidden` off
    // ~250 ms after the dialog goes, on a timer that is dropped when the pane goes first, which
    // would leave the signed-out page hidden from screen readers (microsoft/tabster#530). A fixed
    // wait loses that race on a busy machine, so look until the pane is shown (or give up).
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

  if (port === undefined) return null;
  return (
    <>
      <span ref={anchor} hidden />
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
