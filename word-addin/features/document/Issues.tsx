/** What is wrong with the document's Kompas controls, each with a way to go there in Word. */
import { Button } from '@fluentui/react-components';
import { useId } from 'react';
import { useT } from '../../app/i18n.ts';
import { usePaneStyles } from '../../app/Pane.styles.ts';
import type { ControlIssue } from './controls.ts';

export function Issues({
  issues,
  disabled,
  onGoTo,
}: {
  readonly issues: readonly ControlIssue[];
  readonly disabled: boolean;
  readonly onGoTo: (id: number) => void;
}) {
  const t = useT();
  const styles = usePaneStyles();
  const headingId = useId();
  if (issues.length === 0) return null;
  return (
    <div role="region" aria-labelledby={headingId} className={styles.card}>
      <h3 id={headingId} className={styles.heading}>
        {t('word.issues.heading')}
      </h3>
      <ul className={styles.plainList}>
        {issues.map((issue) => (
          <li key={`${issue.kind}:${'key' in issue ? issue.key : issue.tag}`} className={styles.version}>
            <IssueText issue={issue} />
            <div className={styles.row}>
              <GoTo issue={issue} disabled={disabled} onGoTo={onGoTo} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function IssueText({ issue }: { readonly issue: ControlIssue }) {
  const t = useT();
  const styles = usePaneStyles();
  switch (issue.kind) {
    case 'duplicate':
      return (
        <p className={styles.text}>
          {issue.differ
            ? t('word.issues.duplicateDiffer', { titel: issue.title, count: issue.ids.length })
            : t('word.issues.duplicate', { titel: issue.title, count: issue.ids.length })}
        </p>
      );
    case 'missing':
      return (
        <p className={styles.text}>
          {t('word.issues.missing', { titel: issue.title, onderdeel: issue.unit })}
        </p>
      );
    case 'otherTraject':
      return <p className={styles.text}>{t('word.issues.otherTraject', { titel: issue.title })}</p>;
    case 'unknownQuestion':
      return <p className={styles.text}>{t('word.issues.unknownQuestion', { tag: issue.tag })}</p>;
  }
}

function GoTo({
  issue,
  disabled,
  onGoTo,
}: {
  readonly issue: ControlIssue;
  readonly disabled: boolean;
  readonly onGoTo: (id: number) => void;
}) {
  const t = useT();
  switch (issue.kind) {
    case 'duplicate':
      return (
        <>
          {issue.ids.map((id, i) => (
            <Button
              key={id}
              size="small"
              disabled={disabled}
              aria-label={t('word.issues.goToPlaceName', { n: i + 1, titel: issue.title })}
              onClick={() => onGoTo(id)}
            >
              {t('word.issues.goToPlace', { n: i + 1 })}
            </Button>
          ))}
        </>
      );
    case 'missing':
      return issue.near === undefined ? null : (
        <Button
          size="small"
          disabled={disabled}
          aria-label={t('word.issues.goToUnitName', { onderdeel: issue.unit })}
          onClick={() => onGoTo(issue.near ?? 0)}
        >
          {t('word.issues.goToUnit')}
        </Button>
      );
    case 'otherTraject':
    case 'unknownQuestion': {
      const name = issue.kind === 'otherTraject' ? issue.title : issue.tag;
      return (
        <>
          {issue.ids.map((id, i) => (
            <Button
              key={id}
              size="small"
              disabled={disabled}
              aria-label={
                issue.ids.length > 1
                  ? t('word.issues.goToPlaceName', { n: i + 1, titel: name })
                  : t('word.issues.goToName', { titel: name })
              }
              onClick={() => onGoTo(id)}
            >
              {issue.ids.length > 1 ? t('word.issues.goToPlace', { n: i + 1 }) : t('word.issues.goTo')}
            </Button>
          ))}
        </>
      );
    }
  }
}
