import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authPages } from '../../../shared/auth/config.ts';
import { scopeSets, selectedSiteScopes } from '../../../shared/auth/scopes.ts';
import { provisionedLists } from '../../../shared/graph/lists/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const guides = ['docs/deployment.nl.md', 'docs/deployment.en.md'].map((file) => ({
  file,
  text: readFileSync(path.join(root, file), 'utf8'),
}));

describe.each(guides)('$file', ({ text }) => {
  it('describes every SharePoint list Kompas creates, column by column', () => {
    for (const list of provisionedLists) {
      const start = text.indexOf(`**${list.listName}**`);
      expect(start, list.listName).toBeGreaterThan(-1);
      const next = text.indexOf('\n**Kompas', start + 1);
      const section = text.slice(start, next === -1 ? undefined : next);
      for (const column of ['Title', ...list.columns.map((c) => c.name)]) {
        expect(section, `${list.listName}.${column}`).toContain(`| \`${column}\` |`);
      }
    }
  });

  it('justifies every permission Kompas asks for, on both routes', () => {
    const scopes = new Set([...Object.values(scopeSets).flat(), ...Object.values(selectedSiteScopes).flat()]);
    for (const scope of scopes) expect(text, scope).toContain(`\`${scope}\``);
  });

  it('gives the exact redirect URIs of the app registration', () => {
    expect(text).toContain(`https://<host>${authPages.redirectBridge}`);
    expect(text).toContain('brk-multihub://<host>');
    expect(text).toContain('api://<host>/<KOMPAS_CLIENT_ID>');
  });

  it('names every frame ancestor the hosting headers allow', () => {
    const config = JSON.parse(readFileSync(path.join(root, 'deploy/staticwebapp.config.json'), 'utf8')) as {
      globalHeaders: Record<string, string>;
    };
    const ancestors =
      /frame-ancestors ([^;]+)/.exec(config.globalHeaders['Content-Security-Policy'] ?? '')?.[1] ?? '';
    const hosts = ancestors
      .split(' ')
      .filter((s) => s.startsWith('https://'))
      .map((s) => s.slice('https://'.length));
    expect(hosts.length).toBeGreaterThan(5);
    for (const host of hosts) expect(text, host).toContain(`\`${host}\``);
  });
});
