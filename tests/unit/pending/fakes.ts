/**
 * Hand-written fakes of `localStorage` and of the browser's Web Locks for the pending store tests,
 * and pages and tabs built on them as the hosts build theirs.
 */
import { Outbox, type TakeOverReport, type UnreadableEntry } from '../../../shared/application/outbox.ts';
import {
  LocalPendingStore,
  PageInstance,
  type AbortSignalLike,
  type LockLike,
  type LockManagerLike,
  type LockRequestOptions,
  type StorageLike,
  type SupersededEntry,
} from '../../../shared/application/pending/index.ts';
import { takeOverClosedPages, type TakenOver } from '../../../shared/application/taken-over.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { LocalPendingStore as TabStore } from '../../../tab/host/browser/local-pending-store.ts';
import { ManualScheduler, network, ScriptedRepository } from '../application/fakes.ts';
import { aTraject, trajectId } from '../application/fixtures.ts';

type StorageListener = (key: string) => void;

/** What a page's `storage` events go to: its store, built on the view, so looked up when one fires. */
interface LazyTarget {
  readonly store: () => { storageChanged(key: string | null): void };
}

/**
 * `localStorage` over a Map, in insertion order, with a switchable quota. Writes through it reach
 * every page's `onStorage`; writes through a page's `view` reach every other page's, a task
 * later, as the browser's `storage` event does (never in the page that wrote).
 */
export class MapStorage implements StorageLike {
  readonly map = new Map<string, string>();
  /** Refuses writes whose key matches, as a full quota would. */
  refuse: ((key: string) => boolean) | undefined;
  /** Calls of `key(i)`, by anyone: what a scan of storage costs. */
  keyReads = 0;
  /** Every key written, in order. */
  readonly written: string[] = [];
  readonly #listeners = new Set<StorageListener>();

  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    this.keyReads++;
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

  /** The same storage as one page sees it: the other pages' changes go to `to`, a listener or a store. */
  view(to: StorageListener | LazyTarget): StorageLike {
    const onStorage: StorageListener =
      typeof to === 'function' ? to : (key) => to.store().storageChanged(key);
    this.#listeners.add(onStorage);
    return new StorageView(this, onStorage);
  }

  write(key: string, value: string, by: StorageListener | undefined): void {
    if (this.refuse?.(key) === true) throw new Error('QuotaExceededError');
    this.written.push(key);
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

export const PREFIX = 'kompas:pending:an@voorbeeldstad.nl:';
export const LOCKS = 'kompas:instance:an@voorbeeldstad.nl:';

export interface Page {
  readonly id: string;
  readonly locks: FakeLocks;
  readonly store: LocalPendingStore;
  readonly superseded: SupersededEntry[];
  readonly errors: unknown[];
  /** What `watchOrphans` reported, one per take-over. */
  readonly adopted: { readonly entries: ReadonlyMap<string, string>; readonly kept: readonly string[] }[];
  watch(): () => void;
}

/**
 * A page of the app over the shared storage: its instance, its lock manager and its store, which
 * gets the `storage` events of the other pages as the host forwards them. Not opened yet: the
 * first call of the store opens it.
 */
export function openPage(
  storage: MapStorage,
  broker: LockBroker,
  id: string,
  { abortable = true } = {},
): Page {
  const locks = broker.page();
  const superseded: SupersededEntry[] = [];
  const errors: unknown[] = [];
  const adopted: Page['adopted'][number][] = [];
  const store: LocalPendingStore = new LocalPendingStore({
    storage: storage.view({ store: () => store }),
    namespace: { prefix: PREFIX, lockPrefix: LOCKS },
    instance: new PageInstance(
      id,
      locks,
      abortable ? { newAbortController: () => new AbortController() } : {},
    ),
    onSuperseded: (e) => superseded.push(e),
    onError: (e) => errors.push(e),
  });
  const watch = () => store.watchOrphans((entries, kept) => adopted.push({ entries, kept }));
  return { id, locks, store, superseded, errors, adopted, watch };
}

export const USER = 'an@voorbeeldstad.nl';

/** Tabs of one user on one device over one repository, offline until `goOnline`. */
export async function tabWorld() {
  const storage = new MapStorage();
  const broker = new LockBroker();
  const scheduler = new ManualScheduler();
  const memory = new InMemoryTrajectRepository();
  await memory.save('traject', aTraject());
  const repository = new ScriptedRepository(memory, scheduler);
  const net = { online: false };
  repository.random = () => (net.online ? undefined : { error: network() });

  /** A tab wired as `tab/main.tsx` wires it; `watch: false` is a tab that only adopts when it opens. */
  const openTab = async (id: string, { watch = true } = {}) => {
    const locks = broker.page();
    const store: TabStore = new TabStore(storage.view({ store: () => store }), USER, {
      instance: new PageInstance(id, locks, { newAbortController: () => new AbortController() }),
    });
    const outbox = await Outbox.open({ repository, store, scheduler, clock: scheduler.clock });
    /** What `Outbox.takeOver` answered, and what reached the host's handlers. */
    const reports: TakeOverReport[] = [];
    const kept: string[] = [];
    const unreadable: UnreadableEntry[] = [];
    const recording: Pick<Outbox, 'subscribe' | 'takeOver'> = {
      subscribe: (listener) => outbox.subscribe(listener),
      takeOver: (entries) => {
        const report = outbox.takeOver(entries);
        reports.push(report);
        return report;
      },
    };
    const takeOver: { readonly takenOver: TakenOver | undefined } = watch
      ? takeOverClosedPages(store, recording, {
          onKept: (key) => kept.push(key),
          onUnreadable: (entry) => unreadable.push(entry),
        })
      : { takenOver: undefined };
    return {
      id,
      store,
      outbox,
      reports,
      kept,
      unreadable,
      takenOver: takeOver.takenOver,
      close() {
        outbox.dispose();
        locks.close();
      },
    };
  };

  const goOnline = async (...tabs: { readonly outbox: Outbox }[]) => {
    net.online = true;
    for (const tab of tabs) tab.outbox.online();
    await scheduler.runAll();
  };

  const storedTexts = async () =>
    (await memory.openTraject(trajectId)).antwoorden.map((a) =>
      a.value.kind === 'text' ? a.value.text : '',
    );

  return { storage, broker, repository, openTab, goOnline, storedTexts };
}
