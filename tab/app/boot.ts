/** How main.tsx hands the started app to the shell, and what can stop it from starting. */
import type { TrajectId } from '../../shared/domain/ids.ts';
import type { Route } from './router.ts';
import type { ServicesConfig } from './services.tsx';

export type BootStage = 'starting' | 'connecting' | 'provisioning' | 'loading';

/** What the tab opens with. */
export type StartView =
  /** `trajectId` absent: standalone without a chosen traject shows the start screen. */
  | { readonly kind: 'tab'; readonly trajectId: TrajectId | undefined; readonly route: Route | undefined }
  /** Teams' configuration page (`#/config`, `?view=config` or the settings frame). */
  | { readonly kind: 'config' }
  /** The personal tab: my acties across my trajecten (`?view=mijn-acties`). */
  | { readonly kind: 'mijn-acties' };

export interface Booted {
  readonly services: ServicesConfig;
  readonly view: StartView;
}

export type Boot = (progress: (stage: BootStage) => void) => Promise<Booted>;

/** Reasons to stop that get their own explanation, beyond an error code. */
export type BootProblem = 'noTeam' | 'signInUnavailable' | 'cannotProvision' | 'noAccess' | 'signIn';

export interface BootErrorOptions {
  readonly cause?: unknown;
  /** For `signIn`: opens the sign-in or consent window; call it from a click (it needs a user gesture). */
  readonly signIn?: () => Promise<unknown>;
}

export class BootError extends Error {
  readonly problem: BootProblem;
  readonly signIn: (() => Promise<unknown>) | undefined;
  constructor(problem: BootProblem, options: BootErrorOptions = {}) {
    super(
      `Kompas could not start: ${problem}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'BootError';
    this.problem = problem;
    this.signIn = options.signIn;
  }
}
