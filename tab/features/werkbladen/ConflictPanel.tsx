/**
 * Two people changed the same answer or record: both versions side by side, and the choice is the
 * person's — keep mine, take theirs, or save the (editable) merge. Nothing is overwritten silently.
 */
import { Button, Text } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { isKompasError } from '../../../shared/domain/errors.ts';
import { errorMessage } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { useConflictPanelStyles } from './ConflictPanel.styles.ts';

export interface ConflictPanelProps {
  readonly id: string;
  /** My version as it waits in the outbox; undefined when mine was a removal. */
  readonly mine: ReactNode | undefined;
  /** Theirs with who and when; undefined when someone else removed it. */
  readonly theirs: { readonly label: string; readonly body: ReactNode } | undefined;
  /** An editable merge of both, when the kind of answer allows one. */
  readonly merge?: ReactNode;
  readonly onKeepMine: () => Promise<void>;
  readonly onTakeTheirs: () => Promise<void>;
  readonly onMerge?: (() => Promise<void>) | undefined;
}

export function ConflictPanel({
  id,
  mine,
  theirs,
  merge,
  onKeepMine,
  onTakeTheirs,
  onMerge,
}: ConflictPanelProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useConflictPanelStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const titleId = `${id}-titel`;

  const run = (action: () => Promise<void>) => () => {
    setBusy(true);
    setError(undefined);
    action().then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };

  return (
    <div role="group" aria-labelledby={titleId} className={styles.root}>
      <div role="alert" className={styles.title}>
        <WarningRegular aria-hidden />
        <Text id={titleId} weight="semibold">
          {t('werkbladen.conflict.title')}
        </Text>
      </div>
      <Text>{t('werkbladen.conflict.intro')}</Text>
      <div className={styles.versions}>
        <div role="group" className={styles.version} aria-labelledby={`${id}-mine`}>
          <Text id={`${id}-mine`} weight="semibold">
            {t('werkbladen.conflict.mine')}
          </Text>
          {mine ?? <Text>{t('werkbladen.conflict.removal')}</Text>}
        </div>
        <div role="group" className={styles.version} aria-labelledby={`${id}-theirs`}>
          {theirs === undefined ? (
            <Text id={`${id}-theirs`} weight="semibold">
              {t('werkbladen.conflict.deleted')}
            </Text>
          ) : (
            <>
              <Text id={`${id}-theirs`} weight="semibold">
                {theirs.label}
              </Text>
              {theirs.body}
            </>
          )}
        </div>
      </div>
      {merge !== undefined && onMerge !== undefined ? (
        <div role="group" className={styles.version} aria-labelledby={`${id}-merge`}>
          <Text id={`${id}-merge`} weight="semibold">
            {t('werkbladen.conflict.merge')}
          </Text>
          <Text size={200} id={`${id}-merge-hint`}>
            {t('werkbladen.conflict.mergeHint')}
          </Text>
          {merge}
        </div>
      ) : (
        mine !== undefined && theirs !== undefined && <Text>{t('werkbladen.conflict.noMerge')}</Text>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={run(onKeepMine)}>
          {t('werkbladen.conflict.keepMine')}
        </Button>
        <Button disabled={busy} onClick={run(onTakeTheirs)}>
          {t('werkbladen.conflict.takeTheirs')}
        </Button>
        {merge !== undefined && onMerge !== undefined && (
          <Button disabled={busy} onClick={run(onMerge)}>
            {t('werkbladen.conflict.saveMerged')}
          </Button>
        )}
      </div>
      {error !== undefined && (
        <Text role="alert">{errorMessage(locale, isKompasError(error) ? error.code : 'Unknown')}</Text>
      )}
    </div>
  );
}
