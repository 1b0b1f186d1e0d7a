/**
 * The save state of one field, announced politely: "Bezig met opslaan…", "Opgeslagen",
 * "Wacht op verbinding", or a button to try again. Never colour alone: an icon and the words.
 */
import { Button, Text } from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  ArrowSyncRegular,
  CheckmarkCircleRegular,
  CloudOffRegular,
  ErrorCircleRegular,
} from '@fluentui/react-icons';
import type { RecordState } from '../../../shared/application/index.ts';
import { isKompasError, type ErrorCode } from '../../../shared/domain/errors.ts';
import { errorMessage } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { useSaveStatusStyles } from './SaveStatus.styles.ts';

export interface SaveStatusProps {
  readonly state: RecordState;
  /** Queuing the save failed before the outbox had it (refused value, storage full). */
  readonly error?: unknown;
  readonly onRetry: () => void;
}

type Shown =
  | { readonly kind: 'none' }
  | { readonly kind: 'text'; readonly icon: 'saving' | 'saved' | 'queued'; readonly text: string }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

export function SaveStatus({ state, error, onRetry }: SaveStatusProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useSaveStatusStyles();
  const shown = ((): Shown => {
    if (error !== undefined) return { kind: 'failed', code: isKompasError(error) ? error.code : 'Unknown' };
    switch (state.status) {
      case 'idle':
      case 'conflict':
        return { kind: 'none' };
      case 'saving':
        return { kind: 'text', icon: 'saving', text: t('save.saving') };
      case 'saved':
        return { kind: 'text', icon: 'saved', text: t('save.saved') };
      case 'queued':
        return {
          kind: 'text',
          icon: 'queued',
          text: state.reason === 'offline' ? t('werkbladen.save.queued') : t('werkbladen.save.throttled'),
        };
      case 'failed':
        return { kind: 'failed', code: state.code };
    }
  })();

  return (
    <div role="status" aria-live="polite" className={styles.root}>
      {shown.kind === 'text' && (
        <>
          {shown.icon === 'saving' && <ArrowSyncRegular aria-hidden />}
          {shown.icon === 'saved' && <CheckmarkCircleRegular aria-hidden />}
          {shown.icon === 'queued' && <CloudOffRegular aria-hidden />}
          <Text size={200}>{shown.text}</Text>
        </>
      )}
      {shown.kind === 'failed' && (
        <>
          <ErrorCircleRegular aria-hidden className={styles.problem} />
          <Button size="small" appearance="secondary" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {t('save.failed')}
          </Button>
          <Text size={200} className={styles.hint}>
            {errorMessage(locale, shown.code)}
          </Text>
        </>
      )}
    </div>
  );
}
