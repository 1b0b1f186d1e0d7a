/**
 * msal-browser v5 as a structure, so the core adapts it without importing it (lint forbids MSAL in
 * shared/). The hosts pass the real `IPublicClientApplication`; the compiler checks it fits here.
 */
import type {
  AuthAccount,
  AuthTokenRequest,
  AuthTokenResult,
  MsalClient,
  MsalRedirectClient,
} from '../ports/auth.ts';
import { authorityOf, redirectUriOf, type AuthConfig } from './config.ts';

export interface MsalAccountLike {
  readonly homeAccountId: string;
  readonly tenantId: string;
  readonly username: string;
  readonly name?: string;
}

export interface MsalResultLike<A extends MsalAccountLike> {
  readonly accessToken: string;
  readonly expiresOn: Date | null;
  readonly account: A | null;
}

/** The subset of `IPublicClientApplication` Kompas calls. */
export interface MsalPublicClientLike<A extends MsalAccountLike> {
  getActiveAccount(): A | null;
  getAllAccounts(): A[];
  acquireTokenSilent(request: { scopes: string[]; account?: A }): Promise<MsalResultLike<A>>;
  ssoSilent(request: { scopes: string[]; loginHint?: string }): Promise<MsalResultLike<A>>;
  acquireTokenPopup(request: {
    scopes: string[];
    account?: A;
    loginHint?: string;
  }): Promise<MsalResultLike<A>>;
  handleRedirectPromise(): Promise<MsalResultLike<A> | null>;
  acquireTokenRedirect(request: { scopes: string[] }): Promise<void>;
  clearCache(request?: { account?: A | null }): Promise<void>;
}

/** A copy with only what Kompas shows: MSAL's account object also carries the ID token. */
function toAccount(account: MsalAccountLike): AuthAccount {
  return {
    homeAccountId: account.homeAccountId,
    tenantId: account.tenantId,
    username: account.username,
    ...(account.name === undefined ? {} : { name: account.name }),
  };
}

function toResult<A extends MsalAccountLike>(result: MsalResultLike<A>): AuthTokenResult {
  return {
    accessToken: result.accessToken,
    expiresOn: result.expiresOn,
    account: result.account === null ? null : toAccount(result.account),
  };
}

export function adaptMsalClient<A extends MsalAccountLike>(pca: MsalPublicClientLike<A>): MsalClient {
  /** MSAL wants its own account object back, found by home account id. */
  const original = (account: AuthAccount | undefined): A | undefined =>
    account === undefined
      ? undefined
      : pca.getAllAccounts().find((a) => a.homeAccountId === account.homeAccountId);
  const accountAndHint = (request: AuthTokenRequest): { account?: A; loginHint?: string } => {
    const account = original(request.account);
    if (account !== undefined) return { account };
    const hint = request.loginHint ?? request.account?.username;
    return hint === undefined ? {} : { loginHint: hint };
  };
  return {
    getActiveAccount: () => {
      const active = pca.getActiveAccount();
      return active === null ? null : toAccount(active);
    },
    getAllAccounts: () => pca.getAllAccounts().map(toAccount),
    acquireTokenSilent: async (request) => {
      const account = original(request.account);
      return toResult(
        await pca.acquireTokenSilent({ scopes: [...request.scopes], ...(account ? { account } : {}) }),
      );
    },
    ssoSilent: async (request) => {
      const hint = request.loginHint ?? request.account?.username;
      return toResult(
        await pca.ssoSilent({
          scopes: [...request.scopes],
          ...(hint === undefined ? {} : { loginHint: hint }),
        }),
      );
    },
    acquireTokenPopup: async (request) =>
      toResult(await pca.acquireTokenPopup({ scopes: [...request.scopes], ...accountAndHint(request) })),
    clearCache: (request) => {
      const account = original(request?.account);
      return pca.clearCache(account === undefined ? undefined : { account });
    },
  };
}

export function adaptMsalRedirectClient<A extends MsalAccountLike>(
  pca: MsalPublicClientLike<A>,
): MsalRedirectClient {
  return {
    handleRedirectPromise: async () => {
      const result = await pca.handleRedirectPromise();
      return result === null ? null : toResult(result);
    },
    acquireTokenRedirect: (request) => pca.acquireTokenRedirect({ scopes: [...request.scopes] }),
  };
}

/**
 * MSAL's configuration for an installation. Tokens are cached in sessionStorage (gone with the tab);
 * PII logging stays off and no logger callback is set, so nothing token-like is ever logged.
 * The redirect URI is the v5 redirect bridge page (also for NAA's fallback to standard flows).
 */
export function msalConfiguration(config: AuthConfig): {
  auth: { clientId: string; authority: string; redirectUri: string };
  cache: { cacheLocation: 'sessionStorage' };
  system: { loggerOptions: { piiLoggingEnabled: false } };
} {
  return {
    auth: { clientId: config.clientId, authority: authorityOf(config), redirectUri: redirectUriOf(config) },
    cache: { cacheLocation: 'sessionStorage' },
    system: { loggerOptions: { piiLoggingEnabled: false } },
  };
}
