/**
 * Maps what MSAL and the hosts throw to an `AuthFailure`.
 *
 * Control flow depends only on MSAL's `errorCode` (the OAuth `error`) and `subError`, as Entra ID
 * asks: "use the error field to react; never the description" (reference-error-codes). Entra's
 * numeric AADSTS code (`errorNo`, from `error_codes`/`error_uri`) only picks a more helpful message
 * for a failure that is already final; unknown numbers fall back to the errorCode's message.
 */
import { z } from 'zod';
import { AuthError, type AuthDiagnostics, type AuthFailure, type AuthFailureCode } from './errors.ts';

/** The fields of MSAL's `AuthError` family Kompas reads. */
const msalErrorShape = z.object({
  errorCode: z.string(),
  subError: z.string().optional().catch(undefined),
  errorNo: z.union([z.string(), z.number()]).optional().catch(undefined),
  correlationId: z.string().optional().catch(undefined),
});

/** Silent acquisition failed in a way an interactive attempt can resolve (MSAL's InteractionRequired family). */
const interactionErrorCodes = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'bad_token',
  'ui_not_allowed',
  'interrupted_user',
  'no_tokens_found',
  'refresh_token_expired',
  'native_account_unavailable',
  'no_account_error',
  'no_account_found',
  'no_account_in_silent_request',
  'token_refresh_required',
  'invalid_grant',
  // A silent iframe that never answered: usually blocked third-party cookies, which a window avoids.
  'timed_out',
  'monitor_window_timeout',
]);
const interactionSubErrors = new Set([
  'consent_required',
  'basic_action',
  'additional_action',
  'message_only',
  'user_password_expired',
  'bad_token',
  'ui_not_allowed',
  'interrupted_user',
]);

/** Final meaning of an errorCode, before the AADSTS refinement. */
const byErrorCode: Readonly<Record<string, AuthFailureCode>> = {
  user_cancelled: 'Cancelled',
  user_canceled: 'Cancelled',
  popup_window_error: 'PopupBlocked',
  empty_window_error: 'PopupBlocked',
  block_nested_popups: 'PopupBlocked',
  no_network_connectivity: 'Network',
  network_error: 'Network',
  post_request_failed: 'Network',
  get_request_failed: 'Network',
  temporarily_unavailable: 'Network',
  consent_required: 'ConsentRequired',
  access_denied: 'ConsentRequired',
  interaction_required: 'SignInRequired',
  login_required: 'SignInRequired',
  no_account_error: 'SignInRequired',
  no_account_found: 'SignInRequired',
  unauthorized_client: 'Misconfigured',
  invalid_client: 'Misconfigured',
  invalid_resource: 'Misconfigured',
  invalid_request: 'Misconfigured',
  invalid_scope: 'Misconfigured',
  redirect_uri_mismatch: 'Misconfigured',
  unsupported_response_type: 'Misconfigured',
};

/**
 * AADSTS codes that make a final failure clearer (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 * Numbers may change over time; an unknown one keeps the errorCode's meaning.
 */
const byErrorNo: Readonly<Record<string, AuthFailureCode>> = {
  // Consent and assignment only an administrator can give.
  '65001': 'AdminApprovalRequired', // DelegationDoesNotExist (after an interactive attempt)
  '90094': 'AdminApprovalRequired', // AdminConsentRequired
  '90095': 'AdminApprovalRequired', // AdminConsentRequiredRequestAccess
  '50105': 'AdminApprovalRequired', // EntitlementGrantsNotFound: user not assigned to the app
  '7000112': 'AdminApprovalRequired', // application disabled
  '70001': 'AdminApprovalRequired', // application disabled
  '500011': 'AdminApprovalRequired', // resource principal not in tenant
  '650052': 'AdminApprovalRequired', // service not enabled for the organisation
  '65004': 'ConsentRequired', // UserDeclinedConsent
  // The account is not (yet) a guest in this tenant, or a cross-tenant policy blocks it.
  '50020': 'GuestNotInTenant',
  '16000': 'GuestNotInTenant',
  '16003': 'GuestNotInTenant',
  '50034': 'GuestNotInTenant',
  '51004': 'GuestNotInTenant',
  '50014': 'GuestNotInTenant',
  '90072': 'GuestNotInTenant',
  '500212': 'GuestNotInTenant',
  '500213': 'GuestNotInTenant',
  // Conditional access and security defaults.
  '53000': 'ConditionalAccess',
  '53001': 'ConditionalAccess',
  '53002': 'ConditionalAccess',
  '53003': 'ConditionalAccess',
  '53004': 'ConditionalAccess',
  '53011': 'ConditionalAccess',
  '530032': 'ConditionalAccess',
  '530035': 'ConditionalAccess',
  '50005': 'ConditionalAccess',
  '50131': 'ConditionalAccess',
  // Registration does not match this installation.
  '50011': 'Misconfigured', // reply URL mismatch
  '700016': 'Misconfigured', // app not found in the tenant
  '700054': 'Misconfigured',
  '50194': 'Misconfigured', // single-tenant app used with /common
  '650056': 'Misconfigured',
  '650057': 'Misconfigured',
};

/** MSAL's errors for "the nested app bridge is not available here"; the provider falls back. */
const bridgeUnavailableCodes = new Set(['nested_app_auth_bridge_disabled', 'NestedAppAuthUnavailable']);

export interface Classified {
  readonly failure: AuthFailure;
  /** For a silent attempt: an interactive attempt may succeed (MSAL's InteractionRequired family). */
  readonly interactionMayHelp: boolean;
  /** NAA turned out to be unavailable in this host; use the fallback instead. */
  readonly bridgeUnavailable: boolean;
}

function diagnosticsOf(shape: z.infer<typeof msalErrorShape>): AuthDiagnostics {
  return {
    errorCode: shape.errorCode,
    ...(shape.subError ? { subError: shape.subError } : {}),
    ...(shape.errorNo === undefined || shape.errorNo === '' ? {} : { errorNo: String(shape.errorNo) }),
    ...(shape.correlationId ? { correlationId: shape.correlationId } : {}),
  };
}

/** Reads an error thrown by MSAL, a host adapter (`AuthError`), or anything else. */
export function classifyAuthError(error: unknown): Classified {
  if (error instanceof AuthError) {
    return {
      failure: error.failure,
      interactionMayHelp: error.failure.code === 'SignInRequired',
      bridgeUnavailable: false,
    };
  }
  const parsed = msalErrorShape.safeParse(error);
  if (!parsed.success) {
    return {
      failure: { code: 'Unknown', diagnostics: {} },
      interactionMayHelp: false,
      bridgeUnavailable: false,
    };
  }
  const shape = parsed.data;
  const diagnostics = diagnosticsOf(shape);
  const interactionMayHelp =
    interactionErrorCodes.has(shape.errorCode) ||
    (shape.subError !== undefined && interactionSubErrors.has(shape.subError));
  const base: AuthFailureCode =
    byErrorCode[shape.errorCode] ??
    (shape.subError === 'consent_required'
      ? 'ConsentRequired'
      : interactionMayHelp
        ? 'SignInRequired'
        : 'Unknown');
  const refined = diagnostics.errorNo === undefined ? undefined : byErrorNo[diagnostics.errorNo];
  return {
    failure: { code: refined ?? base, diagnostics },
    interactionMayHelp,
    bridgeUnavailable: bridgeUnavailableCodes.has(shape.errorCode),
  };
}

/**
 * Teams: the reasons `authentication.authenticate` and `getAuthToken` reject with
 * (TeamsJS passes them as the error's message; they are codes, not prose).
 */
export function teamsAuthFailure(reason: string): AuthFailureCode {
  switch (reason) {
    case 'CancelledByUser':
      return 'Cancelled';
    case 'FailedToOpenWindow':
      return 'PopupBlocked';
    case 'resourceRequiresConsent':
      return 'ConsentRequired';
    case 'resourceDisabled':
      return 'Misconfigured';
    case 'tokenRevoked':
      return 'SignInRequired';
    default:
      return 'Unknown';
  }
}

/**
 * Office dialog API codes (dialog-handle-errors-events): from `displayDialogAsync`
 * (12004, 12005, 12007, 12009, 12011) and from `DialogEventReceived` (12002, 12003, 12006).
 */
export function officeDialogFailure(code: number): AuthFailureCode {
  switch (code) {
    case 12006:
      return 'Cancelled';
    case 12009:
    case 12011:
      return 'PopupBlocked';
    case 12002:
    case 12003:
    case 12004:
    case 12005:
      return 'Misconfigured';
    default:
      return 'Unknown';
  }
}
