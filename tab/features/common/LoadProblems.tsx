/**
 * Items SharePoint holds that could not be read (edited by hand, an old column): reported in a
 * collapsed notice instead of failing the screen, with where an admin finds them.
 */
import type { LoadProblem } from '../../../shared/ports/traject-repository.ts';
import { useT } from '../../app/index.ts';
import { WarningIcon } from './icons.tsx';
import { useLoadProblemsStyles } from './LoadProblems.styles.ts';

export function LoadProblems({ problems }: { readonly problems: readonly LoadProblem[] }) {
  const t = useT();
  const styles = useLoadProblemsStyles();
  if (problems.length === 0) return null;
  return (
    <details className={styles.root}>
      <summary className={styles.summary}>
        <WarningIcon />
        {t('tab.problems.summary', { count: problems.length })}
      </summary>
      <p className={styles.help}>{t('tab.problems.help')}</p>
      <ul className={styles.list}>
        {problems.map((p, i) => (
          <li key={`${p.kind}-${p.itemId}-${i}`}>
            {t('tab.problems.item', {
              lijst: t(`tab.entity.${p.kind}`),
              item: p.itemId,
              problemen: p.issues.join('; '),
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}
