/**
 * Standalone mode (the local Graph emulator): no MSAL, no Entra ID. The emulator takes an e-mail
 * address as the bearer token and treats it as the signed-in user (devtools/graph-emulator/auth.ts).
 */
import type { AuthAccount } from '../ports/auth.ts';
import type { TokenProvider } from '../ports/token-provider.ts';
import type { AuthOutcome, AuthState, KompasAuth } from './provider.ts';

export const DEMO_UPN = 'demo@voorbeeldstad.nl';

export function createDemoAuth(upn: string = DEMO_UPN, displayName = 'Demogebruiker'): KompasAuth {
  const account: AuthAccount = {
    homeAccountId: `demo.${upn}`,
    tenantId: 'demo',
    username: upn,
    name: displayName,
  };
  const state: AuthState = { status: 'signed-in', account };
  const getToken = (): Promise<string> => Promise.resolve(upn);
  const provider: TokenProvider = { getToken };
  return {
    getToken,
    tokenProvider: () => provider,
    signIn: (): Promise<AuthOutcome> => Promise.resolve({ ok: true, account }),
    state: () => state,
    subscribe: () => () => undefined,
  };
}
