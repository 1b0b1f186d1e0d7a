/**
 * Lists the production dependency tree with versions and licenses (a small SBOM), from the
 * lockfile-resolved `node_modules`. `npm run sbom` prints a table; `--json` prints CycloneDX 1.5 JSON.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const root = path.resolve(import.meta.dirname, '../..');

interface TreeNode {
  readonly version?: string | undefined;
  readonly dependencies?: Record<string, TreeNode> | undefined;
}
const TreeSchema: z.ZodType<TreeNode> = z.lazy(() =>
  z.looseObject({
    version: z.string().optional(),
    dependencies: z.record(z.string(), TreeSchema).optional(),
  }),
);

export interface Component {
  readonly name: string;
  readonly version: string;
  readonly license: string;
}

const ManifestSchema = z.looseObject({
  license: z.union([z.string(), z.looseObject({ type: z.string() })]).optional(),
  licenses: z.array(z.looseObject({ type: z.string() })).optional(),
});

function licenseOf(name: string): string {
  try {
    const manifest = ManifestSchema.parse(
      JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')),
    );
    if (typeof manifest.license === 'string') return manifest.license;
    if (manifest.license) return manifest.license.type;
    if (manifest.licenses) return manifest.licenses.map((l) => l.type).join(' OR ');
  } catch {
    // Nested copies live deeper in node_modules; their top-level twin usually shares the license.
  }
  return 'UNKNOWN';
}

export function productionComponents(): Component[] {
  const out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: root, encoding: 'utf8' });
  const tree = TreeSchema.parse(JSON.parse(out));
  const seen = new Map<string, Component>();
  const walk = (deps: Record<string, TreeNode> | undefined) => {
    for (const [name, node] of Object.entries(deps ?? {})) {
      const version = node.version ?? '0.0.0';
      const key = `${name}@${version}`;
      if (seen.has(key)) continue;
      seen.set(key, { name, version, license: licenseOf(name) });
      walk(node.dependencies);
    }
  };
  walk(tree.dependencies);
  return [...seen.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}

if (process.argv[1] === import.meta.filename) {
  const components = productionComponents();
  if (process.argv.includes('--json')) {
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      version: 1,
      components: components.map((c) => ({
        type: 'library',
        name: c.name,
        version: c.version,
        purl: `pkg:npm/${c.name.replace('@', '%40')}@${c.version}`,
        licenses: [{ license: { id: c.license } }],
      })),
    };
    console.log(JSON.stringify(bom, null, 2));
  } else {
    for (const c of components) console.log(`${c.name}\t${c.version}\t${c.license}`);
    console.log(`${components.length} production packages`);
  }
}
