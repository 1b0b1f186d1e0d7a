/**
 * `signOut()` (issue #4): Kompas forgets the person, Teams and Word keep their own sign-in. With
 * nested app authentication MSAL is not asked to sign out (its nested client has no sign-out);
 * the standard client's cache is cleared locally with `clearCache`, never with `logoutPopup`.
 */
import { describe, expect, it } from 'vitest';
import { findAuthFailure } from '../../../shared/auth/errors.ts';
import { createKompasAuth, type AuthState } from '../../../shared/auth/provider.ts';
import { successMessage } from '../../../shared/auth/window-message.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import type { AuthAccount, AuthTokenResult } from '../../../shared/ports/auth.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { alice, config, FakeHost, FakeMsal, FakeMsalError, loaderFor, tokenResult } from './fakes.ts';

/** A FakeMsal that also has msal-browser's `clearCache` and `logoutPopup`, recording their use. */
class SigningOutMsal extends FakeMsal {
  readonly cleared: ({ readonly account?: AuthAccount } | undefined)[] = [];
  readonly loggedOut: unknown[] = [];
  clearFails: Error | undefined;

  clearCache(request?: { readonly account?: AuthAccount }): Promise<void> {
    this.cleared.push(request);
    if (this.clearFails !== undefined) return Promise.reject(this.clearFails);
    this.accounts = [];
    this.active = null;
    return Promise.resolve();
  }
  logoutPopup(request?: unknown): Promise<void> {
    this.loggedOut.push(request);
    return Promise.resolve();
  }
}

function setup(kind: 'teams' | 'word', nested: boolean) {
  const clock = new FakeClock();
  const host = new FakeHost(kind);
  host.nested = nested;
  const msal = { nested: new SigningOutMsal(), standard: new SigningOutMsal() };
  const loader = loaderFor(msal);
  const auth = createKompasAuth({ host, loadMsal: loader, config, clock });
  const states: AuthState[] = [];
  auth.subscribe((state) => states.push(state));
  return { clock, host, msal, loader, auth, states };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KompasError);
  return findAuthFailure(error)?.code;
}

describe('signOut with nested app authentication (the host owns the account)', () => {
  it('forgets the token, tells subscribers, and asks MSAL for no sign-out', async () => {
    const { auth, msal, clock, states } = setup('teams', true);
    msal.nested.silent.push(tokenResult('t1', clock));
    expect(await auth.getToken()).toBe('t1');

    expect(await auth.signOut()).toEqual({ ok: true });
    expect(auth.state()).toEqual({ status: 'signed-out' });
    expect(states.at(-1)).toEqual({ status: 'signed-out' });
    expect(msal.nested.cleared).toEqual([]);
    expect(msal.nested.loggedOut).toEqual([]);
  });

  it('gives no token after signing out, not even silently, until the person signs in again', async () => {
    const { auth, msal, clock } = setup('word', true);
    msal.nested.silent.push(tokenResult('t1', clock), tokenResult('t2', clock));
    await auth.getToken();
    await auth.signOut();

    expect(await codeOf(auth.getToken())).toBe('SignInRequired');
    expect(await codeOf(auth.tokenProvider('calendar').getToken())).toBe('SignInRequired');
    expect(msal.nested.count('acquireTokenSilent')).toBe(1);
    expect(auth.state()).toEqual({ status: 'signed-out' });

    msal.nested.popup.push(tokenResult('t-again', clock));
    expect(await auth.signIn()).toEqual({ ok: true, account: alice });
    expect(await auth.getToken()).toBe('t-again');
    expect(auth.state()).toEqual({ status: 'signed-in', account: alice });
  });

  it('drops a token that arrives after signing out for a request made before', async () => {
    const { auth, msal, clock } = setup('teams', true);
    let answer: (result: AuthTokenResult) => void = () => undefined;
    msal.nested.acquireTokenSilent = () => new Promise<AuthTokenResult>((resolve) => (answer = resolve));
    const early = auth.getToken();
    await new Promise((r) => setImmediate(r));

    await auth.signOut();
    answer(tokenResult('late', clock));
    expect(await codeOf(early)).toBe('SignInRequired');
    expect(auth.state()).toEqual({ status: 'signed-out' });
  });

  it('ends in signed-out also when it comes before any token (MSAL loaded only to sign out)', async () => {
    const { auth, loader, msal } = setup('teams', true);
    expect(await auth.signOut()).toEqual({ ok: true });
    expect(loader.loaded).toEqual(['nested']);
    expect(msal.nested.calls).toEqual([]);
    expect(auth.state()).toEqual({ status: 'signed-out' });
  });
});

describe('signOut with the standard client (fallback in Teams and Word)', () => {
  it('clears MSAL’s own cache locally and never opens Entra ID’s logout page', async () => {
    const { auth, host, msal, clock } = setup('word', false);
    host.replies.push({
      kind: 'postMessage',
      origin: config.appOrigin,
      message: successMessage(tokenResult('t-dialog', clock)),
    });
    await auth.signIn();
    msal.standard.accounts = [alice];

    expect(await auth.signOut()).toEqual({ ok: true });
    expect(msal.standard.cleared).toHaveLength(1);
    expect(msal.standard.accounts).toEqual([]);
    expect(msal.standard.loggedOut).toEqual([]);
    expect(await codeOf(auth.getToken())).toBe('SignInRequired');
  });

  it('signs in again only through the host’s window, which the person opens with signIn()', async () => {
    const { auth, host, msal, clock } = setup('teams', false);
    msal.standard.sso.push(tokenResult('t-sso', clock), tokenResult('t-sso-2', clock));
    await auth.getToken();
    await auth.signOut();

    expect(await codeOf(auth.getToken())).toBe('SignInRequired');
    expect(msal.standard.count('ssoSilent')).toBe(1);
    expect(host.opened).toEqual([]);
    host.replies.push({ kind: 'host-relay', message: successMessage(tokenResult('t-window', clock)) });
    expect(await auth.signIn()).toEqual({ ok: true, account: alice });
    expect(await auth.getToken()).toBe('t-window');
  });

  it('reports a cache MSAL could not clear, and is signed out all the same', async () => {
    const { auth, msal, clock } = setup('teams', false);
    msal.standard.sso.push(tokenResult('t', clock));
    await auth.getToken();
    msal.standard.clearFails = new FakeMsalError('interaction_in_progress');

    const outcome = await auth.signOut();
    expect(outcome.ok).toBe(false);
    expect(auth.state()).toEqual({ status: 'signed-out' });
    expect(await codeOf(auth.getToken())).toBe('SignInRequired');
  });
});
