import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialJs, initialScripts } from '../../../devtools/bench/bundle-size.ts';

const page = `<!doctype html>
<html>
  <head>
    <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
    <script type="module" crossorigin src="/assets/word-B1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-C2.js">
    <link rel="modulepreload" crossorigin href="/assets/runtime-C2.js">
    <link rel="stylesheet" href="/assets/word-D3.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kompas-bundle-'));
  await mkdir(path.join(dir, 'assets'));
  await mkdir(path.join(dir, 'word-addin'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('what a first paint downloads', () => {
  it('is the entry script and its preloaded modules from /assets, each once; not CDN scripts or CSS', () => {
    expect(initialScripts(page)).toEqual(['assets/word-B1.js', 'assets/runtime-C2.js']);
  });

  it('sums the gzip size of each of those files', async () => {
    const entry = 'import "./runtime-C2.js";\n'.repeat(200);
    const runtime = 'export const x = 1;\n'.repeat(50);
    await writeFile(path.join(dir, 'word-addin/index.html'), page);
    await writeFile(path.join(dir, 'assets/word-B1.js'), entry);
    await writeFile(path.join(dir, 'assets/runtime-C2.js'), runtime);
    await writeFile(path.join(dir, 'assets/word-D3.css'), 'body { margin: 0 }'.repeat(500));
    const measured = await initialJs(dir, 'word-addin/index.html');
    expect(measured.files).toEqual(['assets/word-B1.js', 'assets/runtime-C2.js']);
    expect(measured.gzipBytes).toBe(gzipSync(entry).length + gzipSync(runtime).length);
  });

  it('refuses a page that loads no script of its own', async () => {
    await writeFile(path.join(dir, 'word-addin/index.html'), '<!doctype html><title>leeg</title>');
    await expect(initialJs(dir, 'word-addin/index.html')).rejects.toThrow(/loads no script/);
  });
});
