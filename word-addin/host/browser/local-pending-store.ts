/**
 * The outbox's PendingStore over `localStorage`. One namespace per user and team: the pane opens a
 * store per team it works in, and an outbox must only restore its own team's unsaved changes. The
 * `word` prefix keeps it apart from the tab's outbox when both run on one origin. Within a
 * namespace every open pane keeps its own entries and adopts those of closed panes, when it opens
 * and, with `watchOrphans`, while it is open (shared/application/pending, issue #4); one page
 * instance serves all of the pane's teams.
 */
import { ownerOf } from '../../../shared/application/pending/keys.ts';
import type { StoredPending } from '../../app/services.tsx';
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
// Where app/SignOutDialog.tsx still looks for it.

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

const PENDING = 'kompas:word:pending:';

function userPrefix(user: string): string {
  return `${PENDING}${userOf(user)}:`;
}

export class LocalPendingStore extends InstanceStore {
  constructor(storage: StorageLike, user: string, team: string, options: LocalPendingStoreOptions = {}) {
    const upn = userOf(user);
    super({
      storage,
      namespace: {
        prefix: `${userPrefix(upn)}${team}:`,
        // Per user, not per team: one lock tells whether the pane that wrote any team's entries is open.
        lockPrefix: `kompas:word:instance:${upn}:`,
      },
      ...options,
    });
  }
}

/** Sign-out: the user's unsaved changes of every team go, also of teams not opened in this pane. */
export function clearPendingOfUser(storage: StorageLike, user: string): void {
  removeWithPrefix(storage, userPrefix(user));
}

/**
 * The user's unsaved changes in storage, for the sign-out warning, read in one pass over it: those
 * an open outbox holds are left out (it counts them itself). Keys are `<prefix><team>:<rest>`, with
 * `rest` read by `ownerOf`.
 */
export function countPendingOfUsers(
  storage: StorageLike,
  options: {
    readonly users: Iterable<string>;
    /** The teams open in this pane, each with its outbox. */
    readonly open: Iterable<{ readonly user: string; readonly team: string }>;
    /** This pane's page instance id; undefined without Web Locks. */
    readonly instance: string | undefined;
  },
): StoredPending {
  const users = new Set([...options.users].map(userPrefix));
  const open = new Set([...options.open].map(({ user, team }) => `${userPrefix(user)}${team}:`));
  let mine = 0;
  let others = 0;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(PENDING)) continue;
    const userEnd = key.indexOf(':', PENDING.length);
    const teamEnd = userEnd < 0 ? -1 : key.indexOf(':', userEnd + 1);
    if (teamEnd <= userEnd + 1 || !users.has(key.slice(0, userEnd + 1))) continue;
    // Without Web Locks (`instance` undefined) the entries from before instances are this pane's.
    if (ownerOf(key.slice(teamEnd + 1)) !== options.instance) others++;
    else if (!open.has(key.slice(0, teamEnd + 1))) mine++;
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
