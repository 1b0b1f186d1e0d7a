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
  /**
   * Drops the request if it is aborted before it is granted; the promise then rejects with the
   * signal's reason. Browsers reject a request that has both `signal` and `ifAvailable`, and a
   * signal that is not their own `AbortSignal`.
   */
  readonly signal?: AbortSignalLike;
}

/** The part of `AbortSignal` used here; the browser's own comes from {@link AbortControllerLike}. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { readonly once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** `new AbortController()` of the page: the core has no DOM, and the lock manager takes only its signals. */
export interface AbortControllerLike {
  readonly signal: AbortSignalLike;
  abort(): void;
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
