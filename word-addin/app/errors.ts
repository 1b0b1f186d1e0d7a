/** The sentence a person reads for an error: from its code, never from `error.message`. */
import { findAuthFailure } from '../../shared/auth/errors.ts';
import { authFailureMessageKey } from '../../shared/i18n/auth.ts';
import { isKompasError } from '../../shared/domain/errors.ts';
import { isWordError } from '../host/office/errors.ts';
import type { T } from './i18n.ts';

export interface ErrorText {
  readonly text: string;
  /** Shown small, for the helpdesk. */
  readonly code: string;
  /** A sign-in failure that a new sign-in may fix. */
  readonly signIn: boolean;
}

export function describeError(t: T, error: unknown): ErrorText {
  if (isWordError(error)) {
    return { text: t(`word.error.${error.code}`), code: error.officeCode ?? error.code, signIn: false };
  }
  const auth = findAuthFailure(error);
  if (auth !== undefined) {
    const code = auth.diagnostics.errorCode ?? auth.code;
    return { text: t(authFailureMessageKey(auth.code)), code, signIn: true };
  }
  const code = isKompasError(error) ? error.code : 'Unknown';
  return { text: t(`error.${code}`), code, signIn: false };
}
