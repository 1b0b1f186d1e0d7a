/**
 * What a host's first paint downloads: the production build's entry script and the modules its HTML
 * preloads (`<script src>` and `<link rel="modulepreload" href>` under `/assets/`), gzipped one
 * by one as a server would send them. Scripts from elsewhere (Office.js from Microsoft's CDN) and
 * chunks loaded later with `import()` are not counted. Shared by `npm run bench` and the tests.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');

/** The HTML page of each host in the build output. */
export const hostPages = { tab: 'tab/index.html', addin: 'word-addin/index.html' } as const;
export type HostName = keyof typeof hostPages;

export interface InitialJs {
  /** Paths relative to the build folder, in the order the page names them. */
  readonly files: readonly string[];
  /** Sum of each file's gzip size. */
  readonly gzipBytes: number;
}

/** The scripts a built page loads before it can paint: `/assets/*.js` in `src` or `href`. */
export function initialScripts(html: string): string[] {
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return [...new Set(files.filter((f) => f !== ''))];
}

export async function initialJs(outDir: string, page: string): Promise<InitialJs> {
  const files = initialScripts(await readFile(path.join(outDir, page), 'utf8'));
  if (files.length === 0) throw new Error(`${page} in ${outDir} loads no script from /assets/`);
  let gzipBytes = 0;
  for (const file of files) gzipBytes += gzipSync(await readFile(path.join(outDir, file))).length;
  return { files, gzipBytes };
}

/**
 * A production build of both hosts into `outDir` (React's production build needs NODE_ENV, which
 * vitest sets to `test`), without source maps.
 */
export async function productionBuild(outDir: string): Promise<void> {
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}
