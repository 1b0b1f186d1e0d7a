/**
 * Renders the manifest templates in manifest/ for one installation. Placeholders are `{{NAME}}`;
 * values are escaped for the file's syntax, and a placeholder without a value fails the render
 * (a half-rendered manifest must never reach an admin centre).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACCENT } from './icons.ts';
import type { PackageSettings } from './settings.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const manifestDir = path.join(repoRoot, 'manifest');

export type Escape = (value: string) => string;

export const escapeJson: Escape = (value) => JSON.stringify(value).slice(1, -1);

export const escapeXml: Escape = (value) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  escape: Escape,
): string {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Template placeholder {{${name}}} has no value`);
    return escape(value);
  });
}

export function templateValues(settings: PackageSettings): Record<string, string> {
  return {
    APP_ID: settings.appId,
    CLIENT_ID: settings.clientId,
    ORIGIN: settings.origin,
    HOST: settings.host,
    VERSION: settings.version,
    XML_VERSION: `${settings.version}.0`,
    ORGANISATION: settings.organisation,
    PRIVACY_URL: settings.privacyUrl,
    TERMS_URL: settings.termsUrl,
    ACCENT_COLOR: ACCENT,
  };
}

function template(relative: string): string {
  return readFileSync(path.join(manifestDir, relative), 'utf8');
}

/** The Teams/Microsoft 365 app package's text files: manifest.json and the localisation files. */
export function renderTeamsFiles(
  settings: PackageSettings,
): Record<'manifest.json' | 'nl.json' | 'en.json', string> {
  const values = templateValues(settings);
  const render = (file: string): string => {
    const text = fillTemplate(template(file), values, escapeJson);
    // Parse once: a broken template fails here, not in the Teams admin centre.
    return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  };
  return {
    'manifest.json': render('teams/manifest.json'),
    'nl.json': render('teams/nl.json'),
    'en.json': render('teams/en.json'),
  };
}

/** The add-in only (XML) manifest for Word. */
export function renderWordManifest(settings: PackageSettings): string {
  return fillTemplate(template('word/manifest.xml'), templateValues(settings), escapeXml);
}
