/**
 * "Eerder / Op dit moment": this cycle beside the previous finished one of the same bouwsteen, per
 * question (what was said then and now, and whether it changed) and per indicator (the figure
 * then and now, and which way it moved), all in words.
 */
import { mergeClasses, useId } from '@fluentui/react-components';
import { eerderEnNu } from '../../../shared/application/index.ts';
import type { BouwsteenId } from '../../../shared/content/schema.ts';
import type { IndicatorComparison } from '../../../shared/domain/reflectie/compare.ts';
import type { IndicatorStand } from '../../../shared/domain/reflectie/cycle.ts';
import type { Indicator, Reflectie } from '../../../shared/domain/model.ts';
import { bouwsteenLabel, formatDate, formatNumber, type Locale } from '../../../shared/i18n/index.ts';
import { useLocale, useT, type T } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { useReflectiesStyles } from './Reflecties.styles.ts';
import type { ReflectiesModel } from './useReflecties.ts';

export function figure(locale: Locale, indicator: Pick<Indicator, 'eenheid'>, waarde: number): string {
  const number = formatNumber(locale, waarde);
  return indicator.eenheid.trim() === '' ? number : `${number} ${indicator.eenheid.trim()}`;
}

function standText(t: T, locale: Locale, indicator: Indicator, stand: IndicatorStand | undefined): string {
  if (stand?.datum === undefined) return t('reflecties.vergelijk.standGeen');
  const datum = formatDate(locale, stand.datum);
  return stand.waarde === undefined
    ? t('reflecties.vergelijk.standZonderCijfer', { datum })
    : t('reflecties.vergelijk.stand', { waarde: figure(locale, indicator, stand.waarde), datum });
}

/** Which way the figure moved, and whether that is the way the partners want it to. */
export function movementText(t: T, locale: Locale, comparison: IndicatorComparison): string {
  const { beweging, indicator } = comparison;
  if (beweging.kind === 'insufficient') return t('reflecties.vergelijk.insufficient');
  if (beweging.direction === 'equal') return t('reflecties.vergelijk.equal');
  const verschil = figure(locale, indicator, Math.abs(beweging.change));
  return t(`reflecties.vergelijk.${beweging.direction}.${beweging.verdict}`, { verschil });
}

export interface ComparisonProps {
  readonly model: ReflectiesModel;
  readonly reflectie: Reflectie;
  readonly bouwsteen: BouwsteenId;
}

export function Comparison({ model, reflectie, bouwsteen }: ComparisonProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const headingId = useId('vergelijk');
  const { view, services } = model;
  const comparison = eerderEnNu(services.ctx, {
    traject: { editie: view.traject.editie },
    records: view,
    reflectie,
    bouwsteen,
  });
  if (comparison === undefined) return null;
  const { eerder } = comparison;
  const side = (heading: string, text: string) => (
    <div className={styles.side}>
      <h6 className={styles.sideHeading}>{heading}</h6>
      <p className={mergeClasses(styles.paragraph, common.userText, text === '' && common.muted)}>
        {text === '' ? t('reflecties.nietIngevuld') : text}
      </p>
    </div>
  );
  return (
    <section aria-labelledby={headingId} className={styles.form}>
      <h4 id={headingId} className={common.heading3}>
        {t('reflecties.vergelijk.kop', { bouwsteen: bouwsteenLabel(bouwsteen) })}
      </h4>
      {eerder === undefined ? (
        <p className={common.muted}>{t('reflecties.vergelijk.eerste')}</p>
      ) : (
        <>
          <p className={styles.paragraph}>
            {t('reflecties.vergelijk.intro', { datum: formatDate(locale, eerder.datum) })}
          </p>
          {comparison.indicatoren.length > 0 && (
            <>
              <h5 className={styles.sideHeading}>{t('reflecties.vergelijk.indicatoren')}</h5>
              <ul className={styles.errorList}>
                {comparison.indicatoren.map((c) => (
                  <li key={c.indicator.id} className={common.userText}>
                    {t('reflecties.vergelijk.indicator', {
                      naam: c.indicator.naam,
                      eerder: standText(t, locale, c.indicator, c.eerder),
                      nu: standText(t, locale, c.indicator, c.nu),
                    })}{' '}
                    {movementText(t, locale, c)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h5 className={styles.sideHeading}>{t('reflecties.vergelijk.vragen')}</h5>
          <ul className={styles.cycles}>
            {comparison.vragen.map((v) => (
              <li key={v.question.id}>
                <section aria-label={v.question.shortLabel} className={styles.form}>
                  <p className={mergeClasses(styles.paragraph, styles.step)}>{v.question.prompt}</p>
                  <div className={styles.sides}>
                    {side(t('reflectie.vergelijk.eerder'), v.eerderTekst)}
                    {side(t('reflectie.vergelijk.nu'), v.nuTekst)}
                  </div>
                  <p className={styles.paragraph}>
                    {v.veranderd ? t('reflecties.vergelijk.veranderd') : t('reflecties.vergelijk.gelijk')}
                  </p>
                </section>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
