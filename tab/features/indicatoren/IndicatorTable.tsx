/**
 * The figures of one indicator as a real data table: the basiswaarde, every meting and the doel,
 * with buttons to correct or remove a meting. The chart's alternative, and where metingen are managed.
 */
import { Button, mergeClasses, useId } from '@fluentui/react-components';
import type { Current } from '../../../shared/application/index.ts';
import type { Indicator, Meting } from '../../../shared/domain/model.ts';
import { metingenOf } from '../../../shared/domain/rules/indicators.ts';
import { formatDate } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { useRecordStyles } from '../common/record.styles.ts';
import { SaveState } from '../common/SaveState.tsx';
import { useSaveState } from '../common/useSaveState.ts';
import { valueText } from './format.ts';
import { useIndicatorenStyles } from './Indicatoren.styles.ts';

export interface IndicatorTableProps {
  readonly indicator: Indicator;
  readonly metingen: readonly Current<Meting>[];
  readonly onEdit: (meting: Current<Meting>) => void;
  readonly onRemove: (meting: Current<Meting>) => void;
}

/** A meting's save state, only while it is not simply saved: a row per "Opgeslagen" would drown the table. */
function MetingState({ id }: { readonly id: string }) {
  const { state, retry, resolve } = useSaveState('meting', id);
  if (state.status === 'idle' || state.status === 'saved') return null;
  return (
    <SaveState
      state={state}
      onRetry={retry}
      // Rejects only when the conflict was closed meanwhile; the state shown tells the outcome.
      onResolve={(choice) => void resolve(choice).catch(() => undefined)}
    />
  );
}

export function IndicatorTable({ indicator, metingen, onEdit, onRemove }: IndicatorTableProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useIndicatorenStyles();
  const record = useRecordStyles();
  const common = useCommonStyles();
  const captionId = useId('figures');
  const own = metingenOf(indicator.id, metingen) as Current<Meting>[];
  const value = (waarde: number) => valueText(t, locale, waarde, indicator.eenheid);
  const { basis, doel } = indicator;

  const caption = t('indicatoren.table.caption', { naam: indicator.naam });
  return (
    <div className={styles.section}>
      {/* Shown outside the table: a caption scrolls away with a table wider than a phone. */}
      <p id={captionId} className={styles.caption} aria-hidden="true">
        {caption}
      </p>
      {/* A scrollable region must be reachable and named for keyboard users (WCAG 2.1.1). */}
      <div className={styles.tableWrap} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table}>
          <caption className={common.visuallyHidden}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.th}>
                {t('indicatoren.table.moment')}
              </th>
              <th scope="col" className={mergeClasses(styles.th, styles.number)}>
                {t('indicatoren.table.waarde')}
              </th>
              <th scope="col" className={styles.th}>
                {t('indicatoren.table.toelichting')}
              </th>
              <th scope="col" className={styles.th}>
                <span className={common.visuallyHidden}>{t('indicatoren.table.acties')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {basis !== undefined && (
              <tr>
                <th scope="row" className={styles.th}>
                  {t('indicatoren.table.basis', { datum: formatDate(locale, basis.datum) })}
                </th>
                <td className={mergeClasses(styles.td, styles.number)}>{value(basis.waarde)}</td>
                <td className={styles.td} />
                <td className={styles.td} />
              </tr>
            )}
            {own.map((meting) => {
              const datum = formatDate(locale, meting.datum);
              return (
                <tr key={meting.id}>
                  <th scope="row" className={styles.th}>
                    {t('indicatoren.table.meting', { datum })}
                  </th>
                  <td className={mergeClasses(styles.td, styles.number)}>
                    {meting.waarde === undefined ? t('indicatoren.table.geenGetal') : value(meting.waarde)}
                  </td>
                  <td className={styles.td}>
                    {meting.toelichting}
                    {meting.bron !== '' && (
                      <>
                        {meting.toelichting !== '' && <br />}
                        {t('indicatoren.table.bron', { bron: meting.bron })}
                      </>
                    )}
                  </td>
                  <td className={styles.td}>
                    <div className={record.actions}>
                      <Button
                        size="small"
                        onClick={() => onEdit(meting)}
                        aria-label={t('indicatoren.meting.edit', { datum })}
                      >
                        {t('tab.common.edit')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => onRemove(meting)}
                        aria-label={t('indicatoren.meting.remove', { datum })}
                      >
                        {t('tab.common.remove')}
                      </Button>
                    </div>
                    <MetingState id={meting.id} />
                  </td>
                </tr>
              );
            })}
            {doel !== undefined && (
              <tr>
                <th scope="row" className={styles.th}>
                  {t('indicatoren.table.doel', { jaar: String(doel.jaar) })}
                </th>
                <td className={mergeClasses(styles.td, styles.number)}>{value(doel.waarde)}</td>
                <td className={styles.td} />
                <td className={styles.td} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
