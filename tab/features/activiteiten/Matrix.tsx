/**
 * The 3-B matrix: maatschappelijke resultaten as columns, the levels of provision as rows (with the
 * veranderverhaal row on top), activiteiten in the cells. On a narrow screen the same content is a
 * list per result, so the page never scrolls sideways.
 */
import { mergeClasses, useId } from '@fluentui/react-components';
import type { Activiteit } from '../../../shared/domain/model.ts';
import type { ActiviteitNiveau } from '../../../shared/domain/rules/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { WarningIcon } from '../common/icons.tsx';
import { useT } from '../../app/index.ts';
import { useActiviteitenStyles } from './Activiteiten.styles.ts';
import type { ActiviteitenModel } from './useActiviteiten.ts';

type MatrixModel = Pick<
  ActiviteitenModel,
  'matrix' | 'elementText' | 'niveauLabels' | 'veranderverhaalLabel'
>;

function Names({
  activiteiten,
  empty,
}: {
  readonly activiteiten: readonly Activiteit[];
  readonly empty: string;
}) {
  const styles = useActiviteitenStyles();
  const common = useCommonStyles();
  if (activiteiten.length === 0) return <span className={common.muted}>{empty}</span>;
  return (
    <ul className={styles.cellList}>
      {activiteiten.map((a) => (
        <li key={a.id} className={common.userText}>
          {a.naam}
        </li>
      ))}
    </ul>
  );
}

function Elements({ ids, model }: { readonly ids: readonly string[]; readonly model: MatrixModel }) {
  const t = useT();
  const styles = useActiviteitenStyles();
  const common = useCommonStyles();
  const texts = ids.flatMap((id) => {
    const text = model.elementText.get(id);
    return text === undefined ? [] : [{ id, text }];
  });
  if (texts.length === 0)
    return <span className={common.muted}>{t('activiteiten.matrix.geenElementen')}</span>;
  return (
    <ul className={styles.cellList}>
      {texts.map((e) => (
        <li key={e.id} className={common.userText}>
          {e.text}
        </li>
      ))}
    </ul>
  );
}

function useLabels(model: MatrixModel) {
  const t = useT();
  return {
    niveau: (niveau: ActiviteitNiveau) =>
      model.niveauLabels.get(niveau) ?? t(`activiteiten.niveau.${niveau}`),
    veranderverhaal: model.veranderverhaalLabel ?? t('activiteiten.matrix.veranderverhaal'),
  };
}

function GapMarker() {
  const t = useT();
  const styles = useActiviteitenStyles();
  return (
    <span className={styles.gapMarker}>
      <WarningIcon />
      {t('activiteiten.matrix.gapMarker')}
    </span>
  );
}

export function MatrixTable({ model }: { readonly model: MatrixModel }) {
  const t = useT();
  const styles = useActiviteitenStyles();
  const captionId = useId('matrix');
  const labels = useLabels(model);
  const { matrix } = model;
  const gapIds = new Set<string>(matrix.gaps.resultatenZonderActiviteit.map((r) => r.id));
  const hasLoose = matrix.gaps.activiteitenZonderResultaat.length > 0;
  const veranderverhaalOf = (resultaatId: string) =>
    matrix.veranderverhaalRow.find((c) => c.resultaatId === resultaatId)?.elementen ?? [];

  return (
    // A scrollable region must be reachable and named for keyboard users (WCAG 2.1.1).
    <div className={styles.tableWrap} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          {t('activiteiten.matrix.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t('activiteiten.matrix.niveau')}
            </th>
            {matrix.resultaten.map((r) => (
              <th key={r.id} scope="col" className={styles.th}>
                <span>{r.text}</span>
                {gapIds.has(r.id) && <GapMarker />}
              </th>
            ))}
            {hasLoose && (
              <th scope="col" className={styles.th}>
                {t('activiteiten.matrix.zonderResultaat')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className={styles.th}>
              {labels.veranderverhaal}
            </th>
            {matrix.resultaten.map((r) => (
              <td key={r.id} className={styles.td}>
                <Elements ids={veranderverhaalOf(r.id)} model={model} />
              </td>
            ))}
            {hasLoose && <td className={styles.td} />}
          </tr>
          {matrix.rows.map((row) => (
            <tr key={row.niveau}>
              <th scope="row" className={styles.th}>
                {labels.niveau(row.niveau)}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.resultaatId} className={styles.td}>
                  <Names activiteiten={cell.activiteiten} empty={t('activiteiten.matrix.geen')} />
                </td>
              ))}
              {hasLoose && (
                <td className={styles.td}>
                  <Names activiteiten={row.zonderResultaat} empty={t('activiteiten.matrix.geen')} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The matrix read per result: each result with its levels, then what belongs to no result. */
export function MatrixList({ model }: { readonly model: MatrixModel }) {
  const t = useT();
  const styles = useActiviteitenStyles();
  const common = useCommonStyles();
  const labels = useLabels(model);
  const { matrix } = model;
  const gapIds = new Set<string>(matrix.gaps.resultatenZonderActiviteit.map((r) => r.id));
  const loose = matrix.rows.filter((row) => row.zonderResultaat.length > 0);

  return (
    <ul className={styles.resultList}>
      {matrix.resultaten.map((r, index) => (
        <li key={r.id} className={styles.resultCard}>
          <h3 className={mergeClasses(common.heading3, common.userText)}>{r.text}</h3>
          {gapIds.has(r.id) && <GapMarker />}
          <dl className={styles.levels}>
            <div>
              <dt className={styles.term}>{labels.veranderverhaal}</dt>
              <dd className={styles.dd}>
                <Elements ids={matrix.veranderverhaalRow[index]?.elementen ?? []} model={model} />
              </dd>
            </div>
            {matrix.rows.map((row) => (
              <div key={row.niveau}>
                <dt className={styles.term}>{labels.niveau(row.niveau)}</dt>
                <dd className={styles.dd}>
                  <Names
                    activiteiten={row.cells[index]?.activiteiten ?? []}
                    empty={t('activiteiten.matrix.geen')}
                  />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
      {loose.length > 0 && (
        <li className={styles.resultCard}>
          <h3 className={common.heading3}>{t('activiteiten.matrix.zonderResultaat')}</h3>
          <dl className={styles.levels}>
            {loose.map((row) => (
              <div key={row.niveau}>
                <dt className={styles.term}>{labels.niveau(row.niveau)}</dt>
                <dd className={styles.dd}>
                  <Names activiteiten={row.zonderResultaat} empty={t('activiteiten.matrix.geen')} />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      )}
    </ul>
  );
}
