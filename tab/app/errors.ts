/** The sentence a person reads for an error: from its code, never from `error.message`. */
import { findAuthFailure, type AuthFailureCode } from '../../shared/auth/errors.ts';
import { isKompasError, type ErrorCode } from '../../shared/domain/errors.ts';
import { BootError } from './boot.ts';
import type { T } from './i18n.ts';

export interface ErrorText {
  readonly text: string;
  /** Shown small, for the helpdesk. */
  readonly code: ErrorCode | BootError['problem'] | AuthFailureCode;
}

export function describeError(t: T, error: unknown): ErrorText {
  if (error instanceof BootError) {
    switch (error.problem) {
      case 'noTeam':
        return { text: t('tab.boot.noTeam'), code: error.problem };
      case 'signInUnavailable':
        return { text: t('tab.boot.signInUnavailable'), code: error.problem };
      case 'cannotProvision':
        return { text: t('tab.boot.cannotProvision'), code: error.problem };
      case 'noAccess':
        return { text: t('tab.boot.noAccess'), code: error.problem };
      case 'signIn':
        break;
    }
  }
  // Sign-in failures say what to do (sign in, ask the admin) better than PermissionDenied can.
  const auth = findAuthFailure(error);
  if (auth !== undefined) return { text: t(`auth.failure.${auth.code}`), code: auth.code };
  const code: ErrorCode = isKompasError(error) ? error.code : 'Unknown';
  return { text: t(`error.${code}`), code };
}
