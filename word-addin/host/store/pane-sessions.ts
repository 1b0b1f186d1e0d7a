/**
 * The team sessions a data source opened, so signing out of Kompas (issue #4) can warn about and
 * remove the user's unsent changes on this device: those of the open outboxes, and those that teams
 * the pane had open before (or other panes) left in storage. Thin over `signOutOfKompas`.
 */
import { signOutOfKompas } from '../../../shared/application/use-cases/session.ts';
import type { SignOutOutcome } from '../../../shared/auth/provider.ts';
import type { SignOutPort, StoredPending, TeamSession } from '../../app/services.tsx';
import { clearPendingOfUser, countPendingOfUsers, type StorageLike } from '../browser/local-pending-store.ts';

export interface PaneSessionsOptions {
  /** Where the outboxes keep unsent changes (`localStorage`). */
  readonly storage: StorageLike;
  /** Forgets the tokens (`KompasAuth.signOut`). */
  readonly auth: { signOut(): Promise<SignOutOutcome> };
  /** This pane's page instance id; undefined without Web Locks (then every entry counts as this pane's). */
  readonly instance: string | undefined;
  /** Told when unsent changes could not be removed (signing out goes on). */
  readonly onError: (error: unknown) => void;
}

/** What an opened session is known by. */
export interface SessionOrigin {
  /** The team's group id: its namespace in storage. */
  readonly team: string;
  readonly user: string;
}

export class PaneSessions implements SignOutPort {
  readonly #options: PaneSessionsOptions;
  /** Sessions not disposed yet. */
  readonly #open = new Set<SessionOrigin>();
  /** Everyone who opened a team since the last sign-out: their unsent changes go when signing out. */
  readonly #users = new Set<string>();

  constructor(options: PaneSessionsOptions) {
    this.#options = options;
  }

  /** The session as the pane gets it: disposing it also stops tracking it. */
  track(session: TeamSession, origin: SessionOrigin): TeamSession {
    const tracked = { team: origin.team, user: origin.user };
    this.#open.add(tracked);
    this.#users.add(origin.user);
    return {
      ...session,
      dispose: () => {
        this.#open.delete(tracked);
        session.dispose();
      },
    };
  }

  unsentElsewhere(): Promise<StoredPending> {
    const { storage, instance } = this.#options;
    // Storage throws synchronously (access denied): in `then`, that rejects as the port promises.
    return Promise.resolve().then(() =>
      countPendingOfUsers(storage, { users: this.#users, open: this.#open, instance }),
    );
  }

  signOut(): Promise<SignOutOutcome> {
    const users = [...this.#users];
    this.#users.clear();
    const { storage, auth, onError } = this.#options;
    // The pane unmounted first (SessionGate), which disposed its sessions: only storage is left.
    return signOutOfKompas({
      outbox: {
        // Every namespace of the user, also of teams not open now and of other panes.
        clear: () =>
          Promise.resolve().then(() => {
            for (const user of users) clearPendingOfUser(storage, user);
          }),
      },
      auth,
      onClearFailed: onError,
    });
  }
}
