/** The document section: fill from Teams, check for edits in Word, save them, resolve conflicts. */
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useId } from 'react';
import { findQuestion } from '../../../shared/content/queries.ts';
import type { Edition } from '../../../shared/content/schema.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import { ErrorNotice } from '../../app/ErrorNotice.tsx';
import { useT } from '../../app/i18n.ts';
import { usePaneStyles } from '../../app/Pane.styles.ts';
import { ConflictCard } from './Conflicts.tsx';
import { Issues } from './Issues.tsx';
import type { DocumentSync } from './useDocumentSync.ts';

export function DocumentPanel({
  sync,
  edition,
  changeEvents,
}: {
  readonly sync: DocumentSync;
  readonly edition: Edition;
  /** Word reports edits by itself (WordApi 1.5); otherwise say that checking is by hand. */
  readonly changeEvents: boolean;
}) {
  const t = useT();
  const styles = usePaneStyles();
  const headingId = useId();
  const busy = sync.busy !== undefined;
  const review = sync.review;
  const filled = sync.filled;

  return (
    <section aria-labelledby={headingId} className={styles.section} aria-busy={busy}>
      <h2 id={headingId} className={styles.heading}>
        {t('word.document.heading')}
      </h2>
      <p className={styles.muted}>{t('word.document.intro')}</p>
      {!changeEvents && <p className={styles.muted}>{t('word.host.noChangeEvents')}</p>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void sync.fill()}>
          {t('word.fill.button')}
        </Button>
        <Button disabled={busy} onClick={() => void sync.check()}>
          {t('word.check.button')}
        </Button>
      </div>
      {sync.busy === 'fill' && <Spinner size="tiny" labelPosition="after" label={t('word.fill.busy')} />}
      {sync.busy === 'check' && <Spinner size="tiny" labelPosition="after" label={t('word.check.busy')} />}
      {sync.busy === 'save' && <Spinner size="tiny" labelPosition="after" label={t('word.save.busy')} />}
      {sync.changed && (
        <MessageBar intent="info">
          <MessageBarBody>{t('word.changed.hint')}</MessageBarBody>
        </MessageBar>
      )}
      {sync.error !== undefined && <ErrorNotice error={sync.error} />}
      {sync.notice === 'fillCancelled' && <p className={styles.muted}>{t('word.fill.atRisk.cancelled')}</p>}

      {sync.atRisk !== undefined && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('word.fill.atRisk.title')}</MessageBarTitle>
            <p className={styles.text}>{t('word.fill.atRisk.body', { count: sync.atRisk.atRisk.length })}</p>
            <ul className={styles.bulletList}>
              {sync.atRisk.atRisk.map((c) => (
                <li key={c.id}>{c.title}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={busy} onClick={() => void sync.check()}>
              {t('word.fill.atRisk.check')}
            </Button>
            <Button disabled={busy} onClick={() => void sync.fill(true)}>
              {t('word.fill.atRisk.force')}
            </Button>
            <Button disabled={busy} onClick={sync.cancelFill}>
              {t('word.fill.atRisk.cancel')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {filled !== undefined && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {filled.filled.length + filled.empty.length === 0
                ? t('word.fill.none')
                : t('word.fill.done', { count: filled.filled.length })}
            </MessageBarTitle>
            {filled.empty.length > 0 && (
              <>
                <p className={styles.text}>{t('word.fill.empty', { count: filled.empty.length })}</p>
                <ul
                  className={styles.bulletList}
                  aria-label={t('word.fill.empty', { count: filled.empty.length })}
                >
                  {filled.empty.map((c) => (
                    <li key={c.id}>{c.title}</li>
                  ))}
                </ul>
              </>
            )}
            {filled.skipped.length > 0 && (
              <p className={styles.text}>{t('word.fill.skipped', { count: filled.skipped.length })}</p>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      {review !== undefined && (
        <div className={styles.card}>
          <p className={styles.label}>
            {review.plan.changes.length === 0
              ? t('word.check.none')
              : t('word.check.found', { count: review.plan.changes.length })}
          </p>
          {review.plan.newerInTeams.length > 0 && (
            <p className={styles.text}>
              {t('word.check.newerInTeams', {
                count: review.plan.newerInTeams.length,
                namen: review.plan.newerInTeams.map((n) => n.title).join(', '),
              })}
            </p>
          )}
          {review.plan.skipped.some((s) => s.reason === 'locked' || s.reason === 'notTextLike') && (
            <p className={styles.muted}>
              {t('word.check.skippedLocked', {
                count: review.plan.skipped.filter((s) => s.reason === 'locked' || s.reason === 'notTextLike')
                  .length,
              })}
            </p>
          )}
          {review.plan.changes.length > 0 && (
            <>
              <ul className={styles.plainList} aria-label={t('word.check.changesLabel')}>
                {review.plan.changes.map((c) => (
                  <li key={c.questionId} className={styles.version}>
                    <Checkbox
                      checked={review.selected.has(c.questionId)}
                      onChange={(_, d) => sync.toggle(c.questionId, d.checked === true)}
                      label={t('word.check.include', { titel: c.title })}
                    />
                    <span className={styles.label}>{t('word.check.inWord')}</span>
                    <p className={styles.userText}>{c.word.trim() === '' ? t('word.check.empty') : c.word}</p>
                    <span className={styles.label}>{t('word.check.inTeams')}</span>
                    <p className={styles.userText}>
                      {c.teams.trim() === '' ? t('word.check.empty') : c.teams}
                    </p>
                  </li>
                ))}
              </ul>
              <div className={styles.row}>
                <Button appearance="primary" disabled={busy} onClick={() => void sync.save()}>
                  {t('word.save.button', { count: review.selected.size })}
                </Button>
              </div>
            </>
          )}
          {sync.notice === 'nothingSelected' && (
            <p className={styles.text} role="alert">
              {t('word.save.nothingSelected')}
            </p>
          )}
          {sync.notice === 'changedSinceCheck' && (
            <p className={styles.text} role="alert">
              {t('word.save.changedSinceCheck')}
            </p>
          )}
        </div>
      )}

      {sync.queued > 0 && review === undefined && (
        <p className={styles.muted}>
          {sync.unsaved === 0 ? t('word.save.allSaved') : t('word.save.unsaved', { count: sync.unsaved })}
        </p>
      )}
      {sync.failed.length > 0 && (
        <ul className={styles.plainList}>
          {sync.failed.map((f) => (
            <li key={f.key}>
              <ErrorNotice
                error={new KompasError(f.code, 'the outbox could not save this answer')}
                title={t('word.save.failedItem', {
                  titel: findQuestion(edition, f.questionId)?.question.shortLabel ?? f.questionId,
                })}
                actions={
                  <Button size="small" onClick={() => sync.retry(f.key)}>
                    {t('word.save.retry')}
                  </Button>
                }
              />
            </li>
          ))}
        </ul>
      )}
      {sync.conflicts.length > 0 && (
        <ul className={styles.plainList}>
          {sync.conflicts.map((c) => (
            <ConflictCard
              key={c.key}
              conflict={c}
              edition={edition}
              busy={busy}
              onChoose={(choice, title) => void sync.resolve(c, choice, title)}
            />
          ))}
        </ul>
      )}

      {sync.issues !== undefined && (
        <Issues issues={sync.issues} disabled={busy} onGoTo={(id) => void sync.select(id)} />
      )}
    </section>
  );
}
