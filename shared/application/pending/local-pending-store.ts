/**
 * The outbox's PendingStore over Web Storage, with one namespace per page instance (issue #4).
 *
 * Keys are `<prefix><instance id>:<record key>`. Each page holds the Web Lock
 * `<lockPrefix><instance id>` for as long as it lives, so it never loads, sends, overwrites or
 * deletes what another open page of the same user keeps. When a page opens it adopts the entries
 * of pages that are gone (their lock is free: closed, crashed) and of the format before instances
 * (`<prefix><record key>`), moving them into its own namespace. Taking the orphan's lock for the
 * move (`ifAvailable`) also keeps two opening pages from adopting the same orphan.
 *
 * While open, a page can also watch the other pages of the user (`watchOrphans`): it asks for each
 * one's lock and waits, the browser grants it once that page is gone, and the page takes over what
 * it left unsent without waiting for the next page to open.
 *
 * Without Web Locks every page of the user shares `<prefix>`, as before issue #4.
 */
import { z } from 'zod';
import { KompasError } from '../../domain/errors.ts';
import type { PendingStore } from '../../ports/pending-store.ts';
import { ownerOf } from './keys.ts';
import type { PageInstance } from './page-instance.ts';
import type { AbortControllerLike, StorageLike } from './ports.ts';

export interface PendingNamespace {
  /** Where this user's entries live, ending in `:`, e.g. `kompas:pending:an@voorbeeldstad.nl:`. */
  readonly prefix: string;
  /** Instance locks are this plus the instance id, e.g. `kompas:instance:an@voorbeeldstad.nl:`. */
  readonly lockPrefix: string;
}

/** Two orphans, or an orphan and this page as it opens, had a change for one record: the newer (by seq) is kept. */
export interface SupersededEntry {
  readonly key: string;
  /** The instance the dropped entry came from, or `~legacy` for the format before instances. */
  readonly from: string;
  readonly kept: string;
  readonly dropped: string;
}

export interface AdoptionReport {
  /** Entries moved into this page's namespace. */
  readonly adopted: number;
  /** Entries dropped for a newer change to the same record (each one also went to `onSuperseded`). */
  readonly superseded: number;
  /** Other instances left alone: their page is still open, or another page is adopting them. */
  readonly live: number;
}

export interface LocalPendingStoreOptions {
  readonly storage: StorageLike;
  readonly namespace: PendingNamespace;
  /** This page; without it (no Web Locks) the user's pages share one namespace. */
  readonly instance?: PageInstance | undefined;
  readonly onSuperseded?: ((entry: SupersededEntry) => void) | undefined;
  /** Problems that did not stop the store: the lock manager failed, storage was full while adopting. */
  readonly onError?: ((error: unknown) => void) | undefined;
}

/** Owner of entries written before instances (`~` is never in an instance id); also names its lock. */
const LEGACY = '~legacy';

interface Own {
  readonly owner: string;
  readonly prefix: string;
}

/** What a move put into this page's namespace: record key → entry. */
type Moved = ReadonlyMap<string, string>;

interface MoveResult {
  readonly adopted: number;
  readonly superseded: number;
  /** The entries written into this page's namespace (not those where this page's copy stayed). */
  readonly moved: Moved;
  /** Watching only: records this page had an entry for already; that one stayed, the orphan's went. */
  readonly kept: readonly string[];
}

/**
 * What a record both an orphan and this page have an entry for keeps: at open the newer by seq
 * (this page has no edits yet, its entries are adopted ones); while watching this page's own, as
 * its outbox shows and sends that one and seqs of two live pages do not order their edits.
 */
type OnConflict = 'newer' | 'own';

/**
 * Receives what a watch took over from a page that closed: the entries moved into this page's
 * namespace, and the records where this page's own entry stayed and the closed page's was dropped.
 */
export type OnOrphansTaken = (entries: ReadonlyMap<string, string>, kept: readonly string[]) => void;

interface Watch {
  stopped: boolean;
  /** Withdraws the waiting requests; absent where the host gave none (`PageInstanceOptions`). */
  readonly controller: AbortControllerLike | undefined;
  /** Owners whose lock this watch is waiting for. */
  readonly waiting: Set<string>;
  /** Owners whose move storage refused partway: tried again at the next storage event. */
  readonly retry: Set<string>;
  readonly onAdopted: OnOrphansTaken;
}

interface Slot {
  readonly full: string;
  /** An instance id, or `LEGACY`. */
  readonly owner: string;
  readonly key: string;
}

const SeqSchema = z.looseObject({ seq: z.number() });

/** The outbox writes `seq` into every entry (pending-entry.ts); other text has none. */
function seqOf(text: string): number | undefined {
  try {
    const parsed = SeqSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.seq : undefined;
  } catch {
    return undefined;
  }
}

/** A watch granted the lock as it stopped: it moves nothing. */
const nothingMoved = {
  adopted: 0,
  superseded: 0,
  moved: new Map<string, string>(),
  kept: [],
  failed: false,
} as const satisfies MoveResult & { readonly failed: boolean };

/** Whether `incoming` should replace `existing`: a later seq, or something readable over something unreadable. */
function isNewer(incoming: string, existing: string): boolean {
  const a = seqOf(incoming);
  const b = seqOf(existing);
  if (a === undefined) return false;
  return b === undefined || a > b;
}

export class LocalPendingStore implements PendingStore {
  readonly #storage: StorageLike;
  readonly #prefix: string;
  readonly #lockPrefix: string;
  readonly #instance: PageInstance | undefined;
  readonly #onSuperseded: ((entry: SupersededEntry) => void) | undefined;
  readonly #onError: ((error: unknown) => void) | undefined;
  /** This page's own entries, once its lock is held and orphans are adopted. */
  #own: Promise<Own> | undefined;
  /** The same, once it has resolved. */
  #ready: Own | undefined;
  #adoption: AdoptionReport | undefined;
  readonly #watches = new Set<Watch>();

  constructor(options: LocalPendingStoreOptions) {
    this.#storage = options.storage;
    this.#prefix = options.namespace.prefix;
    this.#lockPrefix = options.namespace.lockPrefix;
    this.#instance = options.instance;
    this.#onSuperseded = options.onSuperseded;
    this.#onError = options.onError;
  }

  /** What opening adopted; undefined before the first `load()` and without Web Locks. */
  adoption(): AdoptionReport | undefined {
    return this.#adoption;
  }

  async load(): Promise<ReadonlyMap<string, string>> {
    const { owner } = await this.#opened();
    return this.#run(() => {
      const entries = new Map<string, string>();
      for (const slot of this.#scan()) {
        if (slot.owner !== owner) continue;
        const value = this.#storage.getItem(slot.full);
        if (value !== null) entries.set(slot.key, value);
      }
      return entries;
    });
  }

  /** Once open, writes before returning (the outbox relies on it while the page goes away). */
  put(key: string, value: string): Promise<void> {
    return this.#withOwn(({ prefix }) => this.#run(() => this.#storage.setItem(prefix + key, value)));
  }

  delete(key: string): Promise<void> {
    return this.#withOwn(({ prefix }) => this.#run(() => this.#storage.removeItem(prefix + key)));
  }

  #withOwn(op: (own: Own) => Promise<void>): Promise<void> {
    return this.#ready === undefined ? this.#opened().then(op) : op(this.#ready);
  }

  /**
   * Unsaved changes of this user that other pages keep: open windows, and closed ones not adopted
   * yet. Sign-out removes them too, so its warning counts them.
   */
  async elsewhere(): Promise<number> {
    const { owner } = await this.#opened();
    return this.#run(() => this.#scan().filter((slot) => slot.owner !== owner).length);
  }

  /** Sign-out: every entry of this namespace goes, this page's, other pages' and the old format's. */
  async clear(): Promise<void> {
    // Stopped first: a page that closes now must not have its entries moved back in afterwards.
    for (const watch of [...this.#watches]) this.#unwatch(watch);
    await this.#opened();
    return this.#run(() => removeWithPrefix(this.#storage, this.#prefix));
  }

  /**
   * Takes over, while this page is open, what other pages of the user leave unsent when they close
   * (issue #4). For every other page that has entries here it requests that page's lock without
   * `ifAvailable`: the browser grants it once that page is gone (closed, crashed), and then its
   * entries move into this namespace and go to `onAdopted`. Where this page has an entry for the
   * same record, this page's stays and the closed page's is dropped (`kept`, no `onSuperseded`):
   * this page's outbox has that change and sends it. Of two open pages waiting for the same one,
   * the lock lets one move them; the other finds nothing.
   * Pages that start later are found by `storageChanged`. Entries of the format before instances
   * are left for the next page that opens: no lock tells whether the old page that wrote them is
   * still open. Returns the function that stops watching (aborting the requests still waiting);
   * `clear()` stops it too. Without Web Locks every page shares the namespace: nothing to watch.
   */
  watchOrphans(onAdopted: OnOrphansTaken): () => void {
    const watch: Watch = {
      stopped: false,
      controller: this.#instance?.newAbortController?.(),
      waiting: new Set(),
      retry: new Set(),
      onAdopted,
    };
    this.#watches.add(watch);
    this.#opened().then(
      (own) => this.#waitForOrphans(watch, own),
      (error: unknown) => this.#onError?.(error),
    );
    return () => this.#unwatch(watch);
  }

  /**
   * The host forwards the page's `storage` events (another page of the origin wrote): a key of this
   * namespace may be a page to watch that started after this one. Another page's autosave fires
   * these often, so the key alone decides; only a cleared storage (null) is scanned for.
   */
  storageChanged(key: string | null): void {
    const own = this.#ready;
    if (own === undefined || this.#watches.size === 0) return;
    if (key === null) {
      for (const watch of this.#watches) this.#waitForOrphans(watch, own);
      return;
    }
    const slot = this.#slotOf(key);
    if (slot === undefined) return;
    for (const watch of this.#watches) {
      // What storage refused to move before: any write of the namespace may mean room again.
      for (const owner of [...watch.retry]) this.#waitForOwner(watch, own, owner);
      // A removal brings no page to watch: one that still keeps entries wrote them before.
      if (slot.owner === own.owner || slot.owner === LEGACY || watch.waiting.has(slot.owner)) continue;
      if (this.#storage.getItem(key) !== null) this.#waitForOwner(watch, own, slot.owner);
    }
  }

  #unwatch(watch: Watch): void {
    this.#watches.delete(watch);
    watch.stopped = true;
    watch.controller?.abort();
  }

  #waitForOrphans(watch: Watch, own: Own): void {
    if (!this.#canWatch(watch, own)) return;
    let owners: Set<string>;
    try {
      owners = new Set(this.#scan().map((slot) => slot.owner));
    } catch (error) {
      this.#onError?.(error);
      return;
    }
    for (const owner of owners) this.#waitForOwner(watch, own, owner);
  }

  /** Without an instance of its own (no Web Locks) a page shares the namespace: nothing to watch. */
  #canWatch(watch: Watch, own: Own): boolean {
    return this.#instance !== undefined && own.owner !== LEGACY && !watch.stopped;
  }

  #waitForOwner(watch: Watch, own: Own, owner: string): void {
    const instance = this.#instance;
    if (instance === undefined || !this.#canWatch(watch, own)) return;
    if (owner === own.owner || owner === LEGACY || watch.waiting.has(owner)) return;
    watch.retry.delete(owner);
    watch.waiting.add(owner);
    void this.#waitFor(watch, instance, owner, own.prefix);
  }

  async #waitFor(watch: Watch, instance: PageInstance, owner: string, own: string): Promise<void> {
    const signal = watch.controller?.signal;
    try {
      // No `ifAvailable`: the request waits, and the browser grants it once that page is gone.
      const { moved, kept, failed } = await instance.locks.request(
        this.#lockPrefix + owner,
        signal === undefined ? {} : { signal },
        // Granted as the watch stopped: the entries stay for whoever watches or opens next.
        () => (watch.stopped ? nothingMoved : this.#move(owner, own, 'own')),
      );
      // Whatever is left is tried again at the next `storageChanged`.
      if (failed) watch.retry.add(owner);
      if ((moved.size > 0 || kept.length > 0) && !watch.stopped) watch.onAdopted(moved, kept);
    } catch (error) {
      // A withdrawn request rejects with the abort reason: that is stopping, not a failure.
      if (!watch.stopped) this.#onError?.(error);
    } finally {
      watch.waiting.delete(owner);
    }
  }

  #opened(): Promise<Own> {
    this.#own ??= this.#open().then((own) => (this.#ready = own));
    return this.#own;
  }

  async #open(): Promise<Own> {
    const shared: Own = { owner: LEGACY, prefix: this.#prefix };
    const instance = this.#instance;
    if (instance === undefined) return shared;
    try {
      await instance.hold(this.#lockPrefix + instance.id);
    } catch (error) {
      // E.g. a SecurityError where the browser offers no locks to this frame: share, as before.
      this.#onError?.(error);
      return shared;
    }
    const own: Own = { owner: instance.id, prefix: `${this.#prefix}${instance.id}:` };
    this.#adoption = await this.#adopt(instance, own.prefix);
    return own;
  }

  async #adopt(instance: PageInstance, own: string): Promise<AdoptionReport> {
    let owners: Set<string>;
    try {
      owners = new Set(this.#scan().map((slot) => slot.owner));
    } catch (error) {
      this.#onError?.(error);
      return { adopted: 0, superseded: 0, live: 0 };
    }
    owners.delete(instance.id);
    let adopted = 0;
    let superseded = 0;
    let live = 0;
    for (const owner of owners) {
      const lock = this.#lockPrefix + owner;
      try {
        const moved = await instance.locks.request(lock, { ifAvailable: true }, (granted) =>
          granted === null ? undefined : this.#move(owner, own, 'newer'),
        );
        if (moved === undefined) {
          live++;
        } else {
          adopted += moved.adopted;
          superseded += moved.superseded;
        }
      } catch (error) {
        this.#onError?.(error);
      }
    }
    return { adopted, superseded, live };
  }

  /** Runs while holding the orphan's lock; reads storage afresh, as another page may have moved some. */
  #move(owner: string, own: string, onConflict: OnConflict): MoveResult & { readonly failed: boolean } {
    let adopted = 0;
    let superseded = 0;
    const moved = new Map<string, string>();
    const kept: string[] = [];
    let failed = false;
    try {
      for (const slot of this.#scan()) {
        if (slot.owner !== owner) continue;
        const incoming = this.#storage.getItem(slot.full);
        if (incoming === null) continue;
        const target = own + slot.key;
        const existing = this.#storage.getItem(target);
        if (existing === null || existing === incoming) {
          if (existing === null) {
            this.#storage.setItem(target, incoming);
            moved.set(slot.key, incoming);
          }
          adopted++;
        } else if (onConflict === 'own') {
          kept.push(slot.key);
        } else {
          const replace = isNewer(incoming, existing);
          // Written before the orphan's copy goes, so a failure here loses nothing.
          if (replace) {
            this.#storage.setItem(target, incoming);
            moved.set(slot.key, incoming);
          }
          superseded++;
          this.#onSuperseded?.({
            key: slot.key,
            from: owner,
            kept: replace ? incoming : existing,
            dropped: replace ? existing : incoming,
          });
        }
        this.#storage.removeItem(slot.full);
      }
    } catch (error) {
      // Storage full: the rest stays with the orphan, for the next page that opens or watches.
      failed = true;
      this.#onError?.(new KompasError('Unsupported', 'local storage refused adopting', { cause: error }));
    }
    return { adopted, superseded, moved, kept, failed };
  }

  /** Every key under the prefix, by owner. Collected first: removing while iterating shifts `key(i)`. */
  #scan(): Slot[] {
    const slots: Slot[] = [];
    for (let i = 0; i < this.#storage.length; i++) {
      const full = this.#storage.key(i);
      const slot = full === null ? undefined : this.#slotOf(full);
      if (slot !== undefined) slots.push(slot);
    }
    return slots;
  }

  /** Whose entry a storage key is, if it is in this namespace. */
  #slotOf(full: string): Slot | undefined {
    if (!full.startsWith(this.#prefix)) return undefined;
    const rest = full.slice(this.#prefix.length);
    const owner = ownerOf(rest);
    return owner === undefined
      ? { full, owner: LEGACY, key: rest }
      : { full, owner, key: rest.slice(owner.length + 1) };
  }

  /** Storage throws synchronously (quota exceeded, storage disabled); the port promises. */
  #run<T>(op: () => T): Promise<T> {
    try {
      return Promise.resolve(op());
    } catch (cause) {
      return Promise.reject(new KompasError('Unsupported', 'local storage refused the write', { cause }));
    }
  }
}

/** Removes every key that starts with `prefix` (sign-out of a user, in every namespace under it). */
export function removeWithPrefix(storage: StorageLike, prefix: string): void {
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix) === true) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
}
