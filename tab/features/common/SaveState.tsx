/**
 * The save state of one record, announced politely: "Bezig met opslaan…", "Opgeslagen",
 * "Wacht op verbinding", and for failures and conflicts the way out.
 */
import { Button } from '@fluentui/react-components';
import type { RecordState } from '../../../shared/application/index.ts';
import { errorMessage } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import type { EntityKind } from '../../../shared/domain/model.ts';
import { useSaveStateStyles } from './SaveState.styles.ts';
import { useSaveState } from './useSaveState.ts';

export interface SaveStateProps {
  readonly state: RecordState;
  readonly onRetry: () => void;
  readonly onResolve: (choice: 'mine' | 'theirs') => void;
}

export function SaveState({ state, onRetry, onResolve }: SaveStateProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useSaveStateStyles();
  let text = '';
  let problem = false;
  switch (state.status) {
    case 'idle':
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.saved');
      break;
    case 'queued':
      text = state.reason === 'offline' ? t('tab.save.queuedOffline') : t('tab.save.queuedThrottled');
      break;
    case 'failed':
      text = t('save.failed');
      problem = true;
      break;
    case 'conflict':
      text = state.conflict.theirs === undefined ? t('tab.save.conflictRemoved') : t('tab.save.conflict');
      problem = true;
      break;
  }
  return (
    <div className={styles.root}>
      <span role="status" className={problem ? styles.problem : styles.status}>
        {text}
      </span>
      {state.status === 'failed' && (
        <>
          <Button size="small" onClick={onRetry}>
            {t('save.retry')}
          </Button>
          <p className={styles.detail}>{errorMessage(locale, state.code)}</p>
        </>
      )}
      {state.status === 'conflict' && (
        <>
          <Button size="small" onClick={() => onResolve('mine')}>
            {t('tab.save.keepMine')}
          </Button>
          <Button size="small" onClick={() => onResolve('theirs')}>
            {t('tab.save.takeTheirs')}
          </Button>
        </>
      )}
    </div>
  );
}

/** The save state of a record, wired to the outbox. */
export function RecordSaveState({ kind, id }: { readonly kind: EntityKind; readonly id: string }) {
  const { state, retry, resolve } = useSaveState(kind, id);
  return (
    <SaveState
      state={state}
      onRetry={retry}
      // Rejects only when the conflict was closed meanwhile; the state shown tells the outcome.
      onResolve={(choice) => void resolve(choice).catch(() => undefined)}
    />
  );
}
