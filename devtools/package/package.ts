/**
 * `npm run package`: one installation's deliverables from its settings.
 *
 *   dist/web/                      the static web app (Vite build) + icons + staticwebapp.config.json
 *   dist/kompas-teams-app.zip      manifest.json, nl.json, en.json, color.png, outline.png
 *   dist/kompas-word-manifest.xml  the Word add-in's XML manifest
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { buildWeb, verifyWebOutput } from './build.ts';
import { addinIcon, addinIconName, addinIconSizes, colorIcon, outlineIcon } from './icons.ts';
import { renderTeamsFiles, renderWordManifest, repoRoot } from './render.ts';
import { viteEnv, type PackageSettings } from './settings.ts';

/** A fixed timestamp keeps the zip byte-for-byte reproducible. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

export function teamsAppPackage(settings: PackageSettings): Uint8Array {
  const text = renderTeamsFiles(settings);
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
  return zipSync(
    {
      'manifest.json': encode(text['manifest.json']),
      'nl.json': encode(text['nl.json']),
      'en.json': encode(text['en.json']),
      'color.png': colorIcon(),
      'outline.png': outlineIcon(),
    },
    { level: 9, mtime: ZIP_TIME },
  );
}

export interface PackageOptions {
  readonly settings: PackageSettings;
  /** Where the deliverables go (`dist`). */
  readonly outDir: string;
  /** Skip the Vite build (tests of the manifests; the build is tested on its own). */
  readonly skipBuild?: boolean;
}

export interface PackageResult {
  readonly zip: string;
  readonly xml: string;
  readonly web: string | undefined;
}

export class PackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'PackageError';
  }
}

/** Adds what the build does not make: the add-in icons and the Azure Static Web Apps config. */
export function completeWebOutput(webDir: string): void {
  mkdirSync(path.join(webDir, 'icons'), { recursive: true });
  for (const size of addinIconSizes)
    writeFileSync(path.join(webDir, 'icons', addinIconName(size)), addinIcon(size));
  copyFileSync(
    path.join(repoRoot, 'deploy/staticwebapp.config.json'),
    path.join(webDir, 'staticwebapp.config.json'),
  );
}

export async function runPackage(options: PackageOptions): Promise<PackageResult> {
  const { settings, outDir } = options;
  mkdirSync(outDir, { recursive: true });
  let web: string | undefined;
  if (options.skipBuild !== true) {
    web = path.join(outDir, 'web');
    await buildWeb({ cwd: repoRoot, outDir: web, env: viteEnv(settings) });
    completeWebOutput(web);
    const problems = verifyWebOutput(web);
    if (problems.length > 0) throw new PackageError(problems);
  }
  const zip = path.join(outDir, 'kompas-teams-app.zip');
  writeFileSync(zip, teamsAppPackage(settings));
  const xml = path.join(outDir, 'kompas-word-manifest.xml');
  writeFileSync(xml, renderWordManifest(settings));
  return { zip, xml, web };
}

export function packageVersion(): string {
  const json: unknown = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  return typeof version === 'string' ? version : '0.0.0';
}
