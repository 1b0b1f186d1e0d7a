/**
 * An indicator over time as an inline SVG: the metingen as a line, the basiswaarde and the doel as
 * reference lines. The SVG is one image named by the visible summary sentence; the figures
 * themselves are in the data table beside it, so nothing is only in the picture.
 */
import { useId } from '@fluentui/react-components';
import type { Indicator, Meting } from '../../../shared/domain/model.ts';
import { formatNumber } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { useNarrow } from '../activiteiten/useNarrow.ts';
import { chartData, chartSize, chartSummary, layoutChart, narrowChartSize } from './chart.ts';
import { summaryText } from './format.ts';
import { useIndicatorChartStyles } from './IndicatorChart.styles.ts';

export interface IndicatorChartProps {
  readonly indicator: Indicator;
  readonly metingen: readonly Meting[];
}

export function IndicatorChart({ indicator, metingen }: IndicatorChartProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useIndicatorChartStyles();
  const summaryId = useId('chart-summary');
  const data = chartData(indicator, metingen);
  const summary = summaryText(t, locale, chartSummary(data), indicator.eenheid);
  const narrow = useNarrow('(max-width: 480px)');
  const layout = layoutChart(data, narrow ? narrowChartSize : chartSize);

  if (layout === undefined) {
    return (
      <p id={summaryId} className={styles.summary}>
        {summary}
      </p>
    );
  }
  const { plot } = layout;
  return (
    <figure className={styles.figure}>
      <svg
        role="img"
        aria-labelledby={summaryId}
        focusable="false"
        className={styles.svg}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <line className={styles.axis} x1={plot.x0} y1={plot.y1} x2={plot.x1} y2={plot.y1} />
        <line className={styles.axis} x1={plot.x0} y1={plot.y0} x2={plot.x0} y2={plot.y1} />
        {layout.yLabels.map((label) => (
          <text
            key={label.value}
            className={styles.axisText}
            x={plot.x0 - 6}
            y={label.y + 4}
            textAnchor="end"
          >
            {formatNumber(locale, label.value)}
          </text>
        ))}
        {layout.xLabels.map((label) => (
          <text
            key={label.anchor}
            className={styles.axisText}
            x={label.x}
            y={plot.y1 + 18}
            textAnchor={label.anchor}
          >
            {label.year}
          </text>
        ))}
        {layout.basisY !== undefined && (
          <>
            <line className={styles.basis} x1={plot.x0} y1={layout.basisY} x2={plot.x1} y2={layout.basisY} />
            <text className={styles.lineLabel} x={plot.x1 + 6} y={layout.basisY + 4}>
              {t('indicatoren.chart.basisLabel')}
            </text>
          </>
        )}
        {layout.doel !== undefined && (
          <>
            <line className={styles.doel} x1={plot.x0} y1={layout.doel.y} x2={plot.x1} y2={layout.doel.y} />
            <path
              className={styles.doelMark}
              d={`M${layout.doel.x} ${layout.doel.y - 6} l6 6 l-6 6 l-6 -6 z`}
            />
            <text className={styles.lineLabel} x={plot.x1 + 6} y={layout.doel.y + 4}>
              {t('indicatoren.chart.doelLabel')}
            </text>
          </>
        )}
        {layout.line !== '' && <path className={styles.line} d={layout.line} />}
        {layout.dots.map((dot, i) => (
          <circle key={i} className={styles.dot} cx={dot.x} cy={dot.y} r={4} />
        ))}
      </svg>
      <figcaption id={summaryId} className={styles.summary}>
        {summary}
      </figcaption>
      <ul className={styles.legend}>
        {layout.dots.length > 0 && <li>{t('indicatoren.chart.legend.metingen')}</li>}
        {layout.basisY !== undefined && <li>{t('indicatoren.chart.legend.basis')}</li>}
        {layout.doel !== undefined && <li>{t('indicatoren.chart.legend.doel')}</li>}
      </ul>
    </figure>
  );
}
