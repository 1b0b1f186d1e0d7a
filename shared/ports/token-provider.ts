/**
 * Gives an access token for Microsoft Graph. Hosts implement it (Teams SSO with on-behalf-of,
 * MSAL in the Word add-in, a JWT-shaped demo token against the local emulator, shared/auth/demo.ts).
 */
export interface TokenProvider {
  /**
   * A bearer token valid now. Called before every attempt of every request, so an
   * implementation caches and refreshes; the transport never stores or logs the token.
   */
  getToken(): Promise<string>;
}
