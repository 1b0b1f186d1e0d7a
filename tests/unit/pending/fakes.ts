/** Hand-written fakes of `localStorage` and of the browser's Web Locks for the pending store tests. */
import type {
  LockLike,
  LockManagerLike,
  LockRequestOptions,
  StorageLike,
} from '../../../shared/application/pending/index.ts';

/** `localStorage` over a Map, in insertion order, with a switchable quota. */
export class MapStorage implements StorageLike {
  readonly map = new Map<string, string>();
  /** Refuses writes whose key matches, as a full quota would. */
  refuse: ((key: string) => boolean) | undefined;

  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuse?.(key) === true) throw new Error('QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  /** Keys under `prefix`, with the prefix cut off, sorted. */
  keysUnder(prefix: string): string[] {
    return [...this.map.keys()]
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length))
      .sort();
  }
}

/**
 * The browser's lock manager across pages: who holds which lock. Grants are asynchronous, as in a
 * browser; a page that closes loses its locks. Waiting requests are not modelled (the store never
 * waits for a lock).
 */
export class LockBroker {
  readonly held = new Map<string, FakeLocks>();
  /** Every request, in order: `name` and whether it was granted. */
  readonly log: { readonly name: string; readonly granted: boolean }[] = [];

  page(): FakeLocks {
    return new FakeLocks(this);
  }
}

export class FakeLocks implements LockManagerLike {
  readonly #broker: LockBroker;
  #open = true;
  /** Makes every request reject, as a browser does where locks are not allowed (SecurityError). */
  failing: Error | undefined;

  constructor(broker: LockBroker) {
    this.#broker = broker;
  }

  async request<T>(
    name: string,
    options: LockRequestOptions,
    callback: (lock: LockLike | null) => T,
  ): Promise<Awaited<T>> {
    await Promise.resolve();
    if (this.failing !== undefined) throw this.failing;
    if (!this.#open) throw new Error('the page is closed');
    const broker = this.#broker;
    if (broker.held.has(name)) {
      if (options.ifAvailable !== true) throw new Error('FakeLocks: waiting for a lock is not modelled');
      broker.log.push({ name, granted: false });
      return await callback(null);
    }
    broker.held.set(name, this);
    broker.log.push({ name, granted: true });
    try {
      return await callback({ name });
    } finally {
      if (broker.held.get(name) === this) broker.held.delete(name);
    }
  }

  /** The page goes away: the browser releases every lock it held. */
  close(): void {
    this.#open = false;
    for (const [name, holder] of this.#broker.held) if (holder === this) this.#broker.held.delete(name);
  }
}

/** An entry as the outbox writes it (pending-entry.ts): the seq is what adoption compares. */
export function entry(seq: number, text: string): string {
  return JSON.stringify({ format: 1, seq, note: text });
}
