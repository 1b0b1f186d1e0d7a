// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://kompas.voorbeeldstad.nl/tab/index.html"}
/**
 * The tab inside Teams listens to the Teams client through teams-js: `app.initialize()`
 * (tab/host/teams/teams-sdk.ts) installs its `message` listener, and the sign-in window's result comes
 * back through it (`authenticate` in tab/host/auth/teams-auth.ts, relayed as `host-relay`, so Kompas
 * sees no origin there). The origin check is teams-js's: only a Teams origin is heard, the same
 * message from any other origin is ignored. These tests pin that, so a teams-js upgrade that drops it
 * fails here, and check that teams-js addresses everything after its handshake to that origin.
 */
import { expect, it, vi } from 'vitest';
import { successMessage } from '../../../shared/auth/window-message.ts';
import {
  FakeTeamsClient,
  FOREIGN_ORIGIN,
  initializeAnswer,
  installTeamsClient,
  settle,
  TEAMS_ORIGIN,
} from './teams-fake.ts';

vi.mock('@azure/msal-browser', () => ({
  createNestablePublicClientApplication: () => Promise.reject(new Error('not in this test')),
  createStandardPublicClientApplication: () => Promise.reject(new Error('not in this test')),
}));

it('hears the Teams client only from a Teams origin: the handshake, events and the sign-in window’s result', async () => {
  const teams = new FakeTeamsClient();
  installTeamsClient(teams);
  const { teamsSdk } = await import('../../../tab/host/teams/teams-sdk.ts');
  const { teamsAuthHost } = await import('../../../tab/host/auth/teams-auth.ts');

  let initializedYet = false;
  const initialized = teamsSdk.initialize().then(() => (initializedYet = true));
  const initialize = await teams.request('initialize');
  teams.answer(FOREIGN_ORIGIN, initialize, initializeAnswer('content'));
  await settle();
  expect(initializedYet).toBe(false);
  teams.answer(TEAMS_ORIGIN, initialize, initializeAnswer('content'));
  await initialized;

  const themes: string[] = [];
  teamsSdk.onThemeChange((theme) => themes.push(theme));
  teams.send(FOREIGN_ORIGIN, 'themeChange', ['dark']);
  await settle();
  expect(themes).toEqual([]);
  teams.send(TEAMS_ORIGIN, 'themeChange', ['contrast']);
  await vi.waitFor(() => expect(themes).toEqual(['contrast']));

  const url = 'https://kompas.voorbeeldstad.nl/tab/host/auth/auth-popup.html?scopes=base';
  let settled: unknown = 'pending';
  const reply = teamsAuthHost.openAuthWindow(url).then(
    (value) => (settled = value),
    (error: unknown) => (settled = error),
  );
  const authenticate = await teams.request('authentication.authenticate');
  expect(authenticate.args[0]).toBe(url);
  expect(teams.posted.find((p) => p.data === authenticate)?.targetOrigin).toBe(TEAMS_ORIGIN);

  const forged = successMessage({ accessToken: 'forged-token', expiresOn: null, account: null });
  teams.answer(FOREIGN_ORIGIN, authenticate, [true, forged]);
  await settle();
  expect(settled).toBe('pending');

  const genuine = successMessage({ accessToken: 'genuine-token', expiresOn: null, account: null });
  teams.answer(TEAMS_ORIGIN, authenticate, [true, genuine]);
  await reply;
  expect(settled).toEqual({ kind: 'host-relay', message: genuine });
  // Every message to the client after the handshake is addressed to its origin, never '*'.
  const afterHandshake = teams.posted.filter((p) => p.data.func !== 'initialize');
  expect(afterHandshake.length).toBeGreaterThan(0);
  expect(afterHandshake.filter((p) => p.targetOrigin !== TEAMS_ORIGIN)).toEqual([]);
});
