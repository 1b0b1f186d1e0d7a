/**
 * Offline JSON-schema validation with ajv against the schemas @microsoft/app-manifest ships. The
 * Teams schemas are draft-04, which ajv 6 validates with its draft-04 meta-schema. ajv is here only
 * transitively (eslint); it should become a direct devDependency (see the report to the lead).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schemaDir = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams',
);

export function schemaPath(
  version: string,
  file: 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json',
): string {
  return path.join(schemaDir, `v${version}`, file);
}

/** Errors as `path message` lines; empty when the document is valid. */
export function validate(document: unknown, schemaFile: string): string[] {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, logger: false });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object);
  const check = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  const valid = check(document);
  return valid === true ? [] : (check.errors ?? []).map((e) => `${e.dataPath || '/'} ${e.message ?? ''}`);
}

/** Every schema version @microsoft/app-manifest ships, newest last (devPreview excluded). */
export function shippedVersions(): string[] {
  return readdirSync(schemaDir)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => {
      const [am = 0, an = 0] = a.split('.').map(Number);
      const [bm = 0, bn = 0] = b.split('.').map(Number);
      return am - bm || an - bn;
    });
}
