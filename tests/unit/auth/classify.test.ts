import { describe, expect, it } from 'vitest';
import { classifyAuthError, officeDialogFailure, teamsAuthFailure } from '../../../shared/auth/classify.ts';
import { AuthError } from '../../../shared/auth/errors.ts';
import { FakeMsalError } from './fakes.ts';

describe('classifyAuthError', () => {
  it.each([
    ['interaction_required', '', undefined, 'SignInRequired', true],
    ['login_required', '', undefined, 'SignInRequired', true],
    ['consent_required', '', undefined, 'ConsentRequired', true],
    ['invalid_grant', 'bad_token', undefined, 'SignInRequired', true],
    ['no_account_error', '', undefined, 'SignInRequired', true],
    ['timed_out', '', undefined, 'SignInRequired', true],
    ['user_cancelled', '', undefined, 'Cancelled', false],
    ['user_canceled', '', undefined, 'Cancelled', false],
    ['popup_window_error', '', undefined, 'PopupBlocked', false],
    ['empty_window_error', '', undefined, 'PopupBlocked', false],
    ['no_network_connectivity', '', undefined, 'Network', false],
    ['post_request_failed', '', undefined, 'Network', false],
    ['access_denied', '', '65004', 'ConsentRequired', false],
    ['access_denied', '', '90094', 'AdminApprovalRequired', false],
    ['access_denied', '', '90095', 'AdminApprovalRequired', false],
    ['invalid_grant', '', '50105', 'AdminApprovalRequired', true],
    ['interaction_required', 'message_only', '53003', 'ConditionalAccess', true],
    ['interaction_required', '', '53000', 'ConditionalAccess', true],
    ['invalid_request', '', '50020', 'GuestNotInTenant', false],
    ['interaction_required', '', '16000', 'GuestNotInTenant', true],
    ['unauthorized_client', '', '700016', 'Misconfigured', false],
    ['invalid_request', '', '50011', 'Misconfigured', false],
    ['invalid_client', '', undefined, 'Misconfigured', false],
    ['something_new', 'consent_required', undefined, 'ConsentRequired', true],
    ['something_new', '', '99999999', 'Unknown', false],
  ] as const)(
    '%s / %s / AADSTS%s → %s (interaction may help: %s)',
    (errorCode, subError, errorNo, code, mayHelp) => {
      const result = classifyAuthError(new FakeMsalError(errorCode, subError, errorNo));
      expect(result.failure.code).toBe(code);
      expect(result.interactionMayHelp).toBe(mayHelp);
      expect(result.failure.diagnostics.errorCode).toBe(errorCode);
      expect(result.failure.diagnostics.errorNo).toBe(errorNo);
    },
  );

  it('ignores the message entirely', () => {
    const result = classifyAuthError(
      new FakeMsalError('unexpected_error', '', undefined, 'AADSTS90094 consent_required'),
    );
    expect(result.failure.code).toBe('Unknown');
    expect(result.interactionMayHelp).toBe(false);
  });

  it('recognises a nested bridge that is not available', () => {
    expect(classifyAuthError(new FakeMsalError('nested_app_auth_bridge_disabled')).bridgeUnavailable).toBe(
      true,
    );
    expect(classifyAuthError(new FakeMsalError('interaction_required')).bridgeUnavailable).toBe(false);
  });

  it('passes an AuthError from a host adapter through unchanged', () => {
    const error = new AuthError('PopupBlocked', { errorCode: '12009' });
    expect(classifyAuthError(error).failure).toEqual({
      code: 'PopupBlocked',
      diagnostics: { errorCode: '12009' },
    });
  });

  it('treats anything without an errorCode as Unknown', () => {
    expect(classifyAuthError(new Error('boom')).failure.code).toBe('Unknown');
    expect(classifyAuthError('a string').failure.code).toBe('Unknown');
    expect(classifyAuthError(null).failure.code).toBe('Unknown');
  });
});

describe('host codes', () => {
  it.each([
    ['CancelledByUser', 'Cancelled'],
    ['FailedToOpenWindow', 'PopupBlocked'],
    ['resourceRequiresConsent', 'ConsentRequired'],
    ['resourceDisabled', 'Misconfigured'],
    ['tokenRevoked', 'SignInRequired'],
    ['somethingElse', 'Unknown'],
  ] as const)('Teams %s → %s', (reason, code) => {
    expect(teamsAuthFailure(reason)).toBe(code);
  });

  it.each([
    [12006, 'Cancelled'],
    [12009, 'PopupBlocked'],
    [12011, 'PopupBlocked'],
    [12002, 'Misconfigured'],
    [12003, 'Misconfigured'],
    [12004, 'Misconfigured'],
    [12005, 'Misconfigured'],
    [12007, 'Unknown'],
  ] as const)('Office dialog %i → %s', (code, expected) => {
    expect(officeDialogFailure(code)).toBe(expected);
  });
});
