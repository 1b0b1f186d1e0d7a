/**
 * Kompas's `TokenProvider` for Microsoft Graph, the same in Teams and in Word:
 *
 * - Nested app authentication (NAA) where the host supports it: MSAL's nested client, silent first,
 *   then the host's own sign-in/consent dialog (`acquireTokenPopup`) when MSAL says interaction is
 *   required (interaction_required, consent_required, login_required …, by `errorCode`).
 * - Elsewhere the host's fallback: a standard MSAL client for silent tokens (Teams: with the login
 *   hint classic Teams SSO gives), and the host's sign-in window (Teams auth window, Office dialog)
 *   for interaction. Those windows need a user gesture, so `getToken` never opens them itself: it
 *   fails with `SignInRequired` and the UI offers a button that calls `signIn()`.
 *
 * Tokens live in memory (and MSAL's sessionStorage cache), never in URLs, logs or storage of ours.
 * Nothing here reloads the page or clears storage: unsaved work in the outbox survives every
 * sign-in failure. Only `signOut()`, which a person chooses, signs out; the host then clears the
 * outbox (issue #4).
 */
import type { Clock } from '../domain/time.ts';
import type {
  AccountHint,
  AuthAccount,
  AuthHost,
  AuthTokenRequest,
  AuthTokenResult,
  MsalClient,
  MsalLoader,
} from '../ports/auth.ts';
import type { TokenProvider } from '../ports/token-provider.ts';
import { classifyAuthError } from './classify.ts';
import { authPages, type AuthConfig } from './config.ts';
import { AuthError, toKompasError, type AuthFailure, type AuthFailureCode } from './errors.ts';
import { scopesFor, type ScopeSetName } from './scopes.ts';
import { readAuthWindowReply } from './window-message.ts';

export type AuthState =
  | { readonly status: 'signed-out' }
  | { readonly status: 'signed-in'; readonly account: AuthAccount | null }
  | { readonly status: 'failed'; readonly failure: AuthFailure };

export type AuthOutcome =
  | { readonly ok: true; readonly account: AuthAccount | null }
  | { readonly ok: false; readonly failure: AuthFailure };

/** `ok: false`: Kompas is signed out, but MSAL could not clear its cache (it goes with the tab). */
export type SignOutOutcome = { readonly ok: true } | { readonly ok: false; readonly failure: AuthFailure };

export interface KompasAuth extends TokenProvider {
  /** A Graph token for the base scopes. Throws a `KompasError` whose cause is an `AuthError`. */
  getToken(): Promise<string>;
  /** A token provider for a feature's scopes (incremental consent: calendar, provisioning, teams). */
  tokenProvider(scopeSet: ScopeSetName): TokenProvider;
  /** Interactive sign-in or consent. Call it from a click handler (sign-in windows need a user gesture). Never throws. */
  signIn(scopeSet?: ScopeSetName): Promise<AuthOutcome>;
  /**
   * Signs the person out of Kompas: tokens are forgotten, the state becomes 'signed-out' (listeners
   * hear it) and stays so until `signIn()`; `getToken` fails with SignInRequired meanwhile. Teams and
   * Word own the Microsoft 365 account, so their sign-in and Entra ID's session are left alone: with
   * nested app authentication MSAL has no sign-out at all (msal-browser v5's nested controller throws
   * `unsupported_method` for logoutPopup, logoutRedirect and clearCache); the standard client's cache
   * is cleared with `clearCache`, which signs out locally only, where `logoutPopup` would end the
   * browser's Entra ID session and with it Teams or Office on the web. Never throws. The host clears
   * the PendingStore afterwards.
   */
  signOut(): Promise<SignOutOutcome>;
  state(): AuthState;
  subscribe(listener: (state: AuthState) => void): () => void;
}

export interface KompasAuthOptions {
  readonly host: AuthHost;
  readonly loadMsal: MsalLoader;
  readonly config: AuthConfig;
  readonly clock: Clock;
  /** Renew a token this long before it expires. */
  readonly refreshMarginMs?: number;
}

/** Failures a new window will not fix until someone (an admin) changes something. */
const finalFailures: ReadonlySet<AuthFailureCode> = new Set([
  'AdminApprovalRequired',
  'GuestNotInTenant',
  'ConditionalAccess',
  'Misconfigured',
]);

const DEFAULT_MARGIN_MS = 5 * 60_000;
/** When an issuer gives no expiry, trust a token this long. */
const UNKNOWN_LIFETIME_MS = 5 * 60_000;

interface Strategy {
  readonly kind: 'nested' | 'fallback';
  /** Whether `interactive` opens a window that needs a user gesture. */
  readonly interactiveNeedsGesture: boolean;
  silent(scopes: readonly string[]): Promise<AuthTokenResult>;
  interactive(scopes: readonly string[], scopeSet: ScopeSetName): Promise<AuthTokenResult>;
  /** Removes what MSAL cached for this app; the host's own sign-in is untouched. */
  forget(): Promise<void>;
}

/** msal-browser's `clearCache` (v5): removes this app's accounts and tokens locally, no navigation. */
interface CacheClearing {
  clearCache(request?: { readonly account?: AuthAccount }): Promise<void>;
}

/** Whether the adapted client passes `clearCache` through (see shared/auth/msal-shape.ts). */
function canClearCache(msal: MsalClient): msal is MsalClient & CacheClearing {
  return typeof (msal as Partial<CacheClearing>).clearCache === 'function';
}

const signedOutFailure: AuthFailure = { code: 'SignInRequired', diagnostics: { errorCode: 'signed_out' } };

interface CachedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/**
 * The account to ask MSAL for: the active one, else the one the host names
 * (nested-authentication: getActiveAccount, else getAccount by homeAccountId / login hint / tenant).
 */
export function pickAccount(msal: MsalClient, hint: AccountHint, tenantId: string): AuthAccount | undefined {
  const inTenant = (a: AuthAccount): boolean => a.tenantId.toLowerCase() === tenantId;
  const active = msal.getActiveAccount();
  if (active !== null && inTenant(active)) return active;
  const accounts = msal.getAllAccounts().filter(inTenant);
  const byHome =
    hint.homeAccountId === undefined
      ? undefined
      : accounts.find((a) => a.homeAccountId === hint.homeAccountId);
  if (byHome) return byHome;
  const login = hint.loginHint?.toLowerCase();
  const byLogin = login === undefined ? undefined : accounts.find((a) => a.username.toLowerCase() === login);
  if (byLogin) return byLogin;
  return accounts.length === 1 ? accounts[0] : undefined;
}

function request(
  scopes: readonly string[],
  account: AuthAccount | undefined,
  loginHint: string | undefined,
): AuthTokenRequest {
  return {
    scopes,
    ...(account === undefined ? {} : { account }),
    ...(loginHint === undefined || account !== undefined ? {} : { loginHint }),
  };
}

function nestedStrategy(msal: MsalClient, host: AuthHost, tenantId: string): Strategy {
  const hint = (): Promise<AccountHint> => host.accountHint().catch((): AccountHint => ({}));
  return {
    kind: 'nested',
    interactiveNeedsGesture: false,
    async silent(scopes) {
      const h = await hint();
      return msal.acquireTokenSilent(request(scopes, pickAccount(msal, h, tenantId), h.loginHint));
    },
    async interactive(scopes) {
      const h = await hint();
      return msal.acquireTokenPopup(request(scopes, pickAccount(msal, h, tenantId), h.loginHint));
    },
    // The host owns the account and MSAL's nested client supports no sign-out: nothing to clear.
    forget: () => Promise.resolve(),
  };
}

function fallbackStrategy(msal: MsalClient, host: AuthHost, config: AuthConfig): Strategy {
  // The account a sign-in window returned: the standard client in this frame never saw it.
  let knownLogin: string | undefined;
  const windowPage = host.kind === 'teams' ? authPages.teamsAuthWindow : authPages.wordAuthDialog;

  async function loginHint(): Promise<string | undefined> {
    if (knownLogin !== undefined) return knownLogin;
    if (host.classicSsoIdentity !== undefined) {
      // Classic Teams SSO names the user silently; its token itself is not for Graph and is dropped.
      const sso = await host.classicSsoIdentity().catch((): AccountHint => ({}));
      if (sso.loginHint !== undefined) return sso.loginHint;
    }
    const hint = await host.accountHint().catch((): AccountHint => ({}));
    return hint.loginHint;
  }

  return {
    kind: 'fallback',
    interactiveNeedsGesture: true,
    async silent(scopes) {
      const hint = await host.accountHint().catch((): AccountHint => ({}));
      const account = pickAccount(msal, hint, config.tenantId);
      if (account !== undefined) return msal.acquireTokenSilent(request(scopes, account, undefined));
      const login = await loginHint();
      if (login === undefined) throw new AuthError('SignInRequired', { errorCode: 'no_login_hint' });
      return msal.ssoSilent(request(scopes, undefined, login));
    },
    async interactive(_scopes, scopeSet) {
      const url = `${config.appOrigin}${windowPage}?scopes=${scopeSet}`;
      const result = readAuthWindowReply(await host.openAuthWindow(url), config.appOrigin);
      if (result.account !== null) knownLogin = result.account.username;
      return result;
    },
    async forget() {
      knownLogin = undefined;
      if (canClearCache(msal)) await msal.clearCache();
    },
  };
}

class Auth implements KompasAuth {
  readonly #options: KompasAuthOptions;
  readonly #margin: number;
  #strategy: Promise<Strategy> | undefined;
  readonly #cache = new Map<ScopeSetName, CachedToken>();
  readonly #inflight = new Map<ScopeSetName, Promise<string>>();
  /** One window at a time: the host allows one dialog, and two prompts confuse people. */
  #window: Promise<unknown> = Promise.resolve();
  /** `getToken` opens the nested host's dialog by itself once; after that only `signIn` does. */
  #automaticWindowUsed = false;
  /** A final failure from a window: `getToken` repeats it instead of prompting again. */
  #blocked: AuthFailure | undefined;
  #state: AuthState = { status: 'signed-out' };
  readonly #listeners = new Set<(state: AuthState) => void>();
  /** Signed out by the person: no token until `signIn()`. */
  #signedOut = false;
  /** Bumped by `signOut()`, so a token that arrives for a request from before is dropped. */
  #epoch = 0;

  constructor(options: KompasAuthOptions) {
    this.#options = options;
    this.#margin = options.refreshMarginMs ?? DEFAULT_MARGIN_MS;
  }

  getToken(): Promise<string> {
    return this.#token('base');
  }

  tokenProvider(scopeSet: ScopeSetName): TokenProvider {
    return { getToken: () => this.#token(scopeSet) };
  }

  async signIn(scopeSet: ScopeSetName = 'base'): Promise<AuthOutcome> {
    this.#blocked = undefined;
    this.#signedOut = false;
    const epoch = this.#epoch;
    try {
      const strategy = await this.#strategyOnce();
      const result = await this.#interactive(strategy, scopeSet);
      if (epoch !== this.#epoch) return { ok: false, failure: signedOutFailure };
      this.#remember(scopeSet, result);
      return { ok: true, account: result.account };
    } catch (error) {
      const failure = classifyAuthError(error).failure;
      if (epoch !== this.#epoch) return { ok: false, failure };
      this.#setState({ status: 'failed', failure });
      return { ok: false, failure };
    }
  }

  async signOut(): Promise<SignOutOutcome> {
    this.#epoch++;
    this.#signedOut = true;
    this.#cache.clear();
    this.#inflight.clear();
    this.#blocked = undefined;
    this.#automaticWindowUsed = false;
    const pending = this.#strategyOnce();
    // The next sign-in starts afresh: NAA is asked for again, the fallback forgets its login hint.
    this.#strategy = undefined;
    this.#setState({ status: 'signed-out' });
    try {
      await (await pending).forget();
      return { ok: true };
    } catch (error) {
      return { ok: false, failure: classifyAuthError(error).failure };
    }
  }

  state(): AuthState {
    return this.#state;
  }

  subscribe(listener: (state: AuthState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #token(scopeSet: ScopeSetName): Promise<string> {
    if (this.#signedOut) return Promise.reject(toKompasError(signedOutFailure));
    const cached = this.#cache.get(scopeSet);
    const now = this.#options.clock.now().getTime();
    if (cached !== undefined && cached.expiresAt - now > this.#margin) return Promise.resolve(cached.token);
    const running = this.#inflight.get(scopeSet);
    if (running !== undefined) return running;
    const attempt = this.#acquire(scopeSet, cached).finally(() => this.#inflight.delete(scopeSet));
    this.#inflight.set(scopeSet, attempt);
    return attempt;
  }

  async #acquire(scopeSet: ScopeSetName, previous: CachedToken | undefined): Promise<string> {
    const epoch = this.#epoch;
    try {
      const result = await this.#silentOrAutomatic(scopeSet, true);
      if (epoch !== this.#epoch) throw toKompasError(signedOutFailure);
      return this.#remember(scopeSet, result);
    } catch (error) {
      if (epoch !== this.#epoch) throw toKompasError(signedOutFailure);
      // Renewal failed but the old token still works: keep the user going, try again next call.
      const now = this.#options.clock.now().getTime();
      if (previous !== undefined && previous.expiresAt - now > 30_000) return previous.token;
      const failure = classifyAuthError(error).failure;
      this.#setState({ status: 'failed', failure });
      throw toKompasError(failure);
    }
  }

  async #silentOrAutomatic(scopeSet: ScopeSetName, mayFallBack: boolean): Promise<AuthTokenResult> {
    const strategy = await this.#strategyOnce();
    try {
      return await strategy.silent(scopesFor(scopeSet, this.#options.config.siteAccess));
    } catch (error) {
      const classified = classifyAuthError(error);
      if (classified.bridgeUnavailable && strategy.kind === 'nested' && mayFallBack) {
        const fallback = this.#createStrategy(false);
        this.#strategy = fallback;
        void fallback.catch(() => {
          if (this.#strategy === fallback) this.#strategy = undefined;
        });
        return this.#silentOrAutomatic(scopeSet, false);
      }
      if (!classified.interactionMayHelp) throw error;
      if (this.#blocked !== undefined) throw new AuthError(this.#blocked.code, this.#blocked.diagnostics);
      if (strategy.interactiveNeedsGesture || this.#automaticWindowUsed) {
        const code = classified.failure.code === 'ConsentRequired' ? 'ConsentRequired' : 'SignInRequired';
        throw new AuthError(code, classified.failure.diagnostics);
      }
      this.#automaticWindowUsed = true;
      return this.#interactive(strategy, scopeSet);
    }
  }

  async #interactive(strategy: Strategy, scopeSet: ScopeSetName): Promise<AuthTokenResult> {
    const run = this.#window
      .catch(() => undefined)
      .then(() => strategy.interactive(scopesFor(scopeSet, this.#options.config.siteAccess), scopeSet));
    this.#window = run;
    try {
      const result = await run;
      this.#automaticWindowUsed = false;
      this.#blocked = undefined;
      return result;
    } catch (error) {
      const { failure } = classifyAuthError(error);
      if (finalFailures.has(failure.code)) this.#blocked = failure;
      throw new AuthError(failure.code, failure.diagnostics, { cause: error });
    }
  }

  #strategyOnce(): Promise<Strategy> {
    if (this.#strategy === undefined) {
      let nested: boolean;
      try {
        nested = this.#options.host.isNestedAppAuthSupported();
      } catch {
        nested = false;
      }
      const created = this.#createStrategy(nested);
      this.#strategy = created;
      // A failed load (e.g. offline while fetching MSAL's chunk) must not stick for the session.
      void created.catch(() => {
        if (this.#strategy === created) this.#strategy = undefined;
      });
    }
    return this.#strategy;
  }

  async #createStrategy(nested: boolean): Promise<Strategy> {
    const { host, loadMsal, config } = this.#options;
    if (nested) return nestedStrategy(await loadMsal('nested'), host, config.tenantId);
    return fallbackStrategy(await loadMsal('standard'), host, config);
  }

  #remember(scopeSet: ScopeSetName, result: AuthTokenResult): string {
    const now = this.#options.clock.now().getTime();
    const expiresAt = result.expiresOn === null ? now + UNKNOWN_LIFETIME_MS : result.expiresOn.getTime();
    this.#cache.set(scopeSet, { token: result.accessToken, expiresAt });
    // A token for more scopes also serves the base set (one Graph token carries every consented scope).
    if (scopeSet !== 'base') this.#cache.set('base', { token: result.accessToken, expiresAt });
    this.#setState({ status: 'signed-in', account: result.account });
    return result.accessToken;
  }

  #setState(state: AuthState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener(state);
  }
}

export function createKompasAuth(options: KompasAuthOptions): KompasAuth {
  return new Auth(options);
}
