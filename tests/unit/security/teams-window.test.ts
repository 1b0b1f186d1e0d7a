// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://kompas.voorbeeldstad.nl/tab/host/auth/auth-popup.html?scopes=base"}
/**
 * The Teams sign-in window (tab/host/auth/auth-popup.ts) hands the token to Teams with teams-js's
 * `notifySuccess`, a postMessage to the window that opened it. teams-js addresses it to the origin of
 * the Teams client that answered its handshake, and only an answer from a Teams origin counts: a
 * message from any other origin is ignored, and the token is never posted to '*' or to that origin.
 */
import { expect, it, vi } from 'vitest';
import { parseAuthWindowMessage } from '../../../shared/auth/window-message.ts';
import {
  FakeTeamsClient,
  FOREIGN_ORIGIN,
  initializeAnswer,
  installTeamsClient,
  settle,
  TEAMS_ORIGIN,
} from './teams-fake.ts';

const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJ1cG4iOiJhbGljZUB2b29yYmVlbGRzdGFkLm5sIn0.window-token-signature';

vi.mock('@azure/msal-browser', () => ({
  createStandardPublicClientApplication: () =>
    Promise.resolve({
      handleRedirectPromise: () => Promise.resolve({ accessToken: TOKEN, expiresOn: null, account: null }),
      acquireTokenRedirect: () => Promise.resolve(),
    }),
}));

const carriesToken = (data: unknown): boolean => JSON.stringify(data).includes(TOKEN);

it('posts the token only to the Teams origin that answered, after ignoring a foreign one', async () => {
  vi.stubEnv('VITE_KOMPAS_CLIENT_ID', '11111111-2222-3333-4444-555555555555');
  vi.stubEnv('VITE_KOMPAS_TENANT_ID', 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
  vi.stubEnv('VITE_KOMPAS_APP_ORIGIN', 'https://kompas.voorbeeldstad.nl');
  const teams = new FakeTeamsClient();
  installTeamsClient(teams);

  await import('../../../tab/host/auth/auth-popup.ts');
  const initialize = await teams.request('initialize');
  // teams-js's own handshake goes to '*' before it knows its parent; it carries the SDK version only.
  expect(carriesToken(teams.posted)).toBe(false);

  teams.answer(FOREIGN_ORIGIN, initialize, initializeAnswer('authentication'));
  await settle();
  expect(teams.posted.map((p) => p.data.func)).toEqual(['initialize']);

  teams.answer(TEAMS_ORIGIN, initialize, initializeAnswer('authentication'));
  const success = await teams.request('authentication.authenticate.success');
  expect(parseAuthWindowMessage(String(success.args[0]))).toMatchObject({
    status: 'success',
    accessToken: TOKEN,
  });
  const withToken = teams.posted.filter((p) => carriesToken(p.data));
  expect(withToken.map((p) => p.targetOrigin)).toEqual([TEAMS_ORIGIN]);
  expect(teams.posted.filter((p) => p.data.func !== 'initialize').map((p) => p.targetOrigin)).not.toContain(
    '*',
  );
});
