/** An indicator's figures and their summary as people read them, in the screen's locale. */
import { yearOf } from '../../../shared/domain/rules/calendar.ts';
import { formatDate, formatNumber, type Locale } from '../../../shared/i18n/index.ts';
import type { ChartSummary, SummaryPoint } from './chart.ts';
import { type T } from '../../app/index.ts';

/** "23%", "1.250 jongeren", "4,5": the number in the locale's notation with its unit. */
export function valueText(t: T, locale: Locale, waarde: number, eenheid: string): string {
  const number = formatNumber(locale, waarde);
  if (eenheid === '') return number;
  return eenheid === '%'
    ? t('indicatoren.value.percent', { waarde: number })
    : t('indicatoren.value.unit', { waarde: number, eenheid });
}

/** The year, or the date when two points share a year. Years are text: "2026", never "2.026". */
function momentText(locale: Locale, point: SummaryPoint): string {
  return point.sameYear ? formatDate(locale, point.datum) : String(yearOf(point.datum));
}

/** "Van 23% (2023) naar 31% (2026); doel 40% in 2028." */
export function summaryText(t: T, locale: Locale, summary: ChartSummary, eenheid: string): string {
  const value = (waarde: number) => valueText(t, locale, waarde, eenheid);
  const doel = summary.doel;
  switch (summary.kind) {
    case 'none':
      return doel === undefined
        ? t('indicatoren.chart.none')
        : t('indicatoren.chart.noneTarget', { doel: value(doel.waarde), doelJaar: String(doel.jaar) });
    case 'one': {
      const at = { waarde: value(summary.at.waarde), moment: momentText(locale, summary.at) };
      return doel === undefined
        ? t('indicatoren.chart.one', at)
        : t('indicatoren.chart.oneTarget', { ...at, doel: value(doel.waarde), doelJaar: String(doel.jaar) });
    }
    case 'fromTo': {
      const fromTo = {
        van: value(summary.from.waarde),
        vanMoment: momentText(locale, summary.from),
        naar: value(summary.to.waarde),
        naarMoment: momentText(locale, summary.to),
      };
      return doel === undefined
        ? t('indicatoren.chart.fromTo', fromTo)
        : t('indicatoren.chart.fromToTarget', {
            ...fromTo,
            doel: value(doel.waarde),
            doelJaar: String(doel.jaar),
          });
    }
  }
}
