/**
 * `npm run emulator -- --port <p> [--data <dir>] [--seed demo|large|none]`: serves the Graph
 * emulator until SIGINT or SIGTERM. The first line on stdout is exactly
 * `Graph emulator listening on http://127.0.0.1:<port>`, so scripts can wait for it.
 * Seeding happens only on a new or empty data folder, so a restart keeps its data.
 */
import { z } from 'zod';
import { USAGE, parseCommandLine } from './cli-args.ts';
import type { EmulatorStore } from './store.ts';
import { startEmulator, type Seed } from './server.ts';

/** What `devtools/demo-data/index.ts` is expected to export once the seeds exist. */
const SeedModuleSchema = z.object({
  seeds: z
    .record(
      z.string(),
      z.custom<Seed>((value) => typeof value === 'function'),
    )
    .optional(),
});

function exit(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

async function loadSeed(name: 'demo' | 'large' | 'none'): Promise<Seed | undefined> {
  if (name === 'none') return undefined;
  const module: unknown = await import('../demo-data/index.ts');
  const parsed = SeedModuleSchema.safeParse(module);
  const seed = parsed.success ? parsed.data.seeds?.[name] : undefined;
  if (seed === undefined) {
    return exit(
      `The '${name}' seed is not available: devtools/demo-data/index.ts does not export seeds.${name} yet. Use --seed none.`,
      1,
    );
  }
  return async (store: EmulatorStore) => {
    const started = Date.now();
    await seed(store);
    console.error(`Seeded '${name}' in ${Date.now() - started} ms.`);
  };
}

async function main(): Promise<void> {
  const parsed = parseCommandLine(process.argv.slice(2));
  if (!parsed.ok) return exit(`${parsed.message}\n${USAGE}`, 2);
  const { args } = parsed;
  const seed = await loadSeed(args.seed);
  const emulator = await startEmulator({
    port: args.port,
    host: args.host,
    ...(args.data === undefined ? {} : { dataDir: args.data }),
    ...(seed === undefined ? {} : { seed }),
  });
  console.log(`Graph emulator listening on ${emulator.url}`);
  let stopping = false;
  const stop = (): void => {
    // A terminal signals the whole process group and tsx relays it too: the second must not kill the save.
    if (stopping) return;
    stopping = true;
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => exit(`Closing the emulator failed: ${String(error)}`, 1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) =>
  exit(`The Graph emulator could not start: ${error instanceof Error ? error.message : String(error)}`, 1),
);
