/**
 * `npm run package [-- --skip-build] [--out <dir>] [--settings-file <file>]`
 *
 * Reads the settings (docs/deployment.nl.md, "Bouwen met jullie gegevens") from the environment
 * and `.env.package.user`, checks them, builds Kompas for production and writes the Teams app
 * package and the Word manifest. Exit code 1 with every problem named when something is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageVersion, PackageError, runPackage } from './package.ts';
import { repoRoot } from './render.ts';
import { parseEnvFile, readSettings } from './settings.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'skip-build': { type: 'boolean', default: false },
      out: { type: 'string', default: path.join(repoRoot, 'dist') },
      'settings-file': { type: 'string', default: path.join(repoRoot, '.env.package.user') },
    },
    strict: true,
  });
  const envFile = path.resolve(values['settings-file']);
  const file = existsSync(envFile) ? parseEnvFile(readFileSync(envFile, 'utf8')) : undefined;
  const read = readSettings({
    env: process.env,
    ...(file ? { file } : {}),
    defaultVersion: packageVersion(),
  });
  if (!read.ok) {
    console.error(
      'Kompas kan niet worden verpakt; controleer deze instellingen (omgeving of .env.package.user):',
    );
    for (const problem of read.problems) console.error(`  - ${problem}`);
    return 1;
  }
  try {
    const result = await runPackage({
      settings: read.settings,
      outDir: path.resolve(values.out),
      skipBuild: values['skip-build'],
    });
    console.log('Klaar. Upload deze bestanden (zie docs/deployment.nl.md):');
    if (result.web) console.log(`  web-app (hosten):      ${result.web}`);
    console.log(`  Teams-app-pakket:      ${result.zip}`);
    console.log(`  Word-manifest (XML):   ${result.xml}`);
    return 0;
  } catch (error) {
    if (error instanceof PackageError) {
      console.error('De build is niet bruikbaar:');
      for (const problem of error.problems) console.error(`  - ${problem}`);
    } else {
      console.error(error instanceof Error ? error.message : String(error));
    }
    return 1;
  }
}

process.exitCode = await main();
