/**
 * The outbox's PendingStore over `localStorage`. One namespace per user and team: the pane opens a
 * store per team it works in, and an outbox must only restore its own team's unsaved changes. The
 * `word` prefix keeps it apart from the tab's outbox when both run on one origin. Within a
 * namespace every open pane keeps its own entries and adopts those of closed panes, when it opens
 * and, with `watchOrphans`, while it is open (shared/application/pending, issue #4); one page
 * instance serves all of the pane's teams.
 */
import {
  INSTANCE_ID,
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
  /** This page (see {@link browserPageInstance}); without it the user's panes share one namespace per team. */
  readonly instance?: PageInstance | undefined;
  readonly onSuperseded?: ((entry: SupersededEntry) => void) | undefined;
  readonly onError?: ((error: unknown) => void) | undefined;
}

/** The UPN lower-cased, so the same person gets the same namespace however it is spelt. */
function userOf(user: string): string {
  return user.trim().toLowerCase();
}

export class LocalPendingStore extends InstanceStore {
  constructor(storage: StorageLike, user: string, team: string, options: LocalPendingStoreOptions = {}) {
    const upn = userOf(user);
    super({
      storage,
      namespace: {
        prefix: `kompas:word:pending:${upn}:${team}:`,
        // Per user, not per team: one lock tells whether the pane that wrote any team's entries is open.
        lockPrefix: `kompas:word:instance:${upn}:`,
      },
      ...options,
    });
  }
}

function userPrefix(user: string): string {
  return `kompas:word:pending:${userOf(user)}:`;
}

/** Sign-out: the user's unsaved changes of every team go, also of teams not opened in this pane. */
export function clearPendingOfUser(storage: StorageLike, user: string): void {
  removeWithPrefix(storage, userPrefix(user));
}

/** Unsaved changes kept in storage, by whether this pane wrote them. */
export interface StoredPending {
  /** This pane's own (`instance`): teams it had open before. Without Web Locks, every entry. */
  readonly mine: number;
  /** Other panes': open ones, and closed ones not adopted yet. */
  readonly others: number;
}

/**
 * Counts the user's unsaved changes in storage, for the sign-out warning, leaving out the teams in
 * `except` (an open outbox counts those itself). Keys are `<prefix><team>:<instance>:<record>`, or
 * `<prefix><team>:<record>` from before instances (shared/application/pending).
 */
export function countPendingOfUser(
  storage: StorageLike,
  user: string,
  options: { readonly instance: string | undefined; readonly except: readonly string[] },
): StoredPending {
  const prefix = userPrefix(user);
  let mine = 0;
  let others = 0;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const end = rest.indexOf(':');
    if (end <= 0) continue;
    const team = rest.slice(0, end);
    if (options.except.includes(team)) continue;
    const record = rest.slice(end + 1);
    const colon = record.indexOf(':');
    const owner = colon > 0 && INSTANCE_ID.test(record.slice(0, colon)) ? record.slice(0, colon) : undefined;
    if (owner === options.instance) mine++;
    else others++;
  }
  return { mine, others };
}

/**
 * This page as an instance with its own namespaces, or undefined where the browser has no Web Locks
 * (older Office webviews; then every pane shares the user's namespace per team, as before).
 */
export function browserPageInstance(
  nav: { readonly locks?: LockManagerLike | undefined },
  newId: () => string,
): PageInstance | undefined {
  // The factory lets a team session withdraw its waiting lock requests when it ends (watchOrphans).
  return nav.locks === undefined
    ? undefined
    : new PageInstance(newId(), nav.locks, { newAbortController: () => new AbortController() });
}
