/**
 * The browser suite's world: the Graph emulator (with the demo seed when there is one), a production
 * build of the tab served by Vite's preview server with `/graph` proxied to the emulator, and one
 * headless Debian Chromium shared by every test (never a downloaded browser).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { z } from 'zod';
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
const outDir = path.join(root, '.tmp/browser-dist');
export const chromiumPath = '/usr/bin/chromium';

export interface Harness {
  /** The tab's page, e.g. `http://127.0.0.1:4173/tab/index.html`. */
  readonly appUrl: string;
  readonly emulator: RunningEmulator;
  readonly browser: Browser;
  /** Whether the demo seed filled the emulator. */
  readonly seeded: boolean;
  /** A traject with partners, acties, indicators and warnings, for the screens' checks. */
  readonly richTrajectId: TrajectId;
  /** The built entry's own JavaScript: the script and the modules it preloads. */
  readonly outDir: string;
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
  while (!existsSync(chromiumPath)) {
    if (Date.now() > until) throw new Error(`${chromiumPath} not found: install Debian's chromium package`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export const DEMO_USER = 'demo@voorbeeldstad.nl';

/** The site the standalone tab uses: the demo user's first team, or the root site. */
function demoSitePath(store: EmulatorStore): string {
  const team = store.joinedGroups(DEMO_USER)[0];
  return team === undefined ? '/sites/root' : teamSitePath(team.id);
}

/**
 * A traject with something on every screen, written through the Graph repository as the app would.
 * The demo seed's own trajecten are used as they are when it exists.
 */
async function richTraject(emulator: RunningEmulator, seeded: boolean): Promise<TrajectId> {
  const transport = new GraphTransport({
    baseUrl: `${emulator.url}/v1.0`,
    tokens: { getToken: () => Promise.resolve(DEMO_USER) },
  });
  const sitePath = demoSitePath(emulator.store);
  const repository = new GraphTrajectRepository({ transport, sitePath });
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

export async function startHarness(): Promise<Harness> {
  const seed = await demoSeed();
  const emulator = await startEmulator({ port: 0, ...(seed === undefined ? {} : { seed }) });
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    // vite.config.ts reads it when the config is resolved, for the `/graph` proxy.
    process.env['KOMPAS_EMULATOR_URL'] = emulator.url;
    const configFile = path.join(root, 'vite.config.ts');
    // A production build, also inside vitest (which sets NODE_ENV=test and would get React's development build).
    const nodeEnv = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      await build({
        configFile,
        mode: 'production',
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true, sourcemap: false },
      });
    } finally {
      process.env['NODE_ENV'] = nodeEnv;
    }
    server = await preview({
      configFile,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    const base = server.resolvedUrls?.local[0];
    if (base === undefined) throw new Error('vite preview did not report its address');
    await waitForChromium();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    await mkdir(screensDir, { recursive: true });
    const running = { server, browser };
    return {
      appUrl: new URL('tab/index.html', base).toString(),
      emulator,
      browser,
      seeded: seed !== undefined,
      richTrajectId: await richTraject(emulator, seed !== undefined),
      outDir,
      async close() {
        await running.browser.close();
        await new Promise<void>((resolve, reject) =>
          running.server.httpServer.close((error) => (error ? reject(error) : resolve())),
        );
        await emulator.close();
      },
    };
  } catch (error) {
    await browser?.close();
    server?.httpServer.close();
    await emulator.close();
    throw error;
  }
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
