/**
 * An answer saved from Word met someone else's change in Teams: both versions side by side, and
 * the person chooses — keep Word's, take Teams', or the merge. Nothing is overwritten silently.
 */
import { Button } from '@fluentui/react-components';
import { useId } from 'react';
import type { AnyEntity, Conflict, ConflictChoice } from '../../../shared/application/index.ts';
import { findQuestion } from '../../../shared/content/queries.ts';
import type { Edition } from '../../../shared/content/schema.ts';
import { answerToText } from '../../../shared/document/answer-text.ts';
import type { Answer } from '../../../shared/domain/model.ts';
import { useT } from '../../app/i18n.ts';
import { usePaneStyles } from '../../app/Pane.styles.ts';

function asAnswer(record: AnyEntity | undefined): Answer | undefined {
  return record !== undefined && 'questionId' in record && 'revisie' in record ? record : undefined;
}

export function ConflictCard({
  conflict,
  edition,
  busy,
  onChoose,
}: {
  readonly conflict: Conflict;
  readonly edition: Edition;
  readonly busy: boolean;
  readonly onChoose: (choice: ConflictChoice, title: string) => void;
}) {
  const t = useT();
  const styles = usePaneStyles();
  const id = useId();
  const mine = conflict.mine.op === 'save' ? asAnswer(conflict.mine.entity) : undefined;
  const theirs = asAnswer(conflict.theirs);
  const merged = asAnswer(conflict.merge);
  const questionId = mine?.questionId ?? theirs?.questionId;
  const question = questionId === undefined ? undefined : findQuestion(edition, questionId)?.question;
  const title = question?.shortLabel ?? questionId ?? conflict.key;
  const text = (a: Answer | undefined) => {
    const s = question === undefined || a === undefined ? '' : answerToText(question, a.value);
    return s.trim() === '' ? t('word.check.empty') : s;
  };

  return (
    <li className={styles.card}>
      <div role="group" aria-labelledby={`${id}-title`} className={styles.plainList}>
        <p id={`${id}-title`} className={styles.label} role="alert">
          {t('word.conflict.title', { titel: title })}
        </p>
        <p className={styles.text}>{t('word.conflict.intro')}</p>
        <div className={styles.versions}>
          <div role="group" aria-labelledby={`${id}-mine`} className={styles.version}>
            <span id={`${id}-mine`} className={styles.label}>
              {t('word.conflict.mine')}
            </span>
            <p className={styles.userText}>{text(mine)}</p>
          </div>
          <div role="group" aria-labelledby={`${id}-theirs`} className={styles.version}>
            {theirs === undefined ? (
              <span id={`${id}-theirs`} className={styles.label}>
                {t('word.conflict.deleted')}
              </span>
            ) : (
              <>
                <span id={`${id}-theirs`} className={styles.label}>
                  {theirs.auteur.trim() === ''
                    ? t('word.conflict.theirsAnonymous')
                    : t('word.conflict.theirs', { auteur: theirs.auteur })}
                </span>
                <p className={styles.userText}>{text(theirs)}</p>
              </>
            )}
          </div>
          {merged !== undefined ? (
            <div role="group" aria-labelledby={`${id}-merge`} className={styles.version}>
              <span id={`${id}-merge`} className={styles.label}>
                {t('word.conflict.merge')}
              </span>
              <p className={styles.userText}>{text(merged)}</p>
            </div>
          ) : (
            theirs !== undefined && <p className={styles.muted}>{t('word.conflict.noMerge')}</p>
          )}
        </div>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => onChoose('mine', title)}>
            {t('word.conflict.keepMine')}
          </Button>
          <Button disabled={busy} onClick={() => onChoose('theirs', title)}>
            {t('word.conflict.takeTheirs')}
          </Button>
          {merged !== undefined && (
            <Button disabled={busy} onClick={() => onChoose({ merged }, title)}>
              {t('word.conflict.saveMerged')}
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}
