/** Deterministic ids for tests: the same run gives the same ids. */
import type { IdGenerator } from '../domain/ids.ts';

export class SequenceIds implements IdGenerator {
  readonly #prefix: string | undefined;
  readonly #start: number;
  #n: number;

  /**
   * Without a prefix the ids are UUID-shaped (`00000000-0000-4000-8000-000000000001`); with one
   * they read `<prefix>-000001`, which is long enough for the domain's 8-character minimum.
   */
  constructor(options: { readonly prefix?: string; readonly start?: number } = {}) {
    if (options.prefix !== undefined && !/^[A-Za-z0-9][A-Za-z0-9-]{0,48}$/.test(options.prefix)) {
      throw new RangeError(`prefix must be 1–49 letters, digits or dashes: ${options.prefix}`);
    }
    this.#prefix = options.prefix;
    this.#start = options.start ?? 1;
    this.#n = this.#start;
  }

  next(): string {
    const n = this.#n++;
    return this.#prefix === undefined
      ? `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
      : `${this.#prefix}-${String(n).padStart(6, '0')}`;
  }

  /** Starts the sequence again. */
  reset(): void {
    this.#n = this.#start;
  }
}
