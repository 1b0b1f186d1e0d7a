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
 * Without Web Locks every page of the user shares `<prefix>`, as before issue #4.
 */
import { z } from 'zod';
import { KompasError } from '../../domain/errors.ts';
import type { PendingStore } from '../../ports/pending-store.ts';
import { INSTANCE_ID, type PageInstance } from './page-instance.ts';
import type { StorageLike } from './ports.ts';

export interface PendingNamespace {
  /** Where this user's entries live, ending in `:`, e.g. `kompas:pending:an@voorbeeldstad.nl:`. */
  readonly prefix: string;
  /** Instance locks are this plus the instance id, e.g. `kompas:instance:an@voorbeeldstad.nl:`. */
  readonly lockPrefix: string;
}

/** An orphan and this page both had an unsaved change for one record: the newer one (by seq) is kept. */
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
    await this.#opened();
    return this.#run(() => removeWithPrefix(this.#storage, this.#prefix));
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
          granted === null ? undefined : this.#move(owner, own),
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
  #move(owner: string, own: string): { adopted: number; superseded: number } {
    let adopted = 0;
    let superseded = 0;
    try {
      for (const slot of this.#scan()) {
        if (slot.owner !== owner) continue;
        const incoming = this.#storage.getItem(slot.full);
        if (incoming === null) continue;
        const target = own + slot.key;
        const existing = this.#storage.getItem(target);
        if (existing === null || existing === incoming) {
          if (existing === null) this.#storage.setItem(target, incoming);
          adopted++;
        } else {
          const replace = isNewer(incoming, existing);
          // Written before the orphan's copy goes, so a failure here loses nothing.
          if (replace) this.#storage.setItem(target, incoming);
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
      // Storage full: the rest stays with the orphan, for the next page that opens.
      this.#onError?.(new KompasError('Unsupported', 'local storage refused adopting', { cause: error }));
    }
    return { adopted, superseded };
  }

  /** Every key under the prefix, by owner. Collected first: removing while iterating shifts `key(i)`. */
  #scan(): Slot[] {
    const slots: Slot[] = [];
    for (let i = 0; i < this.#storage.length; i++) {
      const full = this.#storage.key(i);
      if (full === null || !full.startsWith(this.#prefix)) continue;
      const rest = full.slice(this.#prefix.length);
      const colon = rest.indexOf(':');
      const owner = colon > 0 ? rest.slice(0, colon) : '';
      slots.push(
        INSTANCE_ID.test(owner)
          ? { full, owner, key: rest.slice(colon + 1) }
          : { full, owner: LEGACY, key: rest },
      );
    }
    return slots;
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
