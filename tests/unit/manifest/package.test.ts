import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runPackage, teamsAppPackage } from '../../../devtools/package/package.ts';
import {
  parseEnvFile,
  readSettings,
  settingDescriptions,
  viteEnv,
} from '../../../devtools/package/settings.ts';
import { settings } from './fixtures.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const temp = mkdtempSync(path.join(tmpdir(), 'kompas-package-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const good = {
  KOMPAS_APP_ID: settings.appId,
  KOMPAS_CLIENT_ID: settings.clientId,
  KOMPAS_TENANT_ID: settings.tenantId,
  KOMPAS_HOST: settings.origin,
  KOMPAS_PRIVACY_URL: settings.privacyUrl,
};

describe('settings', () => {
  it('reads and normalises valid settings, with defaults for the optional ones', () => {
    const result = readSettings({
      env: { ...good, KOMPAS_HOST: 'https://Kompas.Voorbeeldstad.nl' },
      defaultVersion: '0.1.0',
    });
    expect(result).toEqual({
      ok: true,
      settings: { ...settings, organisation: 'Gemeente', version: '0.1.0' },
    });
  });

  it('names every missing setting, with what it is', () => {
    const result = readSettings({ env: {}, defaultVersion: '0.1.0' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const name of [
      'KOMPAS_APP_ID',
      'KOMPAS_CLIENT_ID',
      'KOMPAS_TENANT_ID',
      'KOMPAS_HOST',
      'KOMPAS_PRIVACY_URL',
    ]) {
      expect(
        result.problems.some((p) => p.startsWith(`${name} ontbreekt`)),
        name,
      ).toBe(true);
    }
    expect(result.problems).toHaveLength(5);
  });

  it.each([
    ['KOMPAS_CLIENT_ID', 'kompas-app'],
    ['KOMPAS_HOST', 'http://kompas.voorbeeldstad.nl'],
    ['KOMPAS_HOST', 'https://kompas.voorbeeldstad.nl/tab'],
    ['KOMPAS_PRIVACY_URL', 'http://www.voorbeeldstad.nl/privacy'],
    ['KOMPAS_VERSION', '1.2'],
    ['KOMPAS_ORGANISATION', 'Een heel erg lange naam van een gemeente'],
    ['KOMPAS_SITE_ACCESS', 'some'],
  ])('refuses an invalid %s (%s) and says which one', (name, value) => {
    const result = readSettings({ env: { ...good, [name]: value }, defaultVersion: '0.1.0' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toContain(`${name} is ongeldig`);
    }
  });

  it('catches a tenant id pasted as client id', () => {
    const result = readSettings({
      env: { ...good, KOMPAS_CLIENT_ID: settings.tenantId },
      defaultVersion: '0.1.0',
    });
    expect(result.ok).toBe(false);
  });

  it('takes the file’s values unless the environment sets them', () => {
    const file = parseEnvFile(
      [
        '# comment',
        `KOMPAS_APP_ID=${settings.appId}`,
        `export KOMPAS_CLIENT_ID="${settings.clientId}"`,
        `KOMPAS_TENANT_ID='${settings.tenantId}'`,
        'KOMPAS_HOST=https://file.voorbeeldstad.nl # trailing',
        `KOMPAS_PRIVACY_URL=${settings.privacyUrl}`,
        'garbage line',
      ].join('\n'),
    );
    expect(file['KOMPAS_HOST']).toBe('https://file.voorbeeldstad.nl');
    const fromFile = readSettings({ env: {}, file, defaultVersion: '0.1.0' });
    expect(fromFile.ok && fromFile.settings.host).toBe('file.voorbeeldstad.nl');
    const overridden = readSettings({
      env: { KOMPAS_HOST: 'https://env.voorbeeldstad.nl' },
      file,
      defaultVersion: '0.1.0',
    });
    expect(overridden.ok && overridden.settings.host).toBe('env.voorbeeldstad.nl');
  });

  it('passes the app id, client id, tenant, origin and site route to the build as Vite env vars', () => {
    expect(viteEnv(settings)).toEqual({
      VITE_KOMPAS_APP_ID: settings.appId,
      VITE_KOMPAS_CLIENT_ID: settings.clientId,
      VITE_KOMPAS_TENANT_ID: settings.tenantId,
      VITE_KOMPAS_APP_ORIGIN: settings.origin,
      VITE_KOMPAS_SITE_ACCESS: 'all',
    });
  });

  it('documents every setting in the deployment guides', () => {
    for (const file of ['docs/deployment.nl.md', 'docs/deployment.en.md']) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const name of Object.keys(settingDescriptions)) expect(text, `${file}: ${name}`).toContain(name);
    }
  });
});

describe('the packages', () => {
  it('writes the Teams app package and the Word manifest (without the web build)', async () => {
    const out = path.join(temp, 'skip');
    const result = await runPackage({ settings, outDir: out, skipBuild: true });
    expect(result.web).toBeUndefined();
    const entries = unzipSync(readFileSync(result.zip));
    expect(Object.keys(entries).sort()).toEqual([
      'color.png',
      'en.json',
      'manifest.json',
      'nl.json',
      'outline.png',
    ]);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { id: string };
    expect(manifest.id).toBe(settings.appId);
    expect(readFileSync(result.xml, 'utf8')).toContain(`<Id>${settings.appId}</Id>`);
  });

  it('is reproducible byte for byte', () => {
    expect(Buffer.from(teamsAppPackage(settings)).equals(Buffer.from(teamsAppPackage(settings)))).toBe(true);
  });
});

describe('npm run package (CLI)', () => {
  const run = (env: Record<string, string>, envFile: string) =>
    spawnSync(
      'npx',
      [
        'tsx',
        'devtools/package/cli.ts',
        '--skip-build',
        '--out',
        path.join(temp, 'cli'),
        '--settings-file',
        envFile,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
      },
    );

  it('fails with exit code 1 and names each missing setting', () => {
    const result = run({ KOMPAS_HOST: 'http://nope' }, path.join(temp, 'missing.env'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('KOMPAS_APP_ID ontbreekt');
    expect(result.stderr).toContain('KOMPAS_CLIENT_ID ontbreekt');
    expect(result.stderr).toContain('KOMPAS_HOST is ongeldig');
  });

  it('reads .env.package.user-style files and prints the paths it wrote', () => {
    const envFile = path.join(temp, 'package.env');
    writeFileSync(
      envFile,
      Object.entries(good)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    );
    const result = run({}, envFile);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(path.join(temp, 'cli', 'kompas-teams-app.zip'));
    expect(result.stdout).toContain(path.join(temp, 'cli', 'kompas-word-manifest.xml'));
  });
});
