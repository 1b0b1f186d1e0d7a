/**
 * Sign-in ports. The token logic in `shared/auth/` talks to MSAL (msal-browser v5) and to the host
 * (Teams, Word) only through these shapes; `tab/host/auth/` and `word-addin/host/auth/` adapt the
 * real libraries, tests use hand-written fakes.
 */

/** The signed-in account, as much of MSAL's `AccountInfo` as Kompas needs. */
export interface AuthAccount {
  readonly homeAccountId: string;
  readonly tenantId: string;
  /** UPN or e-mail address. */
  readonly username: string;
  readonly name?: string | undefined;
}

/** A token MSAL (or a sign-in window) handed over. Kept in memory only. */
export interface AuthTokenResult {
  readonly accessToken: string;
  /** When the token stops being valid; `null` when the issuer did not say. */
  readonly expiresOn: Date | null;
  readonly account: AuthAccount | null;
}

export interface AuthTokenRequest {
  /** Delegated Microsoft Graph scopes, e.g. `Sites.ReadWrite.All`. */
  readonly scopes: readonly string[];
  readonly account?: AuthAccount | undefined;
  readonly loginHint?: string | undefined;
}

/**
 * The part of an MSAL public client application Kompas uses. The same shape serves the nested
 * client (`createNestablePublicClientApplication`, NAA) and the standard one. Methods reject with
 * MSAL's own errors (`errorCode`, `subError`, `errorNo`); `shared/auth` reads those fields, never
 * the message.
 */
export interface MsalClient {
  getActiveAccount(): AuthAccount | null;
  getAllAccounts(): readonly AuthAccount[];
  acquireTokenSilent(request: AuthTokenRequest): Promise<AuthTokenResult>;
  /** Standard client: hidden iframe with the Entra session cookie; needs a login hint. */
  ssoSilent(request: AuthTokenRequest): Promise<AuthTokenResult>;
  /** Nested client: the host shows its own sign-in/consent dialog. */
  acquireTokenPopup(request: AuthTokenRequest): Promise<AuthTokenResult>;
  /** Standard client: forgets accounts and tokens locally (no navigation); absent on the nested one. */
  clearCache?(request?: { readonly account?: AuthAccount }): Promise<void>;
}

/** MSAL inside a sign-in window Kompas opened (Teams auth window, Office dialog): redirect flow. */
export interface MsalRedirectClient {
  /** The result when the window returns from Entra ID, otherwise `null`. */
  handleRedirectPromise(): Promise<AuthTokenResult | null>;
  /** Navigates this window (never the app's own window) to Entra ID. */
  acquireTokenRedirect(request: AuthTokenRequest): Promise<void>;
}

export type MsalKind = 'nested' | 'standard';

/** Creates MSAL when first needed, so the standalone demo never loads it. */
export type MsalLoader = (kind: MsalKind) => Promise<MsalClient>;

/** Who the host says is signed in; used to pick the account or as a login hint. */
export interface AccountHint {
  readonly loginHint?: string | undefined;
  readonly tenantId?: string | undefined;
  /** `<object id>.<tenant id>`, MSAL's home account id. */
  readonly homeAccountId?: string | undefined;
}

/**
 * A message from a sign-in window. `postMessage`: the host delivered `origin` and Kompas must check
 * it (Office dialog). `host-relay`: the host SDK relayed the result of the window it opened itself
 * (Teams `authentication.authenticate`), so there is no origin to check.
 */
export type AuthWindowReply =
  | { readonly kind: 'postMessage'; readonly origin: string; readonly message: string }
  | { readonly kind: 'host-relay'; readonly message: string };

/** What the host (Teams or Word) offers for sign-in. Implemented in `tab/host/auth` and `word-addin/host/auth`. */
export interface AuthHost {
  readonly kind: 'teams' | 'word';
  /**
   * Whether the host brokers tokens for nested apps: teams-js `nestedAppAuth.isNAAChannelRecommended()`,
   * Office `isSetSupported('NestedAppAuth', '1.1')`. Called after the host SDK is initialised.
   */
  isNestedAppAuthSupported(): boolean;
  accountHint(): Promise<AccountHint>;
  /**
   * Teams only: classic Teams SSO (`authentication.getAuthToken`). Its token is for Kompas's own API,
   * not for Graph, so Kompas only uses who it names (login hint, tenant).
   */
  readonly classicSsoIdentity?: (() => Promise<AccountHint>) | undefined;
  /**
   * Opens the host's sign-in window (Teams auth window, Office dialog) at `url` on Kompas's own origin
   * and resolves with the one message it sends back. Rejects with an `AuthError` when the window
   * could not open or was closed.
   */
  openAuthWindow(url: string): Promise<AuthWindowReply>;
}

/** Session-scoped key/value storage for a sign-in window (survives its redirect to Entra and back). */
export interface WindowStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}
