/**
 * The production web build (`npx vite build`) with the installation's settings as Vite env vars,
 * and the checks that the output is deployable: every page the manifests and sign-in point to
 * exists, and no page holds a script the Content-Security-Policy would block.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { authPages } from '../../shared/auth/config.ts';
import { inlineScriptProblems } from './html.ts';

/** Pages the manifests (tab, task pane) and sign-in (bridge, Teams window, Office dialog) load. */
export const requiredPages: readonly string[] = [
  'tab/index.html',
  'word-addin/index.html',
  ...Object.values(authPages).map((p) => p.slice(1)),
];

export interface BuildOptions {
  /** The directory `npx vite build` runs in (the repository). */
  readonly cwd: string;
  readonly outDir: string;
  /** Extra environment, e.g. `VITE_KOMPAS_CLIENT_ID`. */
  readonly env: Readonly<Record<string, string>>;
  /** A Vite config other than the repository's (tests). */
  readonly configFile?: string;
}

export function buildWeb(options: BuildOptions): Promise<void> {
  const args = ['vite', 'build', '--outDir', options.outDir, '--emptyOutDir', '--logLevel', 'warn'];
  if (options.configFile !== undefined) args.push('--config', options.configFile);
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npx vite build stopte met code ${String(code)}.`)),
    );
  });
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Problems with a built web app, in Dutch; empty when it can be deployed. */
export function verifyWebOutput(dir: string, pages: readonly string[] = requiredPages): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    if (!existsSync(path.join(dir, page))) {
      problems.push(
        `${page} ontbreekt in de build: staat de pagina als invoer in vite.config.ts (build.rollupOptions.input)?`,
      );
    }
  }
  for (const file of htmlFiles(dir)) {
    for (const problem of inlineScriptProblems(readFileSync(file, 'utf8'))) {
      problems.push(`${path.relative(dir, file)}: ${problem}, dat de Content-Security-Policy blokkeert.`);
    }
  }
  return problems;
}
