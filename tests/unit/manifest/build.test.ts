/**
 * The one slow test: a real `npx vite build` of Kompas's sign-in pages with an installation's
 * settings. (The full app build also needs tab/index.html and word-addin/index.html, which other
 * parts of the app provide; `npm run package` checks for them.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb, verifyWebOutput } from '../../../devtools/package/build.ts';
import { completeWebOutput } from '../../../devtools/package/package.ts';
import { viteEnv } from '../../../devtools/package/settings.ts';
import { authPages } from '../../../shared/auth/config.ts';
import { settings } from './fixtures.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const temp = mkdtempSync(path.join(tmpdir(), 'kompas-build-'));
const outDir = path.join(temp, 'web');
const pages = Object.values(authPages).map((p) => p.slice(1));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

beforeAll(async () => {
  const config = path.join(temp, 'vite.config.mjs');
  const input = Object.fromEntries(pages.map((p) => [p.replace(/\W+/g, '-'), path.join(root, p)]));
  writeFileSync(
    config,
    `export default ${JSON.stringify({ root, logLevel: 'warn', build: { rollupOptions: { input } } })};\n`,
  );
  await buildWeb({ cwd: root, outDir, env: viteEnv(settings), configFile: config });
  completeWebOutput(outDir);
}, 120_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('production build of the sign-in pages', () => {
  it('emits every sign-in page without inline script', () => {
    expect(verifyWebOutput(outDir, pages)).toEqual([]);
  });

  it('bakes the installation’s client id, tenant and origin into the bundle', () => {
    const js = files(outDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(js).toContain(settings.clientId);
    expect(js).toContain(settings.tenantId);
    expect(js).toContain(settings.origin);
  });

  it('adds the add-in icons and the Static Web Apps config next to the pages', () => {
    const names = files(outDir).map((f) => path.relative(outDir, f));
    expect(names).toEqual(
      expect.arrayContaining(['icons/kompas-16.png', 'icons/kompas-80.png', 'staticwebapp.config.json']),
    );
  });

  it('reports a missing page and an inline script', () => {
    writeFileSync(
      path.join(outDir, 'bad.html'),
      '<!doctype html><html><body><script>alert(1)</script></body></html>',
    );
    const problems = verifyWebOutput(outDir, [...pages, 'tab/index.html']);
    expect(problems.some((p) => p.startsWith('tab/index.html ontbreekt'))).toBe(true);
    expect(problems.some((p) => p.startsWith('bad.html: inline <script>'))).toBe(true);
  });
});
