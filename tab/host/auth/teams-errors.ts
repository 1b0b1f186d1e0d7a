/** Failures of the Teams sign-in window, kept apart from teams-js so they can be tested anywhere. */
import { teamsAuthFailure } from '../../../shared/auth/classify.ts';
import { AuthError } from '../../../shared/auth/errors.ts';
import { parseAuthWindowMessage } from '../../../shared/auth/window-message.ts';

/**
 * `authentication.authenticate` rejects with `Error(reason)`: a TeamsJS code (`CancelledByUser`,
 * `FailedToOpenWindow`) or the failure message our window passed to `notifyFailure`. Both are codes
 * by contract, not prose.
 */
export function teamsWindowFailure(error: unknown): AuthError {
  const reason = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const message = parseAuthWindowMessage(reason);
  if (message?.status === 'failure') {
    return new AuthError(
      message.code,
      message.errorCode === undefined ? {} : { errorCode: message.errorCode },
    );
  }
  return new AuthError(teamsAuthFailure(reason), { errorCode: reason.slice(0, 40) });
}
