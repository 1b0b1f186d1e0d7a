/**
 * What the pane works with, wired once by `main.tsx` (or a test): where it runs (Word or a plain
 * browser, with the host's capabilities), where the trajecten come from, and the small ports.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { AppContext, Outbox } from '../../shared/application/index.ts';
import type { AuthOutcome, SignOutOutcome } from '../../shared/auth/provider.ts';
import type { Edition, EditionId } from '../../shared/content/schema.ts';
import type { Clock } from '../../shared/domain/time.ts';
import type { Locale } from '../../shared/ports/host-context.ts';
import type { OfficeStart } from '../host/office/office-runtime.ts';
import type { TakenOver } from '../../shared/application/taken-over.ts';

/** A team of the signed-in user: its SharePoint site keeps the trajecten. */
export interface TeamChoice {
  readonly groupId: string;
  readonly displayName: string;
}

/** A team's store, opened: the use cases' context and the outbox behind saving. */
export interface TeamSession {
  readonly ctx: AppContext;
  readonly outbox: Outbox;
  /** Unsent changes of panes that closed, taken over while this session is open (issue #4). */
  readonly takenOver?: TakenOver | undefined;
  /** Stops the outbox and the watch for closed panes (its unsaved changes stay in the pending store for next time). */
  dispose(): void;
}

/** Unsaved changes kept in storage, by whether this pane wrote them. */
export interface StoredPending {
  /** This pane's own: teams it had open before. Without Web Locks, every entry. */
  readonly mine: number;
  /** Other panes': open ones, and closed ones not adopted yet. */
  readonly others: number;
}

/** Signing out of Kompas in the pane (issue #4), where a person signs in (not the demo). */
export interface SignOutPort {
  /**
   * For the warning: the user's unsent changes that no open team's outbox holds (teams this pane
   * had open before, and other panes'), which signing out removes too.
   */
  unsentElsewhere(): Promise<StoredPending>;
  /**
   * Once the pane is gone (its team sessions stopped): removes the user's unsent changes of every
   * team from this device, then forgets the tokens (Word stays signed in). Never throws.
   */
  signOut(): Promise<SignOutOutcome>;
}

/**
 * Where the trajecten come from. `demo`: the local emulator as the demo user (no sign-in).
 * `microsoft365`: Graph with the user's token. `none`: no store can be reached from here (a plain
 * browser without sign-in): only blank templates.
 */
export type DataSource =
  | {
      readonly kind: 'demo' | 'microsoft365';
      /** The user's teams. Rejects with a KompasError whose cause is an AuthError when sign-in is needed. */
      teams(): Promise<readonly TeamChoice[]>;
      /** Opens a team's store; rejects with NotProvisioned when Kompas was never set up there. */
      open(team: TeamChoice): Promise<TeamSession>;
      /** Interactive sign-in, from a click (the Office dialog needs a user gesture). */
      readonly signIn?: (() => Promise<AuthOutcome>) | undefined;
      readonly signOut?: SignOutPort | undefined;
    }
  | { readonly kind: 'none' };

export interface PaneServices {
  readonly office: OfficeStart;
  readonly data: DataSource;
  readonly edition: (id: EditionId) => Edition;
  /** Saves a file the person can open (a download in the browser). */
  readonly download: (bytes: Uint8Array, fileName: string) => void;
  readonly clock: Clock;
  readonly locale: Locale;
  /** The local emulator: shows the demo marker. */
  readonly demo: boolean;
}

const ServicesContext = createContext<PaneServices | undefined>(undefined);

export function ServicesProvider({
  services,
  children,
}: {
  readonly services: PaneServices;
  readonly children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (services === undefined) throw new Error('useServices() outside <ServicesProvider>');
  return services;
}
