/**
 * Writes sample documents of the real SGG edition for looking at by eye:
 *   npx tsx tests/unit/document/export-sample.ts [out-dir]   (default .tmp/)
 * sample.docx (every question answered by the synthetic traject), sample-blanco.docx (blank
 * template) and sample-invoegen.xml (the Flat OPC that the add-in inserts, bouwsteen 2).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getEdition } from '../../../shared/content/index.ts';
import { renderDocx } from '../../../shared/document/docx.ts';
import { toFlatOpc } from '../../../shared/document/ooxml.ts';
import { renderKompas } from '../../../shared/document/render.ts';
import { syntheticTraject } from './synthetic-traject.ts';

const outDir = path.resolve(process.argv[2] ?? '.tmp');
mkdirSync(outDir, { recursive: true });
const edition = getEdition('sgg');
const snapshot = syntheticTraject(edition).buildSnapshot();
const options = { guidance: 'include' } as const;
const createdAt = new Date();

const files: [string, Uint8Array | string][] = [
  ['sample.docx', renderDocx({ edition, selection: { kind: 'kompas' }, snapshot, options }, { createdAt })],
  ['sample-blanco.docx', renderDocx({ edition, selection: { kind: 'kompas' }, options }, { createdAt })],
  [
    'sample-invoegen.xml',
    toFlatOpc(renderKompas({ edition, selection: { kind: 'bouwsteen', id: '2' }, snapshot, options })),
  ],
];
for (const [name, data] of files) {
  writeFileSync(path.join(outDir, name), data);
  console.log(path.join(outDir, name));
}
