import { describe, expect, it } from 'vitest';
import { renderTeamsFiles } from '../../../devtools/package/render.ts';
import { settings, strings } from './fixtures.ts';
import { schemaPath, shippedVersions, validate } from './schema.ts';

const files = renderTeamsFiles(settings);
const manifest = JSON.parse(files['manifest.json']) as Record<string, unknown> & {
  manifestVersion: string;
  $schema: string;
};
const nl = JSON.parse(files['nl.json']) as Record<string, string>;
const en = JSON.parse(files['en.json']) as Record<string, string>;

/** Reads `a.b[0].c` from the manifest. */
function at(path: string): unknown {
  let current: unknown = manifest;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

describe('the app manifest for Microsoft 365', () => {
  it('uses the newest schema version @microsoft/app-manifest ships, and that version supports Office add-ins', () => {
    const newest = shippedVersions().at(-1);
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`,
    );
    expect(
      validate(
        { ...manifest, extensions: 'not an array' },
        schemaPath(manifest.manifestVersion, 'MicrosoftTeams.schema.json'),
      ),
    ).not.toEqual([]);
  });

  it('is valid against that schema (offline, ajv)', () => {
    expect(validate(manifest, schemaPath(manifest.manifestVersion, 'MicrosoftTeams.schema.json'))).toEqual(
      [],
    );
  });

  it('would be caught by the validation if it broke the schema', () => {
    const broken = { ...manifest, id: 'not-a-guid', unknownProperty: true };
    expect(
      validate(broken, schemaPath(manifest.manifestVersion, 'MicrosoftTeams.schema.json')).length,
    ).toBeGreaterThan(0);
  });

  it('has localisation files for Dutch (default) and English that are valid and cover the same keys', () => {
    expect(manifest['localizationInfo']).toEqual({
      defaultLanguageTag: 'nl',
      defaultLanguageFile: 'nl.json',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    const schema = schemaPath(manifest.manifestVersion, 'MicrosoftTeams.Localization.schema.json');
    expect(validate(nl, schema)).toEqual([]);
    expect(validate(en, schema)).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    // Teams wants the localisation files on the manifest's own schema version.
    for (const file of [nl, en]) expect(file['$schema']).toContain(`/v${manifest.manifestVersion}/`);
    expect(validate({ ...nl, 'staticTabs[99].name': 'x' }, schema)).not.toEqual([]);
  });

  it('localises strings that exist in the manifest, and the Dutch file repeats the manifest’s own text', () => {
    for (const key of Object.keys(nl).filter((k) => k !== '$schema')) {
      const value = at(key);
      expect(typeof value, key).toBe('string');
      expect(nl[key], key).toBe(value);
    }
    expect(en['staticTabs[0].name']).toBe('My actions');
  });

  it('offers a configurable tab for channels and group chats, and the personal tab “Mijn acties”', () => {
    expect(at('configurableTabs[0].configurationUrl')).toBe(
      'https://kompas.voorbeeldstad.nl/tab/index.html?view=config',
    );
    expect(at('configurableTabs[0].scopes')).toEqual(['team', 'groupChat']);
    expect(at('staticTabs[0]')).toMatchObject({ name: 'Mijn acties', scopes: ['personal'] });
  });

  it('names the app registration for SSO and NAA, and the host as the only valid domain', () => {
    expect(manifest['id']).toBe(settings.appId);
    expect(manifest['webApplicationInfo']).toEqual({
      id: settings.clientId,
      resource: `api://kompas.voorbeeldstad.nl/${settings.clientId}`,
    });
    expect(manifest['validDomains']).toEqual(['kompas.voorbeeldstad.nl']);
  });

  it('declares the Word task pane: document scope, WordApi 1.3, a runtime and a Home-tab button that opens it', () => {
    expect(at('extensions[0].requirements')).toEqual({
      scopes: ['document'],
      capabilities: [{ name: 'WordApi', minVersion: '1.3' }],
    });
    expect(at('extensions[0].runtimes[0].code.page')).toBe(
      'https://kompas.voorbeeldstad.nl/word-addin/index.html',
    );
    expect(at('extensions[0].runtimes[0].actions[0].type')).toBe('openPage');
    expect(at('extensions[0].ribbons[0].tabs[0].builtInTabId')).toBe('TabHome');
    const button = at('extensions[0].ribbons[0].tabs[0].groups[0].controls[0]') as Record<string, unknown>;
    expect(button['type']).toBe('button');
    expect(button['actionId']).toBe(at('extensions[0].runtimes[0].actions[0].id'));
    const sizes = (button['icons'] as { size: number }[]).map((i) => i.size);
    expect(sizes).toEqual([16, 32, 80]);
  });

  it('points every URL at the host over https and leaves no placeholder or secret behind', () => {
    const all = [files['manifest.json'], files['nl.json'], files['en.json']].join('\n');
    expect(all).not.toMatch(/\{\{|\}\}/);
    expect(all).not.toContain(settings.tenantId);
    const urls = strings(manifest).filter((s) => /^https?:\/\//i.test(s.value) && s.path !== '$schema');
    expect(urls.length).toBeGreaterThan(5);
    for (const { path, value } of urls) {
      if (path.startsWith('developer.privacyUrl') || path.startsWith('developer.termsOfUseUrl')) continue;
      expect(value, path).toMatch(/^https:\/\/kompas\.voorbeeldstad\.nl\//);
    }
  });

  it('escapes an organisation name for JSON', () => {
    const rendered = renderTeamsFiles({ ...settings, organisation: 'Gem. "Noord" \\ Zuid' });
    expect((JSON.parse(rendered['manifest.json']) as { developer: { name: string } }).developer.name).toBe(
      'Gem. "Noord" \\ Zuid',
    );
  });
});
