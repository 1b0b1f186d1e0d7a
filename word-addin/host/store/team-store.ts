/**
 * The pane's DataSource over Microsoft Graph (or the local emulator, which speaks the same Graph):
 * the user's teams, and per team its SharePoint site's store with an outbox of its own.
 */
import { Outbox, type AppContext } from '../../../shared/application/index.ts';
import type { AuthOutcome, SignOutOutcome } from '../../../shared/auth/provider.ts';
import type { Edition, EditionId } from '../../../shared/content/schema.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import type { IdGenerator } from '../../../shared/domain/ids.ts';
import type { Clock } from '../../../shared/domain/time.ts';
import { GraphTrajectRepository } from '../../../shared/graph/graph-repository.ts';
import { teamSitePath } from '../../../shared/graph/items.ts';
import { ensureProvisioned, readSchemaVersion } from '../../../shared/graph/provisioning.ts';
import { GraphTransport } from '../../../shared/graph/transport.ts';
import type { HostUser } from '../../../shared/ports/host-context.ts';
import type { Scheduler } from '../../../shared/ports/scheduler.ts';
import type { TokenProvider } from '../../../shared/ports/token-provider.ts';
import type { DataSource, TeamChoice, TeamSession } from '../../app/services.tsx';
import { takeOverClosedPages } from '../../../shared/application/taken-over.ts';
import type { PageInstance } from '../../../shared/application/pending/index.ts';
import { LocalPendingStore, type StorageLike } from '../browser/local-pending-store.ts';
import { joinedTeams, me } from '../../../shared/graph/user.ts';
import { PaneSessions } from './pane-sessions.ts';

/** The emulator's root site stands in for a team when the demo user has none. */
const ROOT_TEAM = 'root';

export interface GraphDataSourceOptions {
  readonly kind: 'demo' | 'microsoft365';
  /** `https://graph.microsoft.com/v1.0`, or the emulator through the dev server's proxy. */
  readonly baseUrl: string;
  /** Tokens for the team sites, and for listing the user's teams (another consent). */
  readonly tokens: { readonly sites: TokenProvider; readonly teams: TokenProvider };
  readonly signIn?: () => Promise<AuthOutcome>;
  /** Forgets the tokens; with it the pane offers "Afmelden" (issue #4). The demo has none. */
  readonly auth?: { signOut(): Promise<SignOutOutcome> };
  /** The demo creates missing lists (the emulator); in a tenant that is the tab's first run. */
  readonly provision: boolean;
  /** Recorded as author when Graph does not say who is signed in. */
  readonly fallbackUser?: HostUser;
  readonly storage: StorageLike;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly scheduler: Scheduler;
  readonly edition: (id: EditionId) => Edition;
  /** Where the outbox reports storage failures (the person sees record states). */
  readonly onError: (error: unknown) => void;
  /** The page's `online` event, so the outbox stops waiting out its back-off. */
  readonly onOnline: (listener: () => void) => () => void;
  /**
   * The page's `storage` events (another page of the origin wrote `key`; null: storage was
   * cleared), so a pane that opened after this one is watched from its first unsent change.
   */
  readonly onStorage: (listener: (key: string | null) => void) => () => void;
  /** This page's claim on its unsaved changes, shared by the stores of every team it opens. */
  readonly pendingInstance?: PageInstance | undefined;
}

export function graphDataSource(options: GraphDataSourceOptions): DataSource {
  const transport = new GraphTransport({ baseUrl: options.baseUrl, tokens: options.tokens.sites });
  const teamsTransport = new GraphTransport({ baseUrl: options.baseUrl, tokens: options.tokens.teams });
  let user: Promise<HostUser> | undefined;
  const sessions =
    options.auth === undefined
      ? undefined
      : new PaneSessions({
          storage: options.storage,
          auth: options.auth,
          instance: options.pendingInstance?.id,
          onError: options.onError,
        });

  const whoAmI = (): Promise<HostUser> => {
    user ??= me(transport).then(({ upn, displayName }) => {
      const fallback = options.fallbackUser;
      if (upn === undefined) {
        if (fallback === undefined)
          throw new KompasError('PermissionDenied', 'Graph did not say who is signed in');
        return fallback;
      }
      return { upn, displayName: displayName ?? upn };
    });
    // A failed look-up (not signed in yet) is tried again next time.
    user.catch(() => {
      user = undefined;
    });
    return user;
  };

  return {
    kind: options.kind,
    signIn: options.signIn,
    signOut:
      sessions === undefined
        ? undefined
        : {
            unsentElsewhere: () => sessions.unsentElsewhere(),
            signOut: () => {
              // Whoever signs in next is asked for afresh.
              user = undefined;
              return sessions.signOut();
            },
          },
    async teams(): Promise<readonly TeamChoice[]> {
      // The pane's team picker lists them by name.
      const teams = (await joinedTeams(teamsTransport)).sort((a, b) =>
        a.displayName.localeCompare(b.displayName, 'nl'),
      );
      if (teams.length > 0 || options.kind !== 'demo') return teams;
      return [{ groupId: ROOT_TEAM, displayName: 'Demo' }];
    },
    async open(team: TeamChoice): Promise<TeamSession> {
      const sitePath =
        team.groupId === ROOT_TEAM && options.kind === 'demo' ? '/sites/root' : teamSitePath(team.groupId);
      if (options.provision) {
        await ensureProvisioned(transport, sitePath);
      } else if ((await readSchemaVersion(transport, sitePath)) === undefined) {
        throw new KompasError('NotProvisioned', 'Kompas has no lists in this team site yet');
      }
      const host = await whoAmI();
      const repository = new GraphTrajectRepository({ transport, sitePath });
      const store = new LocalPendingStore(options.storage, host.upn, team.groupId, {
        instance: options.pendingInstance,
        onSuperseded: (entry) =>
          options.onError(new Error(`Kompas: kept the newer of two unsaved changes to ${entry.key}`)),
        onError: options.onError,
      });
      const outbox = await Outbox.open(
        {
          repository,
          store,
          scheduler: options.scheduler,
          clock: options.clock,
        },
        { onError: options.onError },
      );
      const ctx: AppContext = {
        repository,
        outbox,
        clock: options.clock,
        ids: options.ids,
        user: host,
        edition: options.edition,
      };
      const stopListening = options.onOnline(() => outbox.online());
      // A pane that closes with unsent changes of this team hands them to this one at once, not to
      // the next pane that opens (issue #4).
      const { takenOver, stop: stopWatching } = takeOverClosedPages(store, outbox, {
        onKept: (key) =>
          options.onError(new Error(`Kompas: kept this pane’s change over a closed pane’s for ${key}`)),
        onUnreadable: (entry) =>
          options.onError(new Error(`Kompas: unreadable change of a closed pane: ${entry.key}`)),
      });
      const stopStorage = options.onStorage((key) => store.storageChanged(key));
      const session: TeamSession = {
        ctx,
        outbox,
        takenOver,
        dispose() {
          // Before the outbox stops: what a pane leaves after this stays stored for the next one.
          stopStorage();
          stopWatching();
          stopListening();
          outbox.dispose();
        },
      };
      return sessions === undefined
        ? session
        : sessions.track(session, { team: team.groupId, user: host.upn });
    },
  };
}
