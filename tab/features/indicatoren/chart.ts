/**
 * The chart of one indicator over time, as data: the measured points, the baseline and the target,
 * the text that summarises them, and where everything goes in the SVG. No chart library: a line,
 * two reference lines and a few labels are all it needs.
 */
import type { Indicator, Meting } from '../../../shared/domain/model.ts';
import { daysBetween, yearOf } from '../../../shared/domain/rules/calendar.ts';
import { metingenOf, type NumericMeting } from '../../../shared/domain/rules/indicators.ts';
import type { IsoDate } from '../../../shared/domain/time.ts';

export interface ChartPoint {
  readonly datum: IsoDate;
  readonly waarde: number;
}

export interface ChartData {
  /** Metingen with a number, oldest first. */
  readonly points: readonly ChartPoint[];
  readonly basis: ChartPoint | undefined;
  readonly doel: { readonly waarde: number; readonly jaar: number } | undefined;
}

export function chartData(indicator: Indicator, metingen: readonly Meting[]): ChartData {
  const points = metingenOf(indicator.id, metingen)
    .filter((m): m is NumericMeting => m.waarde !== undefined)
    .map((m) => ({ datum: m.datum, waarde: m.waarde }));
  return { points, basis: indicator.basis, doel: indicator.doel };
}

/** A point in the summary: a value and when; `sameYear` says to name the date rather than the year. */
export interface SummaryPoint extends ChartPoint {
  readonly sameYear: boolean;
}

export type ChartSummary =
  | { readonly kind: 'none'; readonly doel: ChartData['doel'] }
  | { readonly kind: 'one'; readonly at: SummaryPoint; readonly doel: ChartData['doel'] }
  | {
      readonly kind: 'fromTo';
      readonly from: SummaryPoint;
      readonly to: SummaryPoint;
      readonly doel: ChartData['doel'];
    };

/**
 * "Van 23% (2023) naar 31% (2026); doel 40% in 2028": from the baseline (or the first meting) to
 * the latest meting. When both fall in one year, the dates tell them apart instead.
 */
export function chartSummary(data: ChartData): ChartSummary {
  const from = data.basis ?? data.points[0];
  const to = data.points.at(-1);
  if (from === undefined) return { kind: 'none', doel: data.doel };
  if (to === undefined || (to === from && data.basis === undefined)) {
    return { kind: 'one', at: { ...from, sameYear: false }, doel: data.doel };
  }
  const sameYear = yearOf(from.datum) === yearOf(to.datum);
  return { kind: 'fromTo', from: { ...from, sameYear }, to: { ...to, sameYear }, doel: data.doel };
}

// ── layout ────────────────────────────────────────────────────────────────

export interface ChartSize {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const chartSize: ChartSize = { width: 560, height: 220, top: 20, right: 72, bottom: 32, left: 64 };
/** On a phone the SVG is drawn smaller, not scaled down, so its labels stay readable. */
export const narrowChartSize: ChartSize = {
  width: 320,
  height: 200,
  top: 16,
  right: 60,
  bottom: 28,
  left: 44,
};

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  /** The plot area. */
  readonly plot: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
  /** SVG path of the measured line ('' with fewer than two points). */
  readonly line: string;
  readonly dots: readonly { readonly x: number; readonly y: number; readonly point: ChartPoint }[];
  readonly basisY: number | undefined;
  /** The target's height, and where its year sits on the time axis. */
  readonly doel: { readonly x: number; readonly y: number } | undefined;
  /** The highest and lowest value drawn, with their heights, to read the vertical axis by. */
  readonly yLabels: readonly { readonly y: number; readonly value: number }[];
  /** The first and last year on the time axis. */
  readonly xLabels: readonly {
    readonly x: number;
    readonly year: string;
    readonly anchor: 'start' | 'end';
  }[];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Where everything goes; undefined when there is not a single number to draw. */
export function layoutChart(data: ChartData, size: ChartSize = chartSize): ChartLayout | undefined {
  const { width, height, top, right, bottom, left } = size;
  const values = [...data.points.map((p) => p.waarde)];
  if (data.basis !== undefined) values.push(data.basis.waarde);
  if (data.doel !== undefined) values.push(data.doel.waarde);
  const dates = data.points.map((p) => p.datum);
  if (data.basis !== undefined) dates.push(data.basis.datum);
  // The target is due by the end of its year.
  const doelDatum = data.doel === undefined ? undefined : `${String(data.doel.jaar).padStart(4, '0')}-12-31`;
  if (doelDatum !== undefined) dates.push(doelDatum);
  if (values.length === 0 || (data.points.length === 0 && data.basis === undefined)) return undefined;

  const min = Math.min(...values);
  const max = Math.max(...values);
  let low = min;
  let high = max;
  if (low === high) {
    const pad = Math.max(1, Math.abs(low) * 0.1);
    low -= pad;
    high += pad;
  } else {
    const pad = (high - low) * 0.1;
    low -= pad;
    high += pad;
  }
  const sorted = [...dates].sort();
  const first = sorted[0] ?? '';
  const last = sorted.at(-1) ?? first;
  const span = Math.max(1, daysBetween(first, last));
  const x0 = left;
  const x1 = width - right;
  const y0 = top;
  const y1 = height - bottom;
  const x = (datum: IsoDate) =>
    round(first === last ? (x0 + x1) / 2 : x0 + ((x1 - x0) * daysBetween(first, datum)) / span);
  const y = (value: number) => round(y1 - ((y1 - y0) * (value - low)) / (high - low));

  const dots = data.points.map((point) => ({ x: x(point.datum), y: y(point.waarde), point }));
  const line = dots.length < 2 ? '' : dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x} ${d.y}`).join(' ');
  const firstYear = String(yearOf(first));
  const lastYear = String(yearOf(last));
  return {
    width,
    height,
    plot: { x0, x1, y0, y1 },
    line,
    dots,
    basisY: data.basis === undefined ? undefined : y(data.basis.waarde),
    doel:
      data.doel === undefined || doelDatum === undefined
        ? undefined
        : { x: x(doelDatum), y: y(data.doel.waarde) },
    yLabels:
      min === max
        ? [{ y: y(max), value: max }]
        : [
            { y: y(max), value: max },
            { y: y(min), value: min },
          ],
    xLabels:
      firstYear === lastYear
        ? [{ x: x0, year: firstYear, anchor: 'start' }]
        : [
            { x: x0, year: firstYear, anchor: 'start' },
            { x: x1, year: lastYear, anchor: 'end' },
          ],
  };
}
