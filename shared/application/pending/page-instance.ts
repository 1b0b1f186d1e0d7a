/**
 * One page load (a tab, a task pane) as seen by the pending store: an id and the Web Locks it holds
 * for as long as it lives. Created once per page by the host; every store of the page shares it.
 */
import { KompasError } from '../../domain/errors.ts';
import type { AbortControllerLike, LockManagerLike } from './ports.ts';

/** No `:` or `/`: an instance id in a storage key is never mistaken for (part of) a record key `kind/id`. */
export const INSTANCE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface PageInstanceOptions {
  /**
   * `() => new AbortController()`, so a lock request that waits can be withdrawn (watching for
   * closed pages). Without it a stopped watch leaves its requests waiting until they are granted
   * (then it does nothing) or the page goes away.
   */
  readonly newAbortController?: (() => AbortControllerLike) | undefined;
}

export class PageInstance {
  readonly id: string;
  readonly locks: LockManagerLike;
  readonly newAbortController: (() => AbortControllerLike) | undefined;
  readonly #held = new Map<string, Promise<void>>();

  /** `id`: unique per page load, e.g. `crypto.randomUUID()`. */
  constructor(id: string, locks: LockManagerLike, options: PageInstanceOptions = {}) {
    if (!INSTANCE_ID.test(id)) throw new KompasError('Validation', `not an instance id: ${id}`);
    this.id = id;
    this.locks = locks;
    this.newAbortController = options.newAbortController;
  }

  /**
   * Holds the exclusive lock `name` until the page goes away; resolves once it is held. Asking again
   * for the same name shares the first request (a page with several stores holds one lock per user).
   * Rejects if the lock is taken: only another page with the same id could hold it.
   */
  hold(name: string): Promise<void> {
    let held = this.#held.get(name);
    if (held === undefined) {
      held = new Promise<void>((resolve, reject) => {
        this.locks
          .request(name, { mode: 'exclusive', ifAvailable: true }, (lock) => {
            if (lock === null) {
              reject(new KompasError('Conflict', `the lock ${name} is held by another page`));
              return undefined;
            }
            resolve();
            // Never settles: the browser releases the lock when the page goes away.
            return new Promise<never>(() => undefined);
          })
          .catch(reject);
      });
      this.#held.set(name, held);
    }
    return held;
  }
}
