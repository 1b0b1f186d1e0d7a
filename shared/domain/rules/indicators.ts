/** Where an indicator stands: its latest meting, its movement and its progress toward the doel. */
import type { IndicatorId } from '../ids.ts';
import type { Indicator, Meting } from '../model.ts';

/** A meting with a number (a signaal may be recorded in words only). */
export type NumericMeting = Meting & { readonly waarde: number };

/** An indicator's metingen, oldest first; metingen of one date keep the order they were given in. */
export function metingenOf(indicatorId: IndicatorId, metingen: readonly Meting[]): Meting[] {
  return metingen
    .filter((m) => m.indicatorId === indicatorId)
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.datum.localeCompare(b.m.datum) || a.i - b.i)
    .map(({ m }) => m);
}

/** The most recent meting of an indicator, with or without a number. */
export function latestMeting(indicatorId: IndicatorId, metingen: readonly Meting[]): Meting | undefined {
  return metingenOf(indicatorId, metingen).at(-1);
}

function numeric(indicatorId: IndicatorId, metingen: readonly Meting[]): NumericMeting[] {
  return metingenOf(indicatorId, metingen).filter((m): m is NumericMeting => m.waarde !== undefined);
}

/** Treat differences from floating-point noise as no change. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export type Direction = 'up' | 'down' | 'equal';
/** Whether a movement is good given the indicator's `richting`; `neutral` when it has none or nothing moved. */
export type Verdict = 'good' | 'bad' | 'neutral';

export type Movement =
  | { readonly kind: 'insufficient' }
  | {
      readonly kind: 'moved';
      readonly direction: Direction;
      readonly verdict: Verdict;
      /** Latest minus previous. */
      readonly change: number;
      readonly latest: NumericMeting;
      readonly previous: NumericMeting;
    };

function verdictOf(direction: Direction, richting: Indicator['richting']): Verdict {
  if (direction === 'equal' || richting === 'neutraal') return 'neutral';
  return (direction === 'up') === (richting === 'hoger') ? 'good' : 'bad';
}

/** The movement between the last two metingen with a number; `insufficient` with fewer than two. */
export function movement(indicator: Indicator, metingen: readonly Meting[]): Movement {
  const [previous, latest] = numeric(indicator.id, metingen).slice(-2);
  if (previous === undefined || latest === undefined) return { kind: 'insufficient' };
  const direction: Direction = same(latest.waarde, previous.waarde)
    ? 'equal'
    : latest.waarde > previous.waarde
      ? 'up'
      : 'down';
  return {
    kind: 'moved',
    direction,
    verdict: verdictOf(direction, indicator.richting),
    change: latest.waarde - previous.waarde,
    latest,
    previous,
  };
}

export type TargetProgress =
  | { readonly kind: 'no-target' }
  | { readonly kind: 'no-baseline' }
  | { readonly kind: 'no-measurement' }
  | {
      readonly kind: 'measured';
      readonly current: NumericMeting;
      /**
       * Share of the way from `basis` to `doel` covered: 0 at the basis, 1 at the doel; below 0
       * when it moved away from the doel, above 1 beyond it.
       */
      readonly fraction: number;
      readonly reached: boolean;
    };

function reachedTarget(
  current: number,
  basis: number,
  doel: number,
  richting: Indicator['richting'],
): boolean {
  if (same(current, doel)) return true;
  const wantsHigher = same(doel, basis) ? richting === 'hoger' : doel > basis;
  const wantsLower = same(doel, basis) ? richting === 'lager' : doel < basis;
  return (wantsHigher && current > doel) || (wantsLower && current < doel);
}

/** Progress of the latest numeric meting from the indicator's `basis` toward its `doel`. */
export function targetProgress(indicator: Indicator, metingen: readonly Meting[]): TargetProgress {
  const { basis, doel } = indicator;
  if (doel === undefined) return { kind: 'no-target' };
  if (basis === undefined) return { kind: 'no-baseline' };
  const current = numeric(indicator.id, metingen).at(-1);
  if (current === undefined) return { kind: 'no-measurement' };
  const reached = reachedTarget(current.waarde, basis.waarde, doel.waarde, indicator.richting);
  const span = doel.waarde - basis.waarde;
  const fraction = same(span, 0) ? (reached ? 1 : 0) : (current.waarde - basis.waarde) / span;
  return { kind: 'measured', current, fraction, reached };
}
