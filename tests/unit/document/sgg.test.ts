/**
 * The real SGG edition, blank and with an answer for every question: every question appears
 * with its controls, every link of the content becomes a hyperlink, and the document reads back.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { allQuestions, getEdition } from '../../../shared/content/index.ts';
import { renderDocx } from '../../../shared/document/docx.ts';
import { toFlatOpc } from '../../../shared/document/ooxml.ts';
import { readKompasControls } from '../../../shared/document/read.ts';
import { renderKompas } from '../../../shared/document/render.ts';
import { syntheticTraject, TRAJECT_ID } from './synthetic-traject.ts';
import {
  all,
  controls,
  expectedControls,
  flatParts,
  parseXml,
  relationshipsOf,
  styleOf,
  textOf,
} from './wordml.ts';

const edition = getEdition('sgg');
const snapshot = syntheticTraject(edition).buildSnapshot();
const input = { edition, selection: { kind: 'kompas' }, snapshot, options: { guidance: 'include' } } as const;

describe('the SGG edition', () => {
  const docx = renderDocx(input);
  const files = unzipSync(docx);
  const document = parseXml(strFromU8(files['word/document.xml'] ?? new Uint8Array()));

  it('has every question, in order, with its controls, tags and titles', () => {
    const expected = allQuestions(edition).flatMap((l) => expectedControls(TRAJECT_ID, l.question));
    const found = controls(document);
    expect(found.map((c) => c.tag)).toEqual(expected.map((e) => e.tag));
    expect(found.map((c) => c.alias)).toEqual(expected.map((e) => e.title));
    expect(new Set(found.map((c) => c.id)).size).toBe(found.length);
    expect(found.every((c) => [...c.alias].length <= 64)).toBe(true);
  });

  it('heads each bouwsteen with its number and title', () => {
    const headings = all(document, 'p')
      .filter((p) => styleOf(p) === 'Heading1')
      .map(textOf);
    expect(headings).toHaveLength(edition.bouwstenen.length);
    expect(headings).toContain('Bouwsteen 2 — Formuleer concrete maatschappelijke resultaten');
    expect(headings).toContain('Bouwsteen 0-A — Zoek naar de samenwerking en het gezamenlijk belang');
  });

  it('turns every link of the content that has an address into a hyperlink', () => {
    const urls = new Set<string>();
    JSON.stringify(edition, (key, value: unknown) => {
      if (key === 'url' && typeof value === 'string') urls.add(value);
      return value;
    });
    const rels = relationshipsOf(
      parseXml(strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array())).documentElement!,
    );
    expect(new Set(rels.filter((r) => r.external).map((r) => r.target))).toEqual(urls);
  });

  it('reads every control back as the document shows it', () => {
    const read = readKompasControls(docx);
    const shown = controls(document);
    expect(read.map((c) => [c.tag, c.text])).toEqual(
      shown.map((c) => [c.tag, c.showingPlaceholder ? '' : c.text]),
    );
  });

  it.each(edition.bouwstenen.map((b) => [b.id] as const))(
    'bouwsteen %s as a blank template to insert',
    (id) => {
      const xml = toFlatOpc(
        renderKompas({ edition, selection: { kind: 'bouwsteen', id }, options: { guidance: 'include' } }),
      );
      const body = flatParts(xml).get('/word/document.xml')?.root;
      if (body === undefined) throw new Error('no document part');
      const found = controls(body);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((c) => c.tag.startsWith('kompas:blanco:'))).toBe(true);
      // Text-like answers are empty and show the placeholder; tables of records show their header.
      expect(found.filter((c) => c.lock === 'sdtLocked').every((c) => c.showingPlaceholder)).toBe(true);
    },
  );
});
