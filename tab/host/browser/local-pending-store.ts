/**
 * The outbox's PendingStore over `localStorage`, one namespace per signed-in user, so unsaved work
 * survives a reload or a closed tab and never shows up for someone else on a shared computer.
 * Within the user's namespace every open tab keeps its own entries and adopts those of closed
 * tabs, when it opens and, with `watchOrphans`, while it is open (shared/application/pending, issue #4).
 */
import {
  LocalPendingStore as InstanceStore,
  PageInstance,
  removeWithPrefix,
  type LockManagerLike,
  type StorageLike as CoreStorage,
  type SupersededEntry,
} from '../../../shared/application/pending/index.ts';

/** The part of `Storage` used here (tests pass a Map-backed fake). */
export type StorageLike = CoreStorage;

export interface LocalPendingStoreOptions {
  /** This page (see {@link browserPageInstance}); without it the user's tabs share one namespace. */
  readonly instance?: PageInstance | undefined;
  readonly onSuperseded?: ((entry: SupersededEntry) => void) | undefined;
  readonly onError?: ((error: unknown) => void) | undefined;
}

/** The UPN lower-cased, so the same person gets the same namespace however it is spelt. */
function userOf(user: string): string {
  return user.trim().toLowerCase();
}

export class LocalPendingStore extends InstanceStore {
  constructor(storage: StorageLike, user: string, options: LocalPendingStoreOptions = {}) {
    const upn = userOf(user);
    super({
      storage,
      namespace: { prefix: `kompas:pending:${upn}:`, lockPrefix: `kompas:instance:${upn}:` },
      ...options,
    });
  }
}

/**
 * This page as an instance with its own namespace, or undefined where the browser has no Web Locks
 * (then every tab shares the user's namespace, as before).
 */
export function browserPageInstance(
  nav: { readonly locks?: LockManagerLike | undefined },
  newId: () => string,
): PageInstance | undefined {
  return nav.locks === undefined
    ? undefined
    : new PageInstance(newId(), nav.locks, { newAbortController: () => new AbortController() });
}

/** Sign-out before an outbox exists: the user's unsaved changes of every tab go. */
export function clearPendingOfUser(storage: StorageLike, user: string): void {
  removeWithPrefix(storage, `kompas:pending:${userOf(user)}:`);
}
