/**
 * The core in shared/ must not reach for a host: no React, Fluent, teams-js, MSAL or Office,
 * no DOM or Node globals. These tests break the rule on purpose and expect the tooling to refuse.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { compileProbe } from '../support/compile.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the core compiles without DOM or Node globals', () => {
  const usesDom = `export const title = document.title;\n`;
  const usesNode = `export const env = process.env;\n`;
  const usesNothing = `export const three = [1, 2].length + 1;\n`;

  it('refuses `document` in shared/domain', () => {
    const errors = compileProbe('shared/tsconfig.json', 'shared/domain/probe.ts', usesDom);
    expect(errors.join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('refuses `process` in shared/content', () => {
    const errors = compileProbe('shared/tsconfig.json', 'shared/content/probe.ts', usesNode);
    expect(errors.join('\n')).toMatch(/Cannot find name 'process'/);
  });

  it('accepts plain code in the core, and the same DOM code in a host config (the probe can pass)', () => {
    expect(compileProbe('shared/tsconfig.json', 'shared/domain/probe.ts', usesNothing)).toEqual([]);
    expect(compileProbe('tsconfig.json', 'tests/probe.ts', usesDom)).toEqual([]);
  });
});

describe('lint forbids host libraries and globals in shared/', () => {
  // Type information is not needed for these rules; linting virtual files keeps the test fast.
  const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

  async function ruleIds(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  }

  it.each([
    ["import { useState } from 'react';", 'no-restricted-imports'],
    ["import { Button } from '@fluentui/react-components';", 'no-restricted-imports'],
    ["import { app } from '@microsoft/teams-js';", 'no-restricted-imports'],
    ["import { PublicClientApplication } from '@azure/msal-browser';", 'no-restricted-imports'],
    ["import { x } from '../../tab/main.tsx';", 'no-restricted-imports'],
    ['const w = window.innerWidth;', 'no-restricted-globals'],
    ["const v = localStorage.getItem('k');", 'no-restricted-globals'],
    ['const run = Word.run;', 'no-restricted-globals'],
  ])('shared/graph/probe.ts: %s', async (code, rule) => {
    expect(await ruleIds('shared/graph/probe.ts', `${code}\nexport {};\n`)).toContain(rule);
  });

  it('forbids Date.now() in the domain (time comes from the Clock port)', async () => {
    expect(await ruleIds('shared/domain/probe.ts', 'export const t = Date.now();\n')).toContain(
      'no-restricted-syntax',
    );
  });

  it('allows the same imports in a host (the rule is specific to shared/)', async () => {
    expect(
      await ruleIds('tab/probe.ts', "import { useState } from 'react';\nexport { useState };\n"),
    ).not.toContain('no-restricted-imports');
  });
});
