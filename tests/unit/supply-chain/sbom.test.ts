import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionComponents } from '../../../devtools/supply-chain/sbom.ts';

const allowed = new Set(['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', '0BSD']);

describe('supply chain', () => {
  it('commits the lockfile, so a clean clone installs the reviewed versions', () => {
    expect(existsSync(path.resolve(import.meta.dirname, '../../../package-lock.json'))).toBe(true);
  });

  it('lists every production dependency with a license a municipality can ship', () => {
    const components = productionComponents();
    expect(components.map((c) => c.name)).toEqual(
      expect.arrayContaining(['react', 'zod', '@azure/msal-browser']),
    );
    const unacceptable = components.filter((c) => !allowed.has(c.license));
    expect(unacceptable).toEqual([]);
  });
});
