/**
 * The confirmation before signing out: all saved, or how many changes would be lost (in this window
 * and in the user's other windows), with the advice to stay until they are sent.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from './i18n.ts';
import { useServices } from './services.tsx';

export interface SignOutDialogProps {
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

export default function SignOutDialog({ onCancel, onConfirm }: SignOutDialogProps) {
  const t = useT();
  const { outbox, pendingElsewhere } = useServices();
  // Live: a change that lands while the dialog is open no longer counts.
  const subscribe = useCallback((onChange: () => void) => outbox.subscribe(() => onChange()), [outbox]);
  const read = useCallback(() => outbox.summary().unsaved, [outbox]);
  const here = useSyncExternalStore(subscribe, read, read);
  const [elsewhere, setElsewhere] = useState<number | undefined>(
    pendingElsewhere === undefined ? 0 : undefined,
  );

  useEffect(() => {
    if (pendingElsewhere === undefined) return undefined;
    let live = true;
    // Unreadable storage counts as nothing there; the warning about this window still stands.
    void pendingElsewhere().then(
      (count) => live && setElsewhere(count),
      () => live && setElsewhere(0),
    );
    return () => {
      live = false;
    };
  }, [pendingElsewhere]);

  const unsaved = here + (elsewhere ?? 0);
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('session.signOut.title')}</DialogTitle>
          <DialogContent>
            {elsewhere === undefined ? (
              <Spinner size="tiny" label={t('tab.loading')} />
            ) : unsaved === 0 ? (
              <p>{t('session.signOut.allSaved')}</p>
            ) : (
              <>
                <p>{t('session.signOut.unsaved', { aantal: unsaved })}</p>
                {elsewhere > 0 && <p>{t('session.signOut.otherWindows')}</p>}
                <p>{t('session.signOut.advice')}</p>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t('session.signOut.cancel')}
            </Button>
            <Button appearance="primary" disabled={elsewhere === undefined} onClick={onConfirm}>
              {unsaved === 0 ? t('session.signOut.confirm') : t('session.signOut.confirmDiscard')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
