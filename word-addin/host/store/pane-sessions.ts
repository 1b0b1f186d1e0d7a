/**
 * The team sessions a data source opened, so signing out of Kompas (issue #4) can stop them and
 * remove the user's unsent changes from this device: the open outboxes', and those that teams the
 * pane had open before (or other panes) left in storage. Thin over `signOutOfKompas`.
 */
import { signOutOfKompas } from '../../../shared/application/use-cases/session.ts';
import { classifyAuthError } from '../../../shared/auth/classify.ts';
import type { SignOutOutcome } from '../../../shared/auth/provider.ts';
import type { SignOutPort, TeamSession } from '../../app/services.tsx';
import {
  clearPendingOfUser,
  countPendingOfUser,
  type LocalPendingStore,
  type StorageLike,
  type StoredPending,
} from '../browser/local-pending-store.ts';

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
  readonly store: Pick<LocalPendingStore, 'elsewhere'>;
}

interface Tracked extends SessionOrigin {
  readonly session: TeamSession;
}

/** Loading MSAL can fail where its sign-out never throws: then the tokens may be kept. */
async function forgetTokens(auth: PaneSessionsOptions['auth']): Promise<SignOutOutcome> {
  try {
    return await auth.signOut();
  } catch (error) {
    return { ok: false, failure: classifyAuthError(error).failure };
  }
}

export class PaneSessions implements SignOutPort {
  readonly #options: PaneSessionsOptions;
  /** Sessions not disposed yet. */
  readonly #open = new Set<Tracked>();
  /** Everyone who opened a team since the last sign-out: their unsent changes go when signing out. */
  readonly #users = new Set<string>();

  constructor(options: PaneSessionsOptions) {
    this.#options = options;
  }

  /** The session as the pane gets it: disposing it also stops tracking it. */
  track(session: TeamSession, origin: SessionOrigin): TeamSession {
    // One person however the UPN is spelt, as in the stores' namespaces.
    const tracked: Tracked = { ...origin, user: origin.user.trim().toLowerCase(), session };
    this.#open.add(tracked);
    this.#users.add(tracked.user);
    return {
      ctx: session.ctx,
      outbox: session.outbox,
      takenOver: session.takenOver,
      dispose: () => {
        this.#open.delete(tracked);
        session.dispose();
      },
    };
  }

  async unsentElsewhere(): Promise<StoredPending> {
    const open = [...this.#open];
    let mine = 0;
    let others = 0;
    // An open outbox counts its own entries live; other panes' in its namespace are counted here.
    for (const tracked of open) others += await tracked.store.elsewhere();
    for (const user of this.#users) {
      const except = open.filter((t) => t.user === user).map((t) => t.team);
      const stored = countPendingOfUser(this.#options.storage, user, {
        instance: this.#options.instance,
        except,
      });
      mine += stored.mine;
      others += stored.others;
    }
    return { mine, others };
  }

  signOut(): Promise<SignOutOutcome> {
    const open = [...this.#open];
    const users = [...this.#users];
    this.#open.clear();
    this.#users.clear();
    // Stopped first: a disposed outbox sends nothing more and writes nothing it had not started.
    for (const tracked of open) tracked.session.dispose();
    const { storage, auth, onError } = this.#options;
    return signOutOfKompas({
      outbox: {
        clear: async () => {
          try {
            for (const tracked of open) await tracked.session.outbox.clear();
          } finally {
            // Every namespace of the user, also of teams not open now and of other panes.
            for (const user of users) clearPendingOfUser(storage, user);
          }
        },
      },
      auth: { signOut: () => forgetTokens(auth) },
      onClearFailed: onError,
    });
  }
}
