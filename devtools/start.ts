/**
 * `npm start`: the Graph emulator (state in `.data/emulator`, the `demo` seed on the first run)
 * behind the web app on Vite's dev server, whose `/graph` proxy reaches the emulator. Prints, each
 * on its own line: the emulator's listening line, the tab's URL and the Word add-in's URL; Ctrl+C
 * stops both (the emulator saves its state on the way out).
 *
 * Environment: KOMPAS_EMULATOR_PORT (4100), KOMPAS_PORT (5173), KOMPAS_DATA_DIR (.data/emulator),
 * KOMPAS_SEED (demo | large | none; used on the first run only).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { z } from 'zod';
import { startEmulator, type RunningEmulator, type Seed } from './graph-emulator/server.ts';

const root = path.resolve(import.meta.dirname, '..');

const port = (name: string, fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} moet een poortnummer zijn`)
    .transform(Number)
    .pipe(z.number().int().max(65_535, `${name} moet een poortnummer tot en met 65535 zijn`))
    .optional()
    .transform((value) => value ?? fallback);

const EnvSchema = z.object({
  KOMPAS_EMULATOR_PORT: port('KOMPAS_EMULATOR_PORT', 4100),
  KOMPAS_PORT: port('KOMPAS_PORT', 5173),
  KOMPAS_DATA_DIR: z
    .string()
    .min(1)
    .optional()
    .transform((dir) => path.resolve(root, dir ?? '.data/emulator')),
  KOMPAS_SEED: z
    .enum(['demo', 'large', 'none'], { error: 'KOMPAS_SEED moet demo, large of none zijn' })
    .default('demo'),
});

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function portInUse(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = 'code' in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : '';
  return code === 'EADDRINUSE' || /already in use/i.test(message);
}

function portTaken(what: string, port: number, variable: string): string {
  return `Poort ${port} is al in gebruik, dus ${what} kan niet starten. Stop het programma dat die poort gebruikt, of kies een andere poort: ${variable}=<poort> npm start`;
}

async function main(): Promise<void> {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? 'Ongeldige omgevingsvariabelen', 2);
  const env = parsed.data;
  const name = env.KOMPAS_SEED;
  // Loaded only when the data folder is new: later starts skip the seed's modules.
  const seed: Seed | undefined =
    name === 'none' ? undefined : async (store) => (await import('./demo-data/index.ts')).seeds[name](store);

  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({
      port: env.KOMPAS_EMULATOR_PORT,
      dataDir: env.KOMPAS_DATA_DIR,
      ...(seed === undefined ? {} : { seed }),
    });
  } catch (error) {
    if (portInUse(error))
      return fail(portTaken('de Graph-emulator', env.KOMPAS_EMULATOR_PORT, 'KOMPAS_EMULATOR_PORT'), 1);
    return fail(
      `De Graph-emulator kon niet starten: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
  console.log(`Graph emulator listening on ${emulator.url}`);

  // vite.config.ts reads it when the server loads its config.
  process.env['KOMPAS_EMULATOR_URL'] = emulator.url;
  let vite: ViteDevServer;
  try {
    // Loaded only now: the emulator's line comes first, and a taken emulator port fails fast.
    const { createServer } = await import('vite');
    vite = await createServer({
      configFile: path.join(root, 'vite.config.ts'),
      root,
      clearScreen: false,
      logLevel: 'warn',
      server: {
        port: env.KOMPAS_PORT,
        strictPort: true,
        host: 'localhost',
        // The emulator's state file changes all the time; it is no source.
        watch: { ignored: ['**/.data/**', `${env.KOMPAS_DATA_DIR}/**`] },
      },
    });
    await vite.listen();
  } catch (error) {
    await emulator.close();
    if (portInUse(error)) return fail(portTaken('de web-app', env.KOMPAS_PORT, 'KOMPAS_PORT'), 1);
    return fail(`De web-app kon niet starten: ${error instanceof Error ? error.message : String(error)}`, 1);
  }

  const base = (vite.resolvedUrls?.local[0] ?? `http://localhost:${env.KOMPAS_PORT}/`).replace(/\/?$/, '/');
  console.log(`Tab: ${base}tab/`);
  // Only a page that exists: until the add-in is built there is nothing to serve.
  const addIn = existsSync(path.join(root, 'word-addin', 'index.html'));
  console.log(addIn ? `Word add-in: ${base}word-addin/` : 'Word add-in: (nog niet beschikbaar)');
  const relative = path.relative(root, env.KOMPAS_DATA_DIR);
  const dataDir = relative === '' || relative.startsWith('..') ? env.KOMPAS_DATA_DIR : relative;
  console.error(`Gegevens in ${dataDir} (verwijder de map om opnieuw te beginnen). Stoppen: Ctrl+C.`);

  let stopping = false;
  const stop = (): void => {
    // A terminal signals the whole process group and tsx relays it too: the second must not interrupt the save.
    if (stopping) return;
    stopping = true;
    Promise.allSettled([vite.close(), emulator.close()]).then(
      (results) => {
        const failed = results.find((r) => r.status === 'rejected');
        if (failed === undefined) process.exit(0);
        fail(`Stoppen ging mis: ${String(failed.reason)}`, 1);
      },
      (error: unknown) => fail(`Stoppen ging mis: ${String(error)}`, 1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) =>
  fail(`Kompas kon niet starten: ${error instanceof Error ? error.message : String(error)}`, 1),
);
