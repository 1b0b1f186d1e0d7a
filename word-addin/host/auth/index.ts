/**
 * The task pane's sign-in: the demo user against the local emulator, MSAL with Office otherwise.
 * MSAL is imported dynamically, so the demo never loads it.
 */
import { readAuthConfig } from '../../../shared/auth/config.ts';
import { createDemoAuth } from '../../../shared/auth/demo.ts';
import type { KompasAuth } from '../../../shared/auth/provider.ts';
import type { Clock } from '../../../shared/domain/time.ts';

export interface WordAuthOptions {
  /** `import.meta.env`: the build's `VITE_KOMPAS_*` settings (see devtools/package). */
  readonly env: unknown;
  readonly clock: Clock;
}

export async function loadWordAuth(
  mode: 'office' | 'standalone',
  options: WordAuthOptions,
): Promise<KompasAuth> {
  if (mode === 'standalone') return createDemoAuth();
  const config = readAuthConfig(options.env);
  const { createWordAuth } = await import('./word-auth.ts');
  return createWordAuth(config, options.clock);
}
