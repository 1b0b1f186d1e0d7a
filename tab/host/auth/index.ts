/**
 * The tab's sign-in, chosen by host: the demo user in standalone mode (the local emulator, no MSAL),
 * MSAL with Teams otherwise. MSAL and teams-js are imported dynamically so the standalone bundle
 * never loads them.
 */
import { readAuthConfig } from '../../../shared/auth/config.ts';
import { createDemoAuth } from '../../../shared/auth/demo.ts';
import type { KompasAuth } from '../../../shared/auth/provider.ts';
import type { Clock } from '../../../shared/domain/time.ts';
import type { HostKind } from '../detect.ts';

export interface TabAuthOptions {
  /** `import.meta.env`: the build's `VITE_KOMPAS_*` settings (see devtools/package). */
  readonly env: unknown;
  readonly clock: Clock;
}

export async function loadTabAuth(kind: HostKind, options: TabAuthOptions): Promise<KompasAuth> {
  if (kind === 'standalone') return createDemoAuth();
  const config = readAuthConfig(options.env);
  const { createTeamsAuth } = await import('./teams-auth.ts');
  return createTeamsAuth(config, options.clock);
}
