/** Hand-written fakes of `localStorage` and of the browser's Web Locks for the pending store tests. */
import type {
  AbortSignalLike,
  LockLike,
  LockManagerLike,
  LockRequestOptions,
  StorageLike,
} from '../../../shared/application/pending/index.ts';

type StorageListener = (key: string) => void;

/**
 * `localStorage` over a Map, in insertion order, with a switchable quota. Writes through it reach
 * every page's `onStorage`; writes through a page's `view` reach every other page's, a task
 * later, as the browser's `storage` event does (never in the page that wrote).
 */
export class MapStorage implements StorageLike {
  readonly map = new Map<string, string>();
  /** Refuses writes whose key matches, as a full quota would. */
  refuse: ((key: string) => boolean) | undefined;
  readonly #listeners = new Set<StorageListener>();

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
    this.write(key, value, undefined);
  }
  removeItem(key: string): void {
    this.remove(key, undefined);
  }

  /** The same storage as one page sees it: `onStorage` gets the other pages' changes. */
  view(onStorage: StorageListener): StorageLike {
    this.#listeners.add(onStorage);
    return new StorageView(this, onStorage);
  }

  write(key: string, value: string, by: StorageListener | undefined): void {
    if (this.refuse?.(key) === true) throw new Error('QuotaExceededError');
    this.map.set(key, value);
    this.#changed(key, by);
  }
  remove(key: string, by: StorageListener | undefined): void {
    if (this.map.delete(key)) this.#changed(key, by);
  }
  #changed(key: string, by: StorageListener | undefined): void {
    for (const listener of this.#listeners) if (listener !== by) setImmediate(() => listener(key));
  }

  /** Keys under `prefix`, with the prefix cut off, sorted. */
  keysUnder(prefix: string): string[] {
    return [...this.map.keys()]
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length))
      .sort();
  }
}

class StorageView implements StorageLike {
  readonly #storage: MapStorage;
  readonly #page: StorageListener;

  constructor(storage: MapStorage, page: StorageListener) {
    this.#storage = storage;
    this.#page = page;
  }
  get length(): number {
    return this.#storage.length;
  }
  key(index: number): string | null {
    return this.#storage.key(index);
  }
  getItem(key: string): string | null {
    return this.#storage.getItem(key);
  }
  setItem(key: string, value: string): void {
    this.#storage.write(key, value, this.#page);
  }
  removeItem(key: string): void {
    this.#storage.remove(key, this.#page);
  }
}

interface Waiter {
  readonly page: FakeLocks;
  readonly grant: () => void;
}

/**
 * The browser's lock manager across pages: who holds which lock and who waits for it. Grants are
 * asynchronous, as in a browser; waiting requests are granted first come, first served when the
 * holder releases the lock or its page closes; a page that closes loses its locks and its waiting
 * requests; an aborted request is dropped and rejects with the signal's reason.
 */
export class LockBroker {
  readonly held = new Map<string, FakeLocks>();
  readonly #queues = new Map<string, Waiter[]>();
  /** Every grant or refusal, in order: `name` and whether it was granted. */
  readonly log: { readonly name: string; readonly granted: boolean }[] = [];

  page(): FakeLocks {
    return new FakeLocks(this);
  }

  /** Requests waiting for `name`, or for any lock when no name is given. */
  waiting(name?: string): number {
    if (name !== undefined) return this.#queues.get(name)?.length ?? 0;
    let count = 0;
    for (const queue of this.#queues.values()) count += queue.length;
    return count;
  }

  /** Whether a request for `name` is granted at once: nobody holds it and nobody waits for it. */
  isFree(name: string): boolean {
    return !this.held.has(name) && this.waiting(name) === 0;
  }

  /** Resolves once `page` holds `name`; rejects when `signal` aborts first. */
  enqueue(name: string, page: FakeLocks, signal: AbortSignalLike | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.#drop(name, (w) => w === waiter);
        const reason: unknown = signal?.reason;
        reject(reason instanceof Error ? reason : new Error(String(reason)));
      };
      const waiter: Waiter = {
        page,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const queue = this.#queues.get(name) ?? [];
      queue.push(waiter);
      this.#queues.set(name, queue);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** `page` lets go of `name`: the next waiting request gets it. */
  release(name: string, page: FakeLocks): void {
    if (this.held.get(name) !== page) return;
    this.held.delete(name);
    const next = this.#queues.get(name)?.shift();
    if (next === undefined) return;
    this.held.set(name, next.page);
    this.log.push({ name, granted: true });
    next.grant();
  }

  /** The page went away: its waiting requests are forgotten (nothing is left to tell). */
  dropPage(page: FakeLocks): void {
    for (const name of [...this.#queues.keys()]) this.#drop(name, (w) => w.page === page);
  }

  #drop(name: string, which: (waiter: Waiter) => boolean): void {
    const queue = this.#queues.get(name)?.filter((w) => !which(w)) ?? [];
    if (queue.length === 0) this.#queues.delete(name);
    else this.#queues.set(name, queue);
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
    const { signal } = options;
    // As the browser does (MDN, LockManager.request: NotSupportedError, AbortError).
    if (signal !== undefined && options.ifAvailable === true) {
      throw new DOMException('signal with ifAvailable', 'NotSupportedError');
    }
    if (signal?.aborted === true) throw signal.reason;
    const broker = this.#broker;
    if (broker.isFree(name)) {
      broker.held.set(name, this);
      broker.log.push({ name, granted: true });
    } else if (options.ifAvailable === true) {
      broker.log.push({ name, granted: false });
      return await callback(null);
    } else {
      await broker.enqueue(name, this, signal);
    }
    try {
      return await callback({ name });
    } finally {
      broker.release(name, this);
    }
  }

  /** The page goes away: the browser releases every lock it held and drops its waiting requests. */
  close(): void {
    this.#open = false;
    const broker = this.#broker;
    broker.dropPage(this);
    for (const [name, holder] of [...broker.held]) if (holder === this) broker.release(name, this);
  }
}

/** An entry as the outbox writes it (pending-entry.ts): the seq is what adoption compares. */
export function entry(seq: number, text: string): string {
  return JSON.stringify({ format: 1, seq, note: text });
}
