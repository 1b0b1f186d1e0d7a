/**
 * The confirmation before signing out: all saved, or how many changes would be lost (the open
 * team's, teams the pane had open before, other panes'), with the advice to stay until they are
 * sent. The same texts as the tab's.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Outbox } from '../../shared/application/index.ts';
import { useT } from './i18n.ts';
import type { SignOutPort, StoredPending } from './services.tsx';

export interface SignOutDialogProps {
  /** The open team's outbox, if a team is open. */
  readonly outbox: Outbox | undefined;
  readonly port: SignOutPort;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

export default function SignOutDialog({ outbox, port, onCancel, onConfirm }: SignOutDialogProps) {
  const t = useT();
  // Live: a change that is sent while the dialog is open no longer counts.
  const subscribe = useCallback(
    (onChange: () => void) => (outbox === undefined ? () => undefined : outbox.subscribe(() => onChange())),
    [outbox],
  );
  const read = useCallback(() => outbox?.summary().unsaved ?? 0, [outbox]);
  const here = useSyncExternalStore(subscribe, read, read);
  const [stored, setStored] = useState<StoredPending | undefined>(undefined);

  useEffect(() => {
    let live = true;
    // Unreadable storage counts as nothing there (as in the tab); the open team's count still stands.
    void port.unsentElsewhere().then(
      (count) => live && setStored(count),
      () => live && setStored({ mine: 0, others: 0 }),
    );
    return () => {
      live = false;
    };
  }, [port]);

  const others = stored?.others ?? 0;
  const unsaved = here + (stored?.mine ?? 0) + others;
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('session.signOut.title')}</DialogTitle>
          <DialogContent>
            {/* Counting storage takes a moment only; the buttons wait for it. */}
            {stored === undefined ? null : unsaved === 0 ? (
              <p>{t('session.signOut.allSaved')}</p>
            ) : (
              <>
                <p>{t('session.signOut.unsaved', { aantal: unsaved })}</p>
                {others > 0 && <p>{t('session.signOut.otherWindows')}</p>}
                <p>{t('session.signOut.advice')}</p>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t('session.signOut.cancel')}
            </Button>
            <Button appearance="primary" disabled={stored === undefined} onClick={onConfirm}>
              {unsaved === 0 ? t('session.signOut.confirm') : t('session.signOut.confirmDiscard')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
