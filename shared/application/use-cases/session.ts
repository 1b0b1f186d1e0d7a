/**
 * Signing out of Kompas on this device (issue #4). Unsent changes are removed before the tokens
 * go, so a sign-out that stalls (MSAL clearing its cache) never leaves them behind for the next
 * person at this computer; a failure to clear storage does not keep anyone signed in either.
 */
import { classifyAuthError } from '../../auth/classify.ts';
import type { SignOutOutcome } from '../../auth/provider.ts';
import type { Outbox } from '../outbox.ts';

export interface SignOutPorts {
  readonly outbox: Pick<Outbox, 'clear'>;
  readonly auth: { signOut(): Promise<SignOutOutcome> };
  /** Told when the unsent changes could not be removed (the outcome still signs out). */
  readonly onClearFailed?: (error: unknown) => void;
}

/** Never throws: a sign-out that failed is an outcome the host shows. */
export async function signOutOfKompas(ports: SignOutPorts): Promise<SignOutOutcome> {
  try {
    await ports.outbox.clear();
  } catch (error) {
    ports.onClearFailed?.(error);
  }
  try {
    return await ports.auth.signOut();
  } catch (error) {
    // MSAL's own sign-out reports failures as an outcome; loading MSAL (a chunk) can still throw.
    return { ok: false, failure: classifyAuthError(error).failure };
  }
}
