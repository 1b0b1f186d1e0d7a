import { describe, expect, it } from 'vitest';
import { findAuthFailure, type AuthFailureCode } from '../../../shared/auth/errors.ts';
import { createKompasAuth, type KompasAuth } from '../../../shared/auth/provider.ts';
import { scopeSets } from '../../../shared/auth/scopes.ts';
import { failureMessage, successMessage } from '../../../shared/auth/window-message.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { alice, config, FakeHost, FakeMsal, FakeMsalError, loaderFor, tokenResult } from './fakes.ts';

function setup(kind: 'teams' | 'word' = 'teams', nested = true) {
  const clock = new FakeClock();
  const host = new FakeHost(kind);
  host.nested = nested;
  const msal = { nested: new FakeMsal(), standard: new FakeMsal() };
  const loader = loaderFor(msal);
  const auth = createKompasAuth({ host, loadMsal: loader, config, clock });
  return { clock, host, msal, loader, auth };
}

async function failureOf(
  auth: KompasAuth,
  call: () => Promise<string> = () => auth.getToken(),
): Promise<{
  error: unknown;
  code: AuthFailureCode | undefined;
}> {
  try {
    await call();
  } catch (error) {
    return { error, code: findAuthFailure(error)?.code };
  }
  throw new Error('expected getToken to fail');
}

describe('nested app authentication (NAA)', () => {
  it('gets a token silently with the base scopes and the account the host names, loading only the nested client', async () => {
    const { auth, msal, loader, clock } = setup();
    msal.nested.accounts = [alice];
    msal.nested.silent.push(tokenResult('t1', clock));

    expect(await auth.getToken()).toBe('t1');
    expect(loader.loaded).toEqual(['nested']);
    expect(msal.nested.calls[0]).toEqual({
      method: 'acquireTokenSilent',
      request: { scopes: scopeSets.base, account: alice },
    });
    expect(auth.state()).toEqual({ status: 'signed-in', account: alice });
  });

  it('serves a cached token until shortly before it expires, and shares one request between concurrent callers', async () => {
    const { auth, msal, clock } = setup();
    msal.nested.silent.push(tokenResult('t1', clock, 60), tokenResult('t2', clock, 120));

    const [a, b] = await Promise.all([auth.getToken(), auth.getToken()]);
    expect([a, b]).toEqual(['t1', 't1']);
    clock.advance({ minutes: 50 });
    expect(await auth.getToken()).toBe('t1');
    expect(msal.nested.count('acquireTokenSilent')).toBe(1);

    clock.advance({ minutes: 6 }); // inside the 5-minute renewal margin
    expect(await auth.getToken()).toBe('t2');
    expect(msal.nested.count('acquireTokenSilent')).toBe(2);
  });

  it.each(['interaction_required', 'consent_required', 'login_required'])(
    'falls back to the host dialog (acquireTokenPopup) when silent fails with %s',
    async (errorCode) => {
      const { auth, msal, clock } = setup();
      msal.nested.silent.push(new FakeMsalError(errorCode));
      msal.nested.popup.push(tokenResult('t-popup', clock));

      expect(await auth.getToken()).toBe('t-popup');
      expect(msal.nested.calls.map((c) => c.method)).toEqual(['acquireTokenSilent', 'acquireTokenPopup']);
    },
  );

  it('branches on errorCode, never on the message', async () => {
    const { auth, msal } = setup();
    msal.nested.silent.push(
      new FakeMsalError('unexpected_error', '', undefined, 'interaction_required consent_required'),
    );

    const { code } = await failureOf(auth);
    expect(code).toBe('Unknown');
    expect(msal.nested.count('acquireTokenPopup')).toBe(0);
  });

  it('reports a network failure as a transient KompasError without opening a dialog', async () => {
    const { auth, msal } = setup();
    msal.nested.silent.push(new FakeMsalError('no_network_connectivity'));

    const { error, code } = await failureOf(auth);
    expect(error).toBeInstanceOf(KompasError);
    expect((error as KompasError).code).toBe('Network');
    expect(code).toBe('Network');
    expect(msal.nested.count('acquireTokenPopup')).toBe(0);
  });

  it('maps an admin-only consent to AdminApprovalRequired and does not prompt again until signIn()', async () => {
    const { auth, msal, clock } = setup();
    msal.nested.silent.push(new FakeMsalError('consent_required'), new FakeMsalError('consent_required'));
    msal.nested.popup.push(new FakeMsalError('access_denied', '', '90094'));

    const first = await failureOf(auth);
    expect(first.code).toBe('AdminApprovalRequired');
    expect((first.error as KompasError).code).toBe('PermissionDenied');
    expect(auth.state()).toMatchObject({ status: 'failed', failure: { code: 'AdminApprovalRequired' } });

    const second = await failureOf(auth);
    expect(second.code).toBe('AdminApprovalRequired');
    expect(msal.nested.count('acquireTokenPopup')).toBe(1);

    msal.nested.popup.push(tokenResult('t-after-approval', clock));
    expect(await auth.signIn()).toEqual({ ok: true, account: alice });
    expect(await auth.getToken()).toBe('t-after-approval');
  });

  it('opens the host dialog by itself at most once; after a cancel only signIn() opens it', async () => {
    const { auth, msal, clock } = setup();
    msal.nested.silent.push(
      new FakeMsalError('interaction_required'),
      new FakeMsalError('interaction_required'),
    );
    msal.nested.popup.push(new FakeMsalError('user_cancelled'));

    expect((await failureOf(auth)).code).toBe('Cancelled');
    expect((await failureOf(auth)).code).toBe('SignInRequired');
    expect(msal.nested.count('acquireTokenPopup')).toBe(1);

    msal.nested.popup.push(tokenResult('t2', clock));
    const outcome = await auth.signIn();
    expect(outcome.ok).toBe(true);
  });

  it('signIn() reports every failure as a typed result and never throws', async () => {
    const { auth, msal } = setup();
    msal.nested.popup.push(new FakeMsalError('popup_window_error'));
    expect(await auth.signIn()).toMatchObject({ ok: false, failure: { code: 'PopupBlocked' } });
  });

  it('asks for a feature scope set only when that feature asks (incremental consent)', async () => {
    const { auth, msal, clock } = setup();
    msal.nested.silent.push(new FakeMsalError('consent_required'));
    msal.nested.popup.push(tokenResult('t-cal', clock));

    expect(await auth.tokenProvider('calendar').getToken()).toBe('t-cal');
    expect(msal.nested.calls[0]?.request.scopes).toEqual([...scopeSets.base, 'Calendars.ReadWrite']);
    // The wider token also serves the base scopes.
    expect(await auth.getToken()).toBe('t-cal');
    expect(msal.nested.calls).toHaveLength(2);
  });

  it('asks for Sites.Selected instead of the tenant-wide site scopes on the per-site route', async () => {
    const clock = new FakeClock();
    const host = new FakeHost('teams');
    const nested = new FakeMsal();
    nested.silent.push(tokenResult('t', clock), tokenResult('t2', clock));
    const auth = createKompasAuth({
      host,
      loadMsal: loaderFor({ nested }),
      config: { ...config, siteAccess: 'selected' },
      clock,
    });
    await auth.getToken();
    await auth.tokenProvider('provisioning').getToken();
    expect(nested.calls.map((c) => c.request.scopes)).toEqual([
      ['User.Read', 'Sites.Selected'],
      ['User.Read', 'Sites.Selected'],
    ]);
  });

  it('keeps using a still-valid token when renewal fails (no work is interrupted)', async () => {
    const { auth, msal, clock } = setup();
    msal.nested.silent.push(tokenResult('t1', clock, 60), new FakeMsalError('no_network_connectivity'));
    expect(await auth.getToken()).toBe('t1');
    clock.advance({ minutes: 57 });
    expect(await auth.getToken()).toBe('t1');
    clock.advance({ minutes: 3 });
    msal.nested.silent.push(new FakeMsalError('no_network_connectivity'));
    expect((await failureOf(auth)).code).toBe('Network');
  });

  it('switches to the fallback when the nested bridge turns out to be unavailable', async () => {
    const { auth, msal, loader, clock } = setup();
    msal.nested.silent.push(new FakeMsalError('nested_app_auth_bridge_disabled'));
    msal.standard.accounts = [alice];
    msal.standard.silent.push(tokenResult('t-standard', clock));

    expect(await auth.getToken()).toBe('t-standard');
    expect(loader.loaded).toEqual(['nested', 'standard']);
  });

  it('never puts the token or MSAL messages into the errors it throws', async () => {
    const { auth, msal } = setup();
    msal.nested.silent.push(
      new FakeMsalError('invalid_client', '', undefined, 'secret-token-abc in a message'),
    );
    const { error } = await failureOf(auth);
    expect(String(error)).not.toContain('secret-token-abc');
    expect(String((error as Error).cause)).not.toContain('secret-token-abc');
  });
});

describe('fallback in Teams (no NAA): classic SSO, then the Teams sign-in window', () => {
  it('uses the login hint from classic Teams SSO for a silent token with the standard client', async () => {
    const { auth, host, msal, loader, clock } = setup('teams', false);
    host.classicSsoIdentity = () =>
      Promise.resolve({ loginHint: 'sso@voorbeeldstad.nl', tenantId: config.tenantId });
    msal.standard.sso.push(tokenResult('t-sso', clock));

    expect(await auth.getToken()).toBe('t-sso');
    expect(loader.loaded).toEqual(['standard']);
    expect(msal.standard.calls[0]).toEqual({
      method: 'ssoSilent',
      request: { scopes: scopeSets.base, loginHint: 'sso@voorbeeldstad.nl' },
    });
  });

  it('falls back to the Teams context hint when classic SSO fails', async () => {
    const { auth, host, msal, clock } = setup('teams', false);
    host.classicSsoIdentity = () => Promise.reject(new Error('resourceRequiresConsent'));
    msal.standard.sso.push(tokenResult('t', clock));
    await auth.getToken();
    expect(msal.standard.calls[0]?.request.loginHint).toBe(alice.username);
  });

  it('does not open a window by itself: getToken fails with SignInRequired and signIn() opens it', async () => {
    const { auth, host, msal, clock } = setup('teams', false);
    msal.standard.sso.push(new FakeMsalError('login_required'));

    expect((await failureOf(auth)).code).toBe('SignInRequired');
    expect(host.opened).toEqual([]);

    host.replies.push({ kind: 'host-relay', message: successMessage(tokenResult('t-window', clock)) });
    expect(await auth.signIn()).toEqual({ ok: true, account: alice });
    expect(host.opened).toEqual([`${config.appOrigin}/tab/host/auth/auth-popup.html?scopes=base`]);
    expect(await auth.getToken()).toBe('t-window');
  });

  it('passes the failure a window reports through notifyFailure', async () => {
    const { auth, host } = setup('teams', false);
    host.replies.push({
      kind: 'host-relay',
      message: failureMessage('ConditionalAccess', 'interaction_required'),
    });
    expect(await auth.signIn()).toMatchObject({
      ok: false,
      failure: { code: 'ConditionalAccess', diagnostics: { errorCode: 'interaction_required' } },
    });
  });

  it('says SignInRequired when no one is known to sign in silently', async () => {
    const { auth, host, msal } = setup('teams', false);
    host.hint = {};
    expect((await failureOf(auth)).code).toBe('SignInRequired');
    expect(msal.standard.calls).toHaveLength(0);
  });
});

describe('fallback in Word (no NAA): the Office dialog', () => {
  it('accepts a dialog message from Kompas’s origin and opens the Word dialog page', async () => {
    const { auth, host, clock } = setup('word', false);
    host.replies.push({
      kind: 'postMessage',
      origin: config.appOrigin,
      message: successMessage(tokenResult('t-dialog', clock)),
    });
    const outcome = await auth.signIn('provisioning');
    expect(outcome.ok).toBe(true);
    expect(host.opened).toEqual([`${config.appOrigin}/word-addin/auth-dialog.html?scopes=provisioning`]);
    expect(await auth.tokenProvider('provisioning').getToken()).toBe('t-dialog');
  });

  it('refuses a message from another origin, even when it looks like a valid token', async () => {
    const { auth, host, clock } = setup('word', false);
    host.replies.push({
      kind: 'postMessage',
      origin: 'https://evil.example',
      message: successMessage(tokenResult('t-forged', clock)),
    });
    const outcome = await auth.signIn();
    expect(outcome).toMatchObject({
      ok: false,
      failure: { code: 'Unknown', diagnostics: { errorCode: 'unexpected_origin' } },
    });
    // The forged token was not kept: the next call has no token to hand out.
    await expect(auth.getToken()).rejects.toBeInstanceOf(KompasError);
  });

  it('refuses a malformed message', async () => {
    const { auth, host } = setup('word', false);
    host.replies.push({
      kind: 'postMessage',
      origin: config.appOrigin,
      message: '{"type":"kompas.auth","status":"success"}',
    });
    expect(await auth.signIn()).toMatchObject({
      ok: false,
      failure: { diagnostics: { errorCode: 'unreadable_message' } },
    });
  });

  it('remembers who signed in through the dialog as the hint for later silent tokens', async () => {
    const { auth, host, msal, clock } = setup('word', false);
    host.hint = {};
    host.replies.push({
      kind: 'postMessage',
      origin: config.appOrigin,
      message: successMessage(tokenResult('t1', clock, 10)),
    });
    await auth.signIn();
    clock.advance({ minutes: 11 });
    msal.standard.sso.push(tokenResult('t2', clock));
    expect(await auth.getToken()).toBe('t2');
    expect(msal.standard.calls.at(-1)?.request.loginHint).toBe(alice.username);
  });
});

describe('state', () => {
  it('notifies subscribers of sign-in and failure', async () => {
    const { auth, msal, clock } = setup();
    const seen: string[] = [];
    const stop = auth.subscribe((s) => seen.push(s.status));
    msal.nested.silent.push(tokenResult('t', clock));
    await auth.getToken();
    msal.nested.popup.push(new FakeMsalError('user_cancelled'));
    await auth.signIn();
    stop();
    msal.nested.popup.push(new FakeMsalError('user_cancelled'));
    await auth.signIn();
    expect(seen).toEqual(['signed-in', 'failed']);
  });
});
