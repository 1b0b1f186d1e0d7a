import { describe, expect, it } from 'vitest';
import { REDIRECT_MARK, runAuthWindow } from '../../../shared/auth/window-flow.ts';
import {
  failureMessage,
  parseAuthWindowMessage,
  readAuthWindowReply,
  successMessage,
} from '../../../shared/auth/window-message.ts';
import { AuthError } from '../../../shared/auth/errors.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { alice, config, FakeMsalError, FakeRedirectMsal, MemoryStore, tokenResult } from './fakes.ts';

const request = { scopes: ['User.Read', 'Sites.ReadWrite.All'] };

function window(msal: FakeRedirectMsal, store = new MemoryStore()) {
  const replies: { message: string; outcome: string }[] = [];
  const run = () =>
    runAuthWindow({ msal, store, request, reply: (message, outcome) => replies.push({ message, outcome }) });
  return { replies, store, run };
}

describe('the sign-in window (Teams auth window, Office dialog)', () => {
  it('goes to Entra ID on first load and marks that it did', async () => {
    const msal = new FakeRedirectMsal(null);
    const { run, replies, store } = window(msal);
    expect(await run()).toBe('redirecting');
    expect(msal.redirects).toEqual([request]);
    expect(store.get(REDIRECT_MARK)).toBe('1');
    expect(replies).toEqual([]);
  });

  it('hands the token back once when it returns with a result, and clears the mark', async () => {
    const clock = new FakeClock();
    const result = tokenResult('t-window', clock);
    const store = new MemoryStore();
    store.set(REDIRECT_MARK, '1');
    const { run, replies } = window(new FakeRedirectMsal(result), store);
    expect(await run()).toBe('replied');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.outcome).toBe('success');
    expect(parseAuthWindowMessage(replies[0]?.message ?? '')).toMatchObject({
      status: 'success',
      accessToken: 't-window',
    });
    expect(store.get(REDIRECT_MARK)).toBeNull();
  });

  it('reports a failure instead of looping when it returns without a result', async () => {
    const store = new MemoryStore();
    store.set(REDIRECT_MARK, '1');
    const msal = new FakeRedirectMsal(null);
    const { run, replies } = window(msal, store);
    await run();
    expect(msal.redirects).toEqual([]);
    expect(parseAuthWindowMessage(replies[0]?.message ?? '')).toMatchObject({
      status: 'failure',
      code: 'Unknown',
    });
  });

  it('reports Entra ID’s refusal by code', async () => {
    const { run, replies } = window(new FakeRedirectMsal(new FakeMsalError('access_denied', '', '90094')));
    await run();
    expect(replies[0]?.outcome).toBe('failure');
    expect(parseAuthWindowMessage(replies[0]?.message ?? '')).toMatchObject({
      status: 'failure',
      code: 'AdminApprovalRequired',
      errorCode: 'access_denied',
    });
  });
});

describe('window messages', () => {
  const clock = new FakeClock();

  it('round-trips a success message without losing the account or the expiry', () => {
    const result = tokenResult('t', clock);
    const read = readAuthWindowReply(
      { kind: 'postMessage', origin: config.appOrigin, message: successMessage(result) },
      config.appOrigin,
    );
    expect(read).toEqual({ accessToken: 't', expiresOn: result.expiresOn, account: alice });
  });

  it('checks the origin before reading the message', () => {
    const message = successMessage(tokenResult('t', clock));
    expect(() =>
      readAuthWindowReply(
        { kind: 'postMessage', origin: 'https://kompas.voorbeeldstad.nl.evil.example', message },
        config.appOrigin,
      ),
    ).toThrow(AuthError);
    expect(readAuthWindowReply({ kind: 'host-relay', message }, config.appOrigin).accessToken).toBe('t');
  });

  it.each(['', 'not json', '{}', '{"type":"other","status":"success","accessToken":"t"}', '[1,2]'])(
    'rejects %j',
    (text) => {
      expect(parseAuthWindowMessage(text)).toBeUndefined();
    },
  );

  it('turns a failure message into an AuthError with its code', () => {
    try {
      readAuthWindowReply(
        { kind: 'host-relay', message: failureMessage('GuestNotInTenant') },
        config.appOrigin,
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AuthError);
      expect((error as AuthError).failure.code).toBe('GuestNotInTenant');
    }
  });
});
