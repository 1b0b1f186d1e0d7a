import { describe, expect, it } from 'vitest';
import {
  authConfigSchema,
  brokerRedirectUriOf,
  readAuthConfig,
  redirectUriOf,
} from '../../../shared/auth/config.ts';
import { AuthError } from '../../../shared/auth/errors.ts';
import {
  adaptMsalClient,
  msalConfiguration,
  type MsalPublicClientLike,
} from '../../../shared/auth/msal-shape.ts';
import { identityFromToken } from '../../../tab/host/auth/jwt.ts';
import { teamsWindowFailure } from '../../../tab/host/auth/teams-errors.ts';
import { failureMessage } from '../../../shared/auth/window-message.ts';
import { openOfficeDialog, wordAuthHost } from '../../../word-addin/host/auth/word-auth.ts';
import { officeGlobal, type OfficeDialog, type OfficeLike } from '../../../word-addin/host/auth/office.ts';
import { config } from './fakes.ts';

interface MsalAccount {
  homeAccountId: string;
  tenantId: string;
  username: string;
  name?: string;
  idToken: string;
  environment: string;
}

const msalAlice: MsalAccount = {
  homeAccountId: 'oid.tid',
  tenantId: 'tid',
  username: 'alice@voorbeeldstad.nl',
  name: 'Alice',
  idToken: 'eyJ-id-token',
  environment: 'login.microsoftonline.com',
};

function fakePca(): MsalPublicClientLike<MsalAccount> & { requests: unknown[] } {
  const requests: unknown[] = [];
  const result = { accessToken: 'at', expiresOn: null, account: msalAlice };
  return {
    requests,
    getActiveAccount: () => null,
    getAllAccounts: () => [msalAlice],
    acquireTokenSilent: (r) => (requests.push(r), Promise.resolve(result)),
    ssoSilent: (r) => (requests.push(r), Promise.resolve(result)),
    acquireTokenPopup: (r) => (requests.push(r), Promise.resolve(result)),
    handleRedirectPromise: () => Promise.resolve(null),
    acquireTokenRedirect: (r) => (requests.push(r), Promise.resolve()),
    clearCache: (r) => (requests.push(r), Promise.resolve()),
  };
}

describe('MSAL adapter', () => {
  it('hands out plain accounts without MSAL’s ID token, and passes MSAL its own account object back', async () => {
    const pca = fakePca();
    const client = adaptMsalClient(pca);
    const [account] = client.getAllAccounts();
    expect(account).toEqual({
      homeAccountId: 'oid.tid',
      tenantId: 'tid',
      username: 'alice@voorbeeldstad.nl',
      name: 'Alice',
    });
    const result = await client.acquireTokenSilent({ scopes: ['User.Read'], account });
    expect(result.account).not.toHaveProperty('idToken');
    expect(pca.requests[0]).toEqual({ scopes: ['User.Read'], account: msalAlice });
  });

  it('clears the cache for MSAL’s own account object, and for every account without one', async () => {
    const pca = fakePca();
    const client = adaptMsalClient(pca);
    const [account] = client.getAllAccounts();
    await client.clearCache?.({ ...(account === undefined ? {} : { account }) });
    await client.clearCache?.();
    expect(pca.requests).toEqual([{ account: msalAlice }, undefined]);
  });

  it('uses the login hint for an account MSAL does not know', async () => {
    const pca = fakePca();
    await adaptMsalClient(pca).acquireTokenPopup({
      scopes: ['User.Read'],
      account: { homeAccountId: 'other', tenantId: 't', username: 'bob@voorbeeldstad.nl' },
    });
    expect(pca.requests[0]).toEqual({ scopes: ['User.Read'], loginHint: 'bob@voorbeeldstad.nl' });
  });

  it('configures MSAL for the tenant, the redirect bridge and sessionStorage, without PII logging', () => {
    expect(msalConfiguration(config)).toEqual({
      auth: {
        clientId: config.clientId,
        authority: `https://login.microsoftonline.com/${config.tenantId}`,
        redirectUri: 'https://kompas.voorbeeldstad.nl/tab/auth-redirect.html',
      },
      cache: { cacheLocation: 'sessionStorage' },
      system: { loggerOptions: { piiLoggingEnabled: false } },
    });
  });
});

describe('auth config', () => {
  it('reads the VITE_KOMPAS_* settings and normalises them', () => {
    const parsed = readAuthConfig({
      VITE_KOMPAS_CLIENT_ID: '11111111-2222-3333-4444-55555555555A',
      VITE_KOMPAS_TENANT_ID: config.tenantId,
      VITE_KOMPAS_APP_ORIGIN: 'https://Kompas.Voorbeeldstad.nl',
      BASE_URL: '/',
    });
    expect(parsed.clientId).toBe('11111111-2222-3333-4444-55555555555a');
    expect(parsed.appOrigin).toBe('https://kompas.voorbeeldstad.nl');
    expect(redirectUriOf(parsed)).toBe('https://kompas.voorbeeldstad.nl/tab/auth-redirect.html');
    expect(brokerRedirectUriOf(parsed)).toBe('brk-multihub://kompas.voorbeeldstad.nl');
  });

  it.each([
    ['http origin', { ...config, appOrigin: 'http://kompas.voorbeeldstad.nl' }],
    ['origin with a path', { ...config, appOrigin: 'https://kompas.voorbeeldstad.nl/tab' }],
    ['trailing slash', { ...config, appOrigin: 'https://kompas.voorbeeldstad.nl/' }],
    ['client id not a GUID', { ...config, clientId: 'kompas' }],
    ['missing tenant', { clientId: config.clientId, appOrigin: config.appOrigin }],
  ])('refuses a %s', (_name, value) => {
    expect(authConfigSchema.safeParse(value).success).toBe(false);
  });

  it('reads the site access route, all by default', () => {
    const env = {
      VITE_KOMPAS_CLIENT_ID: config.clientId,
      VITE_KOMPAS_TENANT_ID: config.tenantId,
      VITE_KOMPAS_APP_ORIGIN: config.appOrigin,
    };
    expect(readAuthConfig(env).siteAccess).toBe('all');
    expect(readAuthConfig({ ...env, VITE_KOMPAS_SITE_ACCESS: 'selected' }).siteAccess).toBe('selected');
    expect(() => readAuthConfig({ ...env, VITE_KOMPAS_SITE_ACCESS: 'some' })).toThrow();
  });

  it('fails loudly when a build carries no settings', () => {
    expect(() => readAuthConfig({ BASE_URL: '/' })).toThrow();
  });
});

describe('classic Teams SSO token', () => {
  const jwt = (claims: object): string =>
    ['header', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'signature'].join('.');

  it('reads the login hint, tenant and home account id', () => {
    expect(
      identityFromToken(jwt({ preferred_username: 'anne@voorbeeldstad.nl', tid: 't1', oid: 'o1' })),
    ).toEqual({
      loginHint: 'anne@voorbeeldstad.nl',
      tenantId: 't1',
      homeAccountId: 'o1.t1',
    });
    expect(identityFromToken(jwt({ upn: 'gast@partner.nl', tid: 't1' }))).toEqual({
      loginHint: 'gast@partner.nl',
      tenantId: 't1',
    });
  });

  it.each(['', 'a.b', 'a.%%%.c', `a.${Buffer.from('[1]').toString('base64url')}.c`])(
    'returns nothing for %j',
    (token) => {
      expect(identityFromToken(token)).toEqual({});
    },
  );
});

describe('Teams sign-in window failures', () => {
  it.each([
    [new Error('CancelledByUser'), 'Cancelled'],
    [new Error('FailedToOpenWindow'), 'PopupBlocked'],
    [new Error(failureMessage('GuestNotInTenant', 'invalid_request')), 'GuestNotInTenant'],
    ['odd', 'Unknown'],
  ] as const)('%s → %s', (error, code) => {
    expect(teamsWindowFailure(error).failure.code).toBe(code);
  });
});

class FakeOffice implements OfficeLike {
  readonly handlers = new Map<string, (arg: unknown) => void>();
  closed = 0;
  openResult: { status: string; error?: { code: number } } = { status: 'succeeded' };
  readonly opened: { url: string; options: unknown }[] = [];
  supported = new Set<string>();
  readonly EventType = {
    DialogMessageReceived: 'dialogMessageReceived',
    DialogEventReceived: 'dialogEventReceived',
  };
  readonly AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  readonly context = {
    requirements: {
      isSetSupported: (name: string, version?: string) => this.supported.has(`${name} ${version ?? ''}`),
    },
    ui: {
      displayDialogAsync: (
        url: string,
        options: unknown,
        callback: (result: { status: string; value: OfficeDialog; error?: { code: number } }) => void,
      ) => {
        this.opened.push({ url, options });
        const dialog: OfficeDialog = {
          addEventHandler: (type, handler) => this.handlers.set(type, handler),
          close: () => {
            this.closed++;
          },
        };
        callback({ ...this.openResult, value: dialog });
      },
      messageParent: () => undefined,
    },
  };
  onReady(): Promise<{ host: string | null }> {
    return Promise.resolve({ host: 'Word' });
  }
  send(type: string, arg: unknown): void {
    this.handlers.get(type)?.(arg);
  }
}

describe('Office dialog', () => {
  it('resolves with the message and its origin, and closes the dialog', async () => {
    const office = new FakeOffice();
    const reply = openOfficeDialog(
      office,
      'https://kompas.voorbeeldstad.nl/word-addin/auth-dialog.html?scopes=base',
    );
    office.send('dialogMessageReceived', { message: 'm', origin: config.appOrigin });
    expect(await reply).toEqual({ kind: 'postMessage', origin: config.appOrigin, message: 'm' });
    expect(office.closed).toBe(1);
  });

  it('passes an empty origin on when Office gives none, so the check downstream refuses it', async () => {
    const office = new FakeOffice();
    const reply = openOfficeDialog(office, 'https://x/');
    office.send('dialogMessageReceived', { message: 'm' });
    expect(await reply).toMatchObject({ origin: '' });
  });

  it('maps a closed dialog (12006) to Cancelled', async () => {
    const office = new FakeOffice();
    const reply = openOfficeDialog(office, 'https://x/');
    office.send('dialogEventReceived', { error: 12006 });
    await expect(reply).rejects.toMatchObject({
      failure: { code: 'Cancelled', diagnostics: { errorCode: '12006' } },
    });
  });

  it('maps a dialog the user ignored (12009) to PopupBlocked', async () => {
    const office = new FakeOffice();
    office.openResult = { status: 'failed', error: { code: 12009 } };
    await expect(openOfficeDialog(office, 'https://x/')).rejects.toMatchObject({
      failure: { code: 'PopupBlocked' },
    });
  });

  it('asks Office whether it brokers tokens (NestedAppAuth 1.1)', () => {
    const office = new FakeOffice();
    expect(wordAuthHost(office).isNestedAppAuthSupported()).toBe(false);
    office.supported.add('NestedAppAuth 1.1');
    expect(wordAuthHost(office).isNestedAppAuthSupported()).toBe(true);
  });

  it('reports a page without Office.js as Misconfigured', () => {
    expect(() => officeGlobal({})).toThrow(AuthError);
  });
});
