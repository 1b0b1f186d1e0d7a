/**
 * Sign-in inside Teams: the real msal-browser and teams-js behind the ports of `shared/ports/auth.ts`.
 * Loaded with `import()` only when the tab runs in Teams (see ./index.ts), so the standalone demo
 * never downloads MSAL.
 */
import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
} from '@azure/msal-browser';
import { app, authentication, nestedAppAuth } from '@microsoft/teams-js';
import type { AuthConfig } from '../../../shared/auth/config.ts';
import { adaptMsalClient, msalConfiguration } from '../../../shared/auth/msal-shape.ts';
import { createKompasAuth, type KompasAuth } from '../../../shared/auth/provider.ts';
import type { Clock } from '../../../shared/domain/time.ts';
import type { AccountHint, AuthHost, MsalClient } from '../../../shared/ports/auth.ts';
import { identityFromToken } from './jwt.ts';
import { teamsWindowFailure } from './teams-errors.ts';

/** Size of the Teams sign-in window (Teams' own defaults are smaller than Entra's page). */
const WINDOW = { width: 600, height: 640 } as const;

export const teamsAuthHost: AuthHost = {
  kind: 'teams',
  isNestedAppAuthSupported: () => nestedAppAuth.isNAAChannelRecommended(),
  async accountHint(): Promise<AccountHint> {
    const { user } = await app.getContext();
    const tenantId = user?.tenant?.id;
    return {
      ...(user?.loginHint === undefined ? {} : { loginHint: user.loginHint }),
      ...(tenantId === undefined ? {} : { tenantId }),
      ...(user?.id === undefined || tenantId === undefined
        ? {}
        : { homeAccountId: `${user.id}.${tenantId}` }),
    };
  },
  classicSsoIdentity: async () => identityFromToken(await authentication.getAuthToken({ silent: true })),
  async openAuthWindow(url) {
    try {
      const message = await authentication.authenticate({ url, ...WINDOW });
      return { kind: 'host-relay', message };
    } catch (error) {
      throw teamsWindowFailure(error);
    }
  },
};

async function loadMsal(config: AuthConfig, kind: 'nested' | 'standard'): Promise<MsalClient> {
  const configuration = msalConfiguration(config);
  const pca =
    kind === 'nested'
      ? await createNestablePublicClientApplication(configuration)
      : await createStandardPublicClientApplication(configuration);
  return adaptMsalClient(pca);
}

/** Teams' token provider. teams-js is initialised first: MSAL's nested client needs the Teams bridge. */
export async function createTeamsAuth(config: AuthConfig, clock: Clock): Promise<KompasAuth> {
  await app.initialize();
  return createKompasAuth({ host: teamsAuthHost, config, clock, loadMsal: (kind) => loadMsal(config, kind) });
}
