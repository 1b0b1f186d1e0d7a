/**
 * The outbox's PendingStore over `localStorage`. One namespace per user and team: the pane opens a
 * store per team it works in, and an outbox must only restore its own team's unsaved changes. The
 * `word` prefix keeps it apart from the tab's outbox when both run on one origin.
 */
import { KompasError } from '../../../shared/domain/errors.ts';
import type { PendingStore } from '../../../shared/ports/pending-store.ts';

/** The part of `Storage` used here (tests pass a Map-backed fake). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export class LocalPendingStore implements PendingStore {
  readonly #storage: StorageLike;
  readonly #prefix: string;

  /** `user`: the UPN, lower-cased so the same person gets the same namespace however it is spelt. */
  constructor(storage: StorageLike, user: string, team: string) {
    this.#storage = storage;
    this.#prefix = `kompas:word:pending:${user.trim().toLowerCase()}:${team}:`;
  }

  load(): Promise<ReadonlyMap<string, string>> {
    return this.#run(() => {
      const entries = new Map<string, string>();
      for (const full of this.#keys()) {
        const value = this.#storage.getItem(full);
        if (value !== null) entries.set(full.slice(this.#prefix.length), value);
      }
      return entries;
    });
  }

  put(key: string, value: string): Promise<void> {
    return this.#run(() => this.#storage.setItem(this.#prefix + key, value));
  }

  delete(key: string): Promise<void> {
    return this.#run(() => this.#storage.removeItem(this.#prefix + key));
  }

  clear(): Promise<void> {
    return this.#run(() => {
      for (const full of this.#keys()) this.#storage.removeItem(full);
    });
  }

  #keys(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.#storage.length; i++) {
      const key = this.#storage.key(i);
      if (key?.startsWith(this.#prefix) === true) keys.push(key);
    }
    return keys;
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
