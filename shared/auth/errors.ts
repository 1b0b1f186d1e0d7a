/**
 * Sign-in failures as typed results. The UI shows `shared/i18n/auth.ts` `auth.failure.<code>`;
 * `diagnostics` are for support (correlation id, Entra's numeric code) and never hold a token.
 */
import { KompasError, type ErrorCode } from '../domain/errors.ts';

export const authFailureCodes = [
  /** Nothing is wrong, but the user has to sign in (or confirm) in a window first. */
  'SignInRequired',
  /** The user has to consent to Kompas's permissions (or declined to). */
  'ConsentRequired',
  /** Only an administrator can approve Kompas's permissions, assign the user, or enable the app. */
  'AdminApprovalRequired',
  /** The account does not exist (as a guest) in the municipality's tenant, or a cross-tenant policy blocks it. */
  'GuestNotInTenant',
  /** A conditional access policy blocks sign-in (device, location, app). */
  'ConditionalAccess',
  /** The browser or the host blocked the sign-in window. */
  'PopupBlocked',
  /** The user closed the sign-in window. */
  'Cancelled',
  /** No connection to Microsoft's sign-in service. */
  'Network',
  /** The app registration or the manifest does not match this installation. */
  'Misconfigured',
  'Unknown',
] as const;
export type AuthFailureCode = (typeof authFailureCodes)[number];

export interface AuthDiagnostics {
  /** MSAL's `errorCode` (the OAuth `error`), or the host's code (`CancelledByUser`, `12006`). */
  readonly errorCode?: string | undefined;
  readonly subError?: string | undefined;
  /** Entra's numeric `AADSTS` code, when MSAL reports it. */
  readonly errorNo?: string | undefined;
  readonly correlationId?: string | undefined;
}

export interface AuthFailure {
  readonly code: AuthFailureCode;
  readonly diagnostics: AuthDiagnostics;
}

/** The error a sign-in adapter or the token provider throws; the failure is the contract. */
export class AuthError extends Error {
  readonly failure: AuthFailure;

  constructor(code: AuthFailureCode, diagnostics: AuthDiagnostics = {}, options?: { cause?: unknown }) {
    // The message names codes only: MSAL's messages may quote request details.
    super(`Sign-in failed: ${code}${diagnostics.errorCode ? ` (${diagnostics.errorCode})` : ''}`, options);
    this.name = 'AuthError';
    this.failure = { code, diagnostics };
  }
}

/** Finds the sign-in failure behind an error, also when the Graph transport wrapped it (`cause`). */
export function findAuthFailure(error: unknown): AuthFailure | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof AuthError) return current.failure;
    current = current.cause;
  }
  return undefined;
}

/**
 * What `TokenProvider.getToken` throws: a `KompasError` the rest of the app already understands
 * (Network is transient, so the outbox retries), with the `AuthError` as its cause for the UI.
 */
export function toKompasError(failure: AuthFailure): KompasError {
  const code: ErrorCode = failure.code === 'Network' ? 'Network' : 'PermissionDenied';
  return new KompasError(code, `Sign-in failed: ${failure.code}`, {
    cause: new AuthError(failure.code, failure.diagnostics),
  });
}
