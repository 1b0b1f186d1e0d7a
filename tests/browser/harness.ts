/**
 * The browser suite's world: the Graph emulator (with the demo seed when there is one), a production
 * build of the tab served by Vite's preview server with `/graph` proxied to the emulator, and one
 * headless Debian Chromium shared by every test (never a downloaded browser).
 *
 * Each test file gets its own emulator, preview server and browser (cheap); the build is made once
 * per `vitest run` and shared by every file of that run (see {@link sharedBuild}).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import axe, { type AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { z } from 'zod';
import { productionBuild } from '../../devtools/bench/bundle-size.ts';
import { CHROMIUM_PATH, launchChromium } from '../../devtools/chromium.ts';
import { startEmulator, type RunningEmulator } from '../../devtools/graph-emulator/server.ts';
import type { EmulatorStore } from '../../devtools/graph-emulator/store.ts';
import type { TrajectId } from '../../shared/domain/ids.ts';
import { GraphTrajectRepository } from '../../shared/graph/graph-repository.ts';
import { teamSitePath } from '../../shared/graph/items.ts';
import { provisionSite } from '../../shared/graph/provisioning.ts';
import { GraphTransport } from '../../shared/graph/transport.ts';
import { aTraject, frequency, list, text } from '../../shared/testing/builders.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const screensDir = path.join(root, '.tmp/screens');
/** One production build per vitest run: `run-<pid>-<start>/`, with `.lock`, `.done`, `.failed` beside it. */
const buildsDir = path.join(root, '.tmp/browser-builds');

export interface Harness {
  /** The tab's page, e.g. `http://127.0.0.1:4173/tab/index.html`. */
  readonly appUrl: string;
  readonly emulator: RunningEmulator;
  readonly browser: Browser;
  /** Whether the demo seed filled the emulator. */
  readonly seeded: boolean;
  /** A traject with partners, acties, indicators and warnings, for the screens' checks. */
  readonly richTrajectId: TrajectId;
  /** The production build being served (shared by every test file of the run). */
  readonly outDir: string;
  /**
   * The emulator's test controls (`POST /_emulator/<route>`); `control('faults')` switches faults off.
   * Faults and permissions hold for the whole emulator, so for every test of the file at once.
   */
  control(route: 'faults' | 'permissions' | 'reset' | 'stats/reset', body?: object): Promise<void>;
  close(): Promise<void>;
}

const SeedsSchema = z.object({
  seeds: z.object({ demo: z.custom<(store: EmulatorStore) => unknown>((v) => typeof v === 'function') }),
});

/** `seeds.demo` from devtools/demo-data once its engineer has written it; undefined before. */
async function demoSeed(): Promise<((store: EmulatorStore) => void | Promise<void>) | undefined> {
  const mod: unknown = await import('../../devtools/demo-data/index.ts');
  const parsed = SeedsSchema.safeParse(mod);
  if (!parsed.success) return undefined;
  const seed = parsed.data.seeds.demo;
  return async (store) => {
    await seed(store);
  };
}

async function waitForChromium(timeoutMs = 120_000): Promise<void> {
  // Chromium may still be installing from Debian's packages when the suite starts.
  const until = Date.now() + timeoutMs;
  while (!existsSync(CHROMIUM_PATH)) {
    if (Date.now() > until) throw new Error(`${CHROMIUM_PATH} not found: install Debian's chromium package`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export const DEMO_USER = 'demo@voorbeeldstad.nl';

/** The site the standalone tab uses: the demo user's first team, or the root site. */
function demoSitePath(store: EmulatorStore): string {
  const team = store.joinedGroups(DEMO_USER)[0];
  return team === undefined ? '/sites/root' : teamSitePath(team.id);
}

function graphClient(emulator: RunningEmulator, user: string) {
  // The emulator reads the user from a token that is an e-mail address.
  const transport = new GraphTransport({
    baseUrl: `${emulator.url}/v1.0`,
    tokens: { getToken: () => Promise.resolve(user) },
  });
  const sitePath = demoSitePath(emulator.store);
  return { transport, sitePath, repository: new GraphTrajectRepository({ transport, sitePath }) };
}

/**
 * The store as the app reaches it, from the test's side: to read what was saved, or to change a
 * record as someone else working in another tab. `user` defaults to the demo user.
 */
export function repositoryOf(harness: Pick<Harness, 'emulator'>, user = DEMO_USER): GraphTrajectRepository {
  return graphClient(harness.emulator, user).repository;
}

/**
 * A traject with something on every screen, written through the Graph repository as the app would.
 * The demo seed's own trajecten are used as they are when it exists.
 */
async function richTraject(emulator: RunningEmulator, seeded: boolean): Promise<TrajectId> {
  const { transport, sitePath, repository } = graphClient(emulator, DEMO_USER);
  if (seeded) {
    const first = (await repository.listTrajecten()).trajecten[0];
    if (first !== undefined) return first.id;
  }
  await provisionSite(transport, sitePath);
  const built = aTraject({
    id: 'traject-browser-1',
    naam: 'Samen tegen grensoverschrijdend gedrag',
    gemeente: 'Voorbeeldstad',
  })
    .withAnswer('0A.vraagstuk', text('Jongeren melden steeds vaker grensoverschrijdend gedrag online.'))
    .withAnswer(
      '0B.lv.afspraken',
      frequency({ interval: 3, unit: 'maanden' }, { volgendeDatum: '2025-01-15' }),
    )
    .withAnswer('2.resultaten', list('Minder jongeren maken grensoverschrijdend gedrag mee'))
    .withPartner({
      organisatie: 'GGD Voorbeeldregio',
      domein: 'gezondheidZorg',
      niveau: 'basisvoorzieningen',
      rollen: ['regie'],
      contactpersoon: 'Fatima Yilmaz',
      email: 'f.yilmaz@ggd.example',
    })
    .withPartner({ organisatie: 'Rutgers', rollen: ['kennispartner'] })
    .withIndicator(
      { naam: 'Meldingen bij het Centrum Seksueel Geweld', richting: 'lager', eenheid: 'meldingen' },
      [
        { datum: '2024-01-01', waarde: 48 },
        { datum: '2025-01-01', waarde: 41 },
      ],
    )
    .withActie({
      tekst: 'Voorlichting op alle middelbare scholen',
      eigenaar: DEMO_USER,
      deadline: '2025-02-01',
    })
    .withActie({ tekst: 'Jongerenpanel opzetten', eigenaar: 'Bas de Wit', status: 'bezig' })
    .build();
  await repository.save('traject', built.traject);
  for (const a of built.antwoorden) await repository.save('antwoord', a);
  for (const p of built.partners) await repository.save('partner', p);
  for (const i of built.indicatoren) await repository.save('indicator', i);
  for (const m of built.metingen) await repository.save('meting', m);
  for (const a of built.acties) await repository.save('actie', a);
  return built.traject.id;
}

/** The start time of a process (clock ticks since boot) on Linux; undefined elsewhere. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) may hold spaces, so count from its closing parenthesis.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

interface Owner {
  readonly pid: number;
  /** Tells a live owner from a later process that got the same pid. */
  readonly start: string | undefined;
}

function ownerName(owner: Owner): string {
  return `run-${owner.pid}-${owner.start ?? 'x'}`;
}

function alive(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if (!(error instanceof Error && 'code' in error && error.code === 'EPERM')) return false;
  }
  return owner.start === undefined || startTimeOf(owner.pid) === owner.start;
}

function parseOwner(name: string): Owner | undefined {
  const match = /^run-(\d+)-([^.-]+)/.exec(name);
  if (match === null) return undefined;
  return { pid: Number(match[1]), start: match[2] === 'x' ? undefined : match[2] };
}

/**
 * Whose build this process uses. vitest 4 runs test files in child processes forked by the main
 * process (the default `forks` pool), or in its worker threads (`threads`): either way the main
 * process is the one every file of a `vitest run` shares. Watch mode re-runs files after edits
 * without a new main process, and outside vitest there is no run: those build for themselves.
 */
function buildOwner(): { readonly owner: Owner; readonly shared: boolean } {
  const inRun = process.env['VITEST'] === 'true' && process.env['VITEST_MODE'] === 'RUN';
  const pid = inRun ? (isMainThread ? process.ppid : process.pid) : process.pid;
  return { owner: { pid, start: startTimeOf(pid) }, shared: inRun };
}

/** Builds of runs that have ended (and a half-done one of a crashed builder) are removed. */
async function pruneBuilds(keep: string): Promise<void> {
  for (const name of await readdir(buildsDir)) {
    const owner = parseOwner(name);
    if (owner === undefined || name === keep || name.startsWith(`${keep}.`) || alive(owner)) continue;
    await rm(path.join(buildsDir, name), { recursive: true, force: true });
  }
}

const LockSchema = z.object({ pid: z.number().int(), start: z.string().optional() });

/**
 * The tab's production build for this vitest run: the first test file to get here builds it under a
 * lock directory (`mkdir` is atomic), the others wait for its `.done` marker. A builder that died
 * half-way is noticed by its pid, and its lock taken over. Builds of finished runs are deleted.
 */
async function sharedBuild(timeoutMs = 180_000): Promise<{ readonly outDir: string; readonly own: boolean }> {
  await mkdir(buildsDir, { recursive: true });
  const { owner, shared } = buildOwner();
  const name = shared ? ownerName(owner) : `${ownerName(owner)}-${Date.now().toString(36)}`;
  await pruneBuilds(name);
  const outDir = path.join(buildsDir, name);
  const lock = `${outDir}.lock`;
  const done = `${outDir}.done`;
  const failed = `${outDir}.failed`;
  const me: Owner = { pid: process.pid, start: startTimeOf(process.pid) };
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(done)) return { outDir, own: !shared };
    if (existsSync(failed)) throw new Error(`the shared build failed: ${await readFile(failed, 'utf8')}`);
    let locked = false;
    try {
      await mkdir(lock);
      locked = true;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    if (locked) {
      await writeFile(path.join(lock, 'owner.json'), JSON.stringify(me));
      try {
        await productionBuild(outDir);
        await writeFile(done, new Date().toISOString());
      } catch (error) {
        await writeFile(failed, error instanceof Error ? (error.stack ?? error.message) : String(error));
        throw error;
      }
      return { outDir, own: !shared };
    }
    const holder = await readFile(path.join(lock, 'owner.json'), 'utf8').then(
      (text) => LockSchema.safeParse(JSON.parse(text)),
      () => undefined,
    );
    // A builder that died, or died between taking the lock and saying who it is.
    const orphaned =
      holder?.success === true
        ? !alive({ pid: holder.data.pid, start: holder.data.start })
        : Date.now() -
            (await stat(lock).then(
              (s) => s.mtimeMs,
              () => Date.now(),
            )) >
          30_000;
    if (orphaned) {
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for the shared build in ${outDir}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function removeBuild(outDir: string): Promise<void> {
  for (const suffix of ['', '.lock', '.done', '.failed']) {
    await rm(`${outDir}${suffix}`, { recursive: true, force: true });
  }
}

export async function startHarness(): Promise<Harness> {
  const seed = await demoSeed();
  const emulator = await startEmulator({ port: 0, ...(seed === undefined ? {} : { seed }) });
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let ownBuild: string | undefined;
  try {
    const { outDir, own } = await sharedBuild();
    if (own) ownBuild = outDir;
    // vite.config.ts reads it when the config is resolved, for the `/graph` proxy.
    process.env['KOMPAS_EMULATOR_URL'] = emulator.url;
    server = await preview({
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    const base = server.resolvedUrls?.local[0];
    if (base === undefined) throw new Error('vite preview did not report its address');
    await waitForChromium();
    browser = await launchChromium();
    await mkdir(screensDir, { recursive: true });
    const running = { server, browser };
    const appUrl = new URL('tab/index.html', base).toString();
    return {
      appUrl,
      emulator,
      browser,
      seeded: seed !== undefined,
      richTrajectId: await richTraject(emulator, seed !== undefined),
      outDir,
      async control(route, body) {
        // Only faults are switched off with DELETE; the others are POSTs, with `{}` as their default.
        const off = route === 'faults' && body === undefined;
        const response = await fetch(`${emulator.url}/_emulator/${route}`, {
          method: off ? 'DELETE' : 'POST',
          headers: { 'content-type': 'application/json' },
          ...(off ? {} : { body: JSON.stringify(body ?? {}) }),
        });
        if (!response.ok) throw new Error(`/_emulator/${route}: ${response.status} ${await response.text()}`);
      },
      async close() {
        await running.browser.close();
        await new Promise<void>((resolve, reject) =>
          running.server.httpServer.close((error) => (error ? reject(error) : resolve())),
        );
        await emulator.close();
        if (ownBuild !== undefined) await removeBuild(ownBuild);
      },
    };
  } catch (error) {
    await browser?.close();
    server?.httpServer.close();
    await emulator.close();
    if (ownBuild !== undefined) await removeBuild(ownBuild);
    throw error;
  }
}

/**
 * The test file's harness: started before its tests and closed after them. Its members can be read
 * in tests and hooks only, once the `beforeAll` registered here has run.
 */
export function useHarness(timeout = 180_000): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness();
  }, timeout);
  afterAll(async () => {
    await started?.close();
  });
  const get = (): Harness => {
    if (started === undefined) throw new Error('the harness is not started: read it in a test or a hook');
    return started;
  };
  return {
    get appUrl() {
      return get().appUrl;
    },
    get emulator() {
      return get().emulator;
    },
    get browser() {
      return get().browser;
    },
    get seeded() {
      return get().seeded;
    },
    get richTrajectId() {
      return get().richTrajectId;
    },
    get outDir() {
      return get().outDir;
    },
    control: (route, body) => get().control(route, body),
    close: () => get().close(),
  };
}

export interface PageOptions {
  readonly width?: number;
  readonly height?: number;
  readonly colorScheme?: 'light' | 'dark';
  readonly forcedColors?: 'active' | 'none';
}

/** A fresh browser context (own localStorage), so tests do not see each other's pending edits. */
export async function newPage(
  harness: Harness,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await harness.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** CSS selectors of the offending elements. */
  readonly nodes: readonly string[];
}

/**
 * axe-core, injected from the installed package, on the page as it is: every rule, or only the
 * rules named in `only` (e.g. the colour rules when only the theme differs).
 */
export async function axeViolations(page: Page, only?: readonly string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (rules) => {
    const injected = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe;
    const result = await injected.run(document, {
      resultTypes: ['violations'],
      ...(rules === undefined ? {} : { runOnly: { type: 'rule', values: rules } }),
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, only);
}

/** A full-page screenshot to `screensDir/<name>.png`, to look at after the run. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screensDir, `${name}.png`), fullPage: true });
}

/** Where the outbox keeps unsent changes in localStorage: one namespace per user. */
const PENDING = 'kompas:pending:';
/** The demo user's unsent changes: `<instance id>:<record key>` after this prefix. */
export const DEMO_PENDING = `${PENDING}${DEMO_USER}:`;

/** The outbox keeps unsent changes in localStorage: none left means everything is stored. */
export async function outboxEmpty(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (prefix) => !Object.keys(localStorage).some((k) => k.startsWith(prefix)),
    PENDING,
    { timeout },
  );
}

/** The demo user's unsent changes in the page's localStorage, as their full keys. */
export async function pendingKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)),
    DEMO_PENDING,
  );
}

/** Waits until the demo user has exactly `count` unsent changes in localStorage. */
export async function waitForPending(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    ([prefix, n]) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length === n,
    [DEMO_PENDING, count] as const,
    { timeout: 20_000 },
  );
}

/** A new traject from the start screen's form; resolves on its Overzicht. */
export async function createTraject(page: Page, naam: string, gemeente: string): Promise<void> {
  await page.getByRole('radio', { name: 'Een nieuw traject beginnen' }).check();
  await page.getByRole('textbox', { name: /Naam van het traject/ }).fill(naam);
  await page.getByRole('textbox', { name: /Gemeente of regio/ }).fill(gemeente);
  await page.getByRole('button', { name: 'Traject aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
}
