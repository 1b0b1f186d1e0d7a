/**
 * The complete .docx: unzipped with fflate, every part parsed with a real XML parser, every
 * relationship resolved, the properties checked for what the Woo forbids, and the answers read
 * back with read.ts. LibreOffice, when installed, converts it to PDF and text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLSerializer, type Element } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/document/docx.ts';
import { importAnswers, readKompasControls } from '../../../shared/document/read.ts';
import { renderKompas } from '../../../shared/document/render.ts';
import { entry, list } from '../../../shared/testing/builders.ts';
import { syntheticEdition } from './synthetic-edition.ts';
import { ACCOUNT, syntheticTraject, TRAJECT_ID } from './synthetic-traject.ts';
import { all, child, controls, parseXml, relationshipsOf, textOf, W, wVal } from './wordml.ts';

const edition = syntheticEdition;
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const created = new Date('2026-02-03T10:15:30.456Z');

const snapshot = syntheticTraject(edition)
  .withTraject({
    naam: 'Aanpak van j.jansen@gemeente.example en eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.signatureXYZ',
  })
  .buildSnapshot();
const input = { edition, selection: { kind: 'kompas' }, snapshot, options: { guidance: 'include' } } as const;
const docx = renderDocx(input, { createdAt: created });
const files = unzipSync(docx);
const part = (name: string) => {
  const bytes = files[name];
  if (bytes === undefined) throw new Error(`no part ${name}`);
  return parseXml(strFromU8(bytes));
};
const root = (name: string): Element => {
  const r = part(name).documentElement;
  if (r === null) throw new Error(`empty part ${name}`);
  return r;
};

describe('renderDocx', () => {
  it('holds the parts of a complete document, [Content_Types].xml first, each well-formed', () => {
    const names = Object.keys(files);
    expect(names[0]).toBe('[Content_Types].xml');
    expect([...names].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/numbering.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
    for (const name of names) expect(() => part(name), name).not.toThrow();
  });

  it('declares a content type for every part', () => {
    const types = root('[Content_Types].xml');
    const defaults = new Map(
      all(types, 'Default', CT).map((d) => [d.getAttribute('Extension'), d.getAttribute('ContentType')]),
    );
    const overrides = new Map(
      all(types, 'Override', CT).map((o) => [o.getAttribute('PartName'), o.getAttribute('ContentType')]),
    );
    expect(defaults.get('rels')).toBe('application/vnd.openxmlformats-package.relationships+xml');
    expect(overrides.get('/word/document.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
    for (const name of Object.keys(files)) {
      if (name === '[Content_Types].xml') continue;
      const ext = name.slice(name.lastIndexOf('.') + 1);
      expect(overrides.get(`/${name}`) ?? defaults.get(ext), name).toBeTruthy();
    }
  });

  it('resolves every relationship to a part or an external web address', () => {
    const check = (relsName: string, base: string) => {
      for (const rel of relationshipsOf(root(relsName))) {
        if (rel.external) expect(rel.target).toMatch(/^https?:\/\//);
        else expect(files[path.posix.join(base, rel.target)], rel.target).toBeDefined();
      }
    };
    check('_rels/.rels', '');
    check('word/_rels/document.xml.rels', 'word');
    const types = relationshipsOf(root('word/_rels/document.xml.rels')).map((r) => r.type.split('/').pop());
    expect(types).toEqual(expect.arrayContaining(['styles', 'numbering', 'settings', 'hyperlink']));
    const ids = new Set(relationshipsOf(root('word/_rels/document.xml.rels')).map((r) => r.id));
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    for (const link of all(root('word/document.xml'), 'hyperlink'))
      expect(ids.has(link.getAttributeNS(R, 'id') ?? '')).toBe(true);
  });

  it('defines the styles the body uses, in Dutch', () => {
    const styles = root('word/styles.xml');
    const ids = all(styles, 'style').map((s) => s.getAttributeNS(W, 'styleId'));
    expect(ids).toEqual(
      expect.arrayContaining([
        'Normal',
        'Title',
        'Heading1',
        'Heading2',
        'Heading3',
        'ListParagraph',
        'KompasNotitie',
        'KompasTabel',
      ]),
    );
    const used = new Set([
      ...all(root('word/document.xml'), 'pStyle').map(wVal),
      ...all(root('word/document.xml'), 'rStyle').map(wVal),
      ...all(root('word/document.xml'), 'tblStyle').map(wVal),
    ]);
    for (const id of used) expect(ids, String(id)).toContain(id);
    const defaults = all(styles, 'docDefaults')[0];
    expect(wVal(defaults === undefined ? undefined : all(defaults, 'lang')[0])).toBe('nl-NL');
    const numIds = all(root('word/numbering.xml'), 'num').map((n) => n.getAttributeNS(W, 'numId'));
    for (const numId of new Set(all(root('word/document.xml'), 'numId').map(wVal)))
      expect(numIds).toContain(numId);
  });

  it('starts with the title, ends the body with a paragraph and an A4 section', () => {
    const body = child(root('word/document.xml'), W, 'body');
    const elements =
      body === undefined ? [] : (Array.from(body.childNodes).filter((n) => n.nodeType === 1) as Element[]);
    const first = elements[0];
    expect(first === undefined ? '' : textOf(first)).toMatch(/^Aanpak van/);
    expect(elements.at(-2)?.localName).toBe('p');
    const sectPr = elements.at(-1);
    expect(sectPr?.localName).toBe('sectPr');
    expect(sectPr === undefined ? undefined : all(sectPr, 'pgSz')[0]?.getAttributeNS(W, 'w')).toBe('11906');
  });

  it('names no person and carries no e-mail address, token or internal id in its properties (Woo)', () => {
    const core = root('docProps/core.xml');
    const DC = 'http://purl.org/dc/elements/1.1/';
    const CP = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
    expect(all(core, 'creator', DC)[0]?.textContent).toBe('Kompas');
    expect(all(core, 'lastModifiedBy', CP)).toEqual([]);
    expect(all(core, 'title', DC)[0]?.textContent).toBe('Aanpak van … en … — Synthetische editie');
    expect(all(core, 'language', DC)[0]?.textContent).toBe('nl-NL');
    expect(all(core, 'created', 'http://purl.org/dc/terms/')[0]?.textContent).toBe('2026-02-03T10:15:30Z');
    for (const name of ['docProps/core.xml', 'docProps/app.xml']) {
      const xml = strFromU8(files[name] ?? new Uint8Array());
      expect(xml, name).not.toMatch(/[\w.-]+@[\w-]+\.[\w.]+/);
      expect(xml, name).not.toMatch(/eyJ[\w-]+/);
      expect(xml, name).not.toContain(TRAJECT_ID);
      expect(xml, name).not.toContain(ACCOUNT);
    }
  });

  it('gives the same bytes for the same input', () => {
    expect(renderDocx(input, { createdAt: created })).toEqual(docx);
  });

  it('reads every answer control back with the text the model holds', () => {
    const model = renderKompas(input);
    const read = readKompasControls(docx);
    const fromXml = controls(root('word/document.xml'));
    expect(read.map((c) => c.tag)).toEqual(fromXml.map((c) => c.tag));
    for (const [i, c] of read.entries()) {
      expect(c.text, c.tag).toBe(fromXml[i]?.showingPlaceholder ? '' : fromXml[i]?.text);
      expect(c.title).toBe(fromXml[i]?.alias);
    }
    expect(read.find((c) => c.tag === `kompas:${TRAJECT_ID}:1B.ambities`)?.text).toBe(
      'Ambitie 1\nAmbitie 2\nAmbitie 3',
    );
    expect(model.meta.title).toContain('Synthetische editie');
  });

  it('imports an answer edited in Word, keeping list entry ids', () => {
    // Edit the document as Word would: drop the first entry, reword the second, add one.
    const doc = part('word/document.xml');
    const sdt = controls(doc).find((c) => c.tag === `kompas:${TRAJECT_ID}:1B.ambities`);
    const paragraphs = sdt === undefined ? [] : all(sdt.element, 'p');
    const [p1, p2, p3] = paragraphs;
    if (p1 === undefined || p2 === undefined || p3 === undefined) throw new Error('expected three entries');
    p1.parentNode?.removeChild(p1);
    const t2 = all(p2, 't')[0];
    if (t2 !== undefined) t2.textContent = 'Ambitie 2, scherper';
    const p4 = p3.cloneNode(true) as Element;
    const t4 = all(p4, 't')[0];
    if (t4 !== undefined) t4.textContent = 'Een nieuwe ambitie';
    p3.parentNode?.appendChild(p4);
    const edited = zipSync({
      ...Object.fromEntries(Object.entries(files)),
      'word/document.xml': strToU8(new XMLSerializer().serializeToString(doc)),
    });

    const previous = new Map(snapshot.antwoorden.map((a) => [a.questionId as string, a.value]));
    const { updates, skipped } = importAnswers({
      edition,
      controls: readKompasControls(edited),
      trajectId: TRAJECT_ID,
      previous,
    });
    expect([...updates.keys()]).toEqual(['1B.ambities']);
    expect(updates.get('1B.ambities')).toEqual(
      list(
        entry('1b-ambities-e2', 'Ambitie 2, scherper'),
        entry('1b-ambities-e3', 'Ambitie 3'),
        entry('1b-ambities-1', 'Een nieuwe ambitie'),
      ),
    );
    expect(skipped.filter((s) => s.reason === 'locked').map((s) => s.tag)).toContain(
      `kompas:${TRAJECT_ID}:0A.partners`,
    );
  });
});

const hasLibreOffice = spawnSync('which', ['soffice']).status === 0;

describe('LibreOffice', () => {
  it.skipIf(!hasLibreOffice)(
    'opens the .docx and converts it to PDF and text (skipped where LibreOffice is not installed)',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'kompas-docx-'));
      try {
        const file = path.join(dir, 'kompas.docx');
        writeFileSync(file, docx);
        const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
        execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
          timeout: 120_000,
        });
        execFileSync('soffice', [profile, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, file], {
          timeout: 120_000,
        });
        const pdf = readFileSync(path.join(dir, 'kompas.pdf'));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(10_000);
        const txt = readFileSync(path.join(dir, 'kompas.txt'), 'utf8');
        expect(txt).toContain('Bouwsteen 2 — Formuleer concrete maatschappelijke resultaten');
        expect(txt).toContain('Ambitie 3');
        expect(txt).toContain('Partnerorganisatie 1');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
