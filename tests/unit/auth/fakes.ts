/** Hand-written fakes of MSAL and the hosts for the sign-in tests. */
import type {
  AccountHint,
  AuthAccount,
  AuthHost,
  AuthTokenRequest,
  AuthTokenResult,
  AuthWindowReply,
  MsalClient,
  MsalKind,
  MsalLoader,
  MsalRedirectClient,
  WindowStore,
} from '../../../shared/ports/auth.ts';
import type { FakeClock } from '../../../shared/testing/fake-clock.ts';
import type { AuthConfig } from '../../../shared/auth/config.ts';

export const config: AuthConfig = {
  clientId: '11111111-2222-3333-4444-555555555555',
  tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  appOrigin: 'https://kompas.voorbeeldstad.nl',
  siteAccess: 'all',
};

export const alice: AuthAccount = {
  homeAccountId: `oid-alice.${config.tenantId}`,
  tenantId: config.tenantId,
  username: 'alice@voorbeeldstad.nl',
  name: 'Alice',
};

/** An error shaped like MSAL's AuthError family: codes in fields, free text in the message. */
export class FakeMsalError extends Error {
  constructor(
    readonly errorCode: string,
    readonly subError = '',
    readonly errorNo?: string,
    message = 'free text that must never be branched on',
  ) {
    super(message);
  }
}

export type Step = AuthTokenResult | Error;

export function tokenResult(
  token: string,
  clock: FakeClock,
  minutes = 60,
  account: AuthAccount | null = alice,
): AuthTokenResult {
  return { accessToken: token, expiresOn: new Date(clock.now().getTime() + minutes * 60_000), account };
}

/** A scripted MSAL: each method plays its queue of results or errors and records its requests. */
export class FakeMsal implements MsalClient {
  readonly calls: { method: string; request: AuthTokenRequest }[] = [];
  readonly silent: Step[] = [];
  readonly sso: Step[] = [];
  readonly popup: Step[] = [];
  accounts: AuthAccount[] = [];
  active: AuthAccount | null = null;

  getActiveAccount(): AuthAccount | null {
    return this.active;
  }
  getAllAccounts(): readonly AuthAccount[] {
    return this.accounts;
  }
  acquireTokenSilent(request: AuthTokenRequest): Promise<AuthTokenResult> {
    return this.#play('acquireTokenSilent', request, this.silent);
  }
  ssoSilent(request: AuthTokenRequest): Promise<AuthTokenResult> {
    return this.#play('ssoSilent', request, this.sso);
  }
  acquireTokenPopup(request: AuthTokenRequest): Promise<AuthTokenResult> {
    return this.#play('acquireTokenPopup', request, this.popup);
  }
  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }
  #play(method: string, request: AuthTokenRequest, queue: Step[]): Promise<AuthTokenResult> {
    this.calls.push({ method, request });
    const step = queue.shift();
    if (step === undefined) return Promise.reject(new Error(`FakeMsal: no scripted ${method}`));
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
  }
}

export class FakeHost implements AuthHost {
  readonly opened: string[] = [];
  readonly replies: (AuthWindowReply | Error)[] = [];
  nested = true;
  hint: AccountHint = {
    loginHint: alice.username,
    tenantId: config.tenantId,
    homeAccountId: alice.homeAccountId,
  };
  classicSsoIdentity: (() => Promise<AccountHint>) | undefined;

  constructor(readonly kind: 'teams' | 'word') {}

  isNestedAppAuthSupported(): boolean {
    return this.nested;
  }
  accountHint(): Promise<AccountHint> {
    return Promise.resolve(this.hint);
  }
  openAuthWindow(url: string): Promise<AuthWindowReply> {
    this.opened.push(url);
    const reply = this.replies.shift();
    if (reply === undefined) return Promise.reject(new Error('FakeHost: no scripted window reply'));
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
  }
}

/** Hands out one fake MSAL per kind and records which kinds were loaded. */
export function loaderFor(clients: Partial<Record<MsalKind, FakeMsal>>): MsalLoader & { loaded: MsalKind[] } {
  const loaded: MsalKind[] = [];
  const loader = (kind: MsalKind): Promise<MsalClient> => {
    loaded.push(kind);
    const client = clients[kind];
    return client ? Promise.resolve(client) : Promise.reject(new Error(`no ${kind} MSAL`));
  };
  return Object.assign(loader, { loaded });
}

export class FakeRedirectMsal implements MsalRedirectClient {
  redirects: AuthTokenRequest[] = [];
  constructor(
    public result: AuthTokenResult | null | Error,
    public redirectError?: Error,
  ) {}
  handleRedirectPromise(): Promise<AuthTokenResult | null> {
    return this.result instanceof Error ? Promise.reject(this.result) : Promise.resolve(this.result);
  }
  acquireTokenRedirect(request: AuthTokenRequest): Promise<void> {
    this.redirects.push(request);
    return this.redirectError ? Promise.reject(this.redirectError) : Promise.resolve();
  }
}

export class MemoryStore implements WindowStore {
  readonly map = new Map<string, string>();
  get(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.map.set(key, value);
  }
  remove(key: string): void {
    this.map.delete(key);
  }
}
