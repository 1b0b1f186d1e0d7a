/**
 * The browser facilities the pending store uses, declared here because the core has no DOM types.
 * `window.localStorage` and `navigator.locks` fit these shapes; tests pass hand-written fakes.
 */

/** The part of the Web Storage API (`localStorage`) the pending store uses. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  /** Throws when the browser refuses (quota exceeded, storage disabled). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A granted Web Lock. */
export interface LockLike {
  readonly name: string;
}

export interface LockRequestOptions {
  readonly mode?: 'exclusive' | 'shared';
  /** Grant only if nobody holds it now; otherwise the callback gets `null` at once. */
  readonly ifAvailable?: boolean;
}

/**
 * The part of the Web Locks API (`navigator.locks`) used here. A lock is held until the promise the
 * callback returns settles, or until its page goes away (closed, crashed, navigated): that is what
 * tells a live page from a dead one.
 */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: LockRequestOptions,
    callback: (lock: LockLike | null) => T,
  ): Promise<Awaited<T>>;
}
