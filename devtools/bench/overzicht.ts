/**
 * How long the standalone tab takes to show the `large` seed's big traject's Overzicht in Debian's
 * headless Chromium: the production build served by Vite's preview server, `/graph` proxied to a
 * Graph emulator that answers every request after `latencyMs`, as a far-away Graph would.
 *
 * "Interactive" is the first DOM state in which `main` holds the level-1 heading "Overzicht",
 * rendered (`checkVisibility()`), and neither `main` nor the header holds a Fluent skeleton
 * (`.fui-Skeleton`) any more: the traject and every section of the Overzicht have their data. It
 * is timed from navigation start (`performance.now()` of the new document) by a MutationObserver
 * the page gets before its own scripts run. Each run uses a fresh browser context: empty cache,
 * empty localStorage, so nothing is left in the outbox.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { z } from 'zod';
import { LARGE_BIG_TRAJECT_ID, LARGE_GROUP_ID, DEMO_USER, seeds } from '../demo-data/index.ts';
import { startEmulator, type RunningEmulator } from '../graph-emulator/server.ts';
import { listDefinitions } from '../../shared/graph/lists/index.ts';
import { teamSitePath } from '../../shared/graph/items.ts';
import { launchChromium } from '../chromium.ts';

const root = path.resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 60_000;

export interface OverzichtOptions {
  /** The production build to serve (see bundle-size.ts `productionBuild`). */
  readonly outDir: string;
  /** Measured runs; one more runs first to warm the servers up and is not counted. */
  readonly runs: number;
  readonly roundTrips: number;
  readonly latencyMs: number;
  readonly progress: (message: string) => void;
}

export interface OverzichtTimings {
  /** Navigation start to interactive, per measured run. */
  readonly overzichtMs: readonly number[];
  /** One GET of one list item through the same proxy and latency, from the same browser. */
  readonly roundTripMs: readonly number[];
}

/** Runs in the page before its scripts: records when the Overzicht first became interactive. */
const READY_PROBE = `(() => {
  const ready = () => {
    const heading = document.querySelector('main h1');
    if (heading === null || heading.textContent.trim() !== 'Overzicht') return false;
    if (document.querySelector('main .fui-Skeleton, header .fui-Skeleton') !== null) return false;
    return heading.checkVisibility();
  };
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    window.__kompasOverzichtReadyAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;

const ReadyAtSchema = z.number().nonnegative();
const TimesSchema = z.array(z.number().nonnegative());

async function control(emulator: RunningEmulator, route: string, body: object): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`/_emulator/${route}: ${response.status} ${await response.text()}`);
}

async function servePreview(outDir: string, emulatorUrl: string): Promise<PreviewServer> {
  // vite.config.ts reads it for the `/graph` proxy when the config is resolved.
  const before = process.env['KOMPAS_EMULATOR_URL'];
  process.env['KOMPAS_EMULATOR_URL'] = emulatorUrl;
  try {
    return await preview({
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
  } finally {
    if (before === undefined) delete process.env['KOMPAS_EMULATOR_URL'];
    else process.env['KOMPAS_EMULATOR_URL'] = before;
  }
}

async function openOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  try {
    await context.addInitScript({ content: READY_PROBE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    try {
      const handle = await page.waitForFunction(
        () => (window as { __kompasOverzichtReadyAt?: number }).__kompasOverzichtReadyAt,
        undefined,
        { timeout: READY_TIMEOUT_MS, polling: 50 },
      );
      return ReadyAtSchema.parse(await handle.jsonValue());
    } catch (error) {
      const main = await page
        .locator('main')
        .innerText({ timeout: 1_000 })
        .catch(() => '(no main)');
      throw new Error(
        `the Overzicht did not become interactive within ${READY_TIMEOUT_MS / 1000} s at ${url}; ` +
          `main shows: ${main.slice(0, 300)}; page errors: ${errors.join(' | ') || 'none'}`,
        { cause: error },
      );
    }
  } finally {
    await context.close();
  }
}

/** The big traject's own list item, as the app's store addresses it. */
function trajectItemPath(emulator: RunningEmulator): string {
  const { listName } = listDefinitions.traject;
  const site = emulator.store.groupSite(LARGE_GROUP_ID);
  const item = emulator.store
    .items(site.id, listName)
    .find((i) => i.fields['KompasId'] === LARGE_BIG_TRAJECT_ID);
  if (item === undefined) throw new Error('the large seed has no item for its big traject');
  return `${teamSitePath(LARGE_GROUP_ID)}/lists/${listName}/items/${item.id}?$expand=fields`;
}

async function roundTrips(
  browser: Browser,
  base: string,
  itemPath: string,
  count: number,
): Promise<number[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // A blank page on the tab's origin (served by the browser, so no app runs beside the timing):
    // the requests take the tab's way, through the preview server's proxy.
    const blank = new URL('bench-blank.html', base).toString();
    await page.route(blank, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto(blank);
    const times = await page.evaluate(
      async ({ url, token, n }) => {
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const start = performance.now();
          const response = await fetch(url, {
            headers: { authorization: `Bearer ${token}` },
            cache: 'no-store',
          });
          await response.text();
          if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
          out.push(performance.now() - start);
        }
        return out;
      },
      { url: new URL(`graph/v1.0${itemPath}`, base).toString(), token: DEMO_USER.upn, n: count },
    );
    return TimesSchema.parse(times);
  } finally {
    await context.close();
  }
}

export async function measureOverzicht(options: OverzichtOptions): Promise<OverzichtTimings> {
  const { progress } = options;
  progress('overzicht: seeding the large emulator');
  const emulator = await startEmulator({ port: 0, seed: seeds.large });
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await servePreview(options.outDir, emulator.url);
    const base = server.resolvedUrls?.local[0];
    if (base === undefined) throw new Error('vite preview did not report its address');
    await control(emulator, 'faults', { latencyMs: options.latencyMs });
    browser = await launchChromium();

    // The team parameter picks the large seed's team, of which the demo user is a member.
    const url = new URL('tab/index.html', base);
    url.searchParams.set('team', LARGE_GROUP_ID);
    url.searchParams.set('traject', LARGE_BIG_TRAJECT_ID);
    url.hash = '#/overzicht';
    const overzichtMs: number[] = [];
    for (let run = 0; run <= options.runs; run++) {
      const ms = await openOnce(browser, url.toString());
      progress(`overzicht: run ${run}${run === 0 ? ' (warm-up)' : ''}: ${ms.toFixed(0)} ms`);
      if (run > 0) overzichtMs.push(ms);
    }
    const roundTripMs = await roundTrips(browser, base, trajectItemPath(emulator), options.roundTrips);
    return { overzichtMs, roundTripMs };
  } finally {
    await browser?.close();
    if (server !== undefined) await server.close();
    await emulator.close();
  }
}
