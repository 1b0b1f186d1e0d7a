/** A Clock for tests: it stands still until a test sets or advances it. */
import type { Clock } from '../domain/time.ts';

export interface Duration {
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
  readonly seconds?: number;
  readonly ms?: number;
}

function instant(at: Date | string | number): number {
  const ms = new Date(at).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(at)}`);
  return ms;
}

export class FakeClock implements Clock {
  #ms: number;

  constructor(start: Date | string | number = '2026-01-15T09:00:00.000Z') {
    this.#ms = instant(start);
  }

  /** A fresh Date each call, so callers cannot move the clock by mutating it. */
  now(): Date {
    return new Date(this.#ms);
  }

  set(at: Date | string | number): void {
    this.#ms = instant(at);
  }

  /** Moves time forward (or back, with negative numbers) by milliseconds or a duration. */
  advance(by: number | Duration): void {
    const ms =
      typeof by === 'number'
        ? by
        : (((by.days ?? 0) * 24 + (by.hours ?? 0)) * 60 + (by.minutes ?? 0)) * 60_000 +
          (by.seconds ?? 0) * 1000 +
          (by.ms ?? 0);
    this.#ms += ms;
  }
}
