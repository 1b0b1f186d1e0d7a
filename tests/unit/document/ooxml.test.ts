/**
 * The Flat OPC package for `insertOoxml`, read back with a real XML parser.
 */
import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { findBouwsteen, questionsOfBouwsteen, questionsOfSheet } from '../../../shared/content/queries.ts';
import type { Question } from '../../../shared/content/schema.ts';
import { toFlatOpc } from '../../../shared/document/ooxml.ts';
import { renderKompas, type DocumentSelection, type RenderInput } from '../../../shared/document/render.ts';
import { syntheticEdition } from './synthetic-edition.ts';
import { ACCOUNT, PARTNER_EMAIL, syntheticTraject, TRAJECT_ID } from './synthetic-traject.ts';
import {
  all,
  child,
  children,
  controls,
  expectedControls,
  flatParts,
  R,
  relationshipsOf,
  styleOf,
  textOf,
  W,
  wVal,
  type FlatPart,
} from './wordml.ts';

const edition = syntheticEdition;

function flat(selection: DocumentSelection, more: Partial<RenderInput> = {}) {
  const xml = toFlatOpc(renderKompas({ edition, selection, options: { guidance: 'include' }, ...more }));
  const parts = flatParts(xml);
  const part = (name: string): FlatPart => {
    const p = parts.get(name);
    if (p === undefined) throw new Error(`no part ${name}`);
    return p;
  };
  const body = child(part('/word/document.xml').root, W, 'body');
  if (body === undefined) throw new Error('no w:body');
  return { xml, parts, part, body };
}

const filled = syntheticTraject(edition).buildSnapshot();

describe('the Flat OPC package', () => {
  it('has the package relationship, the main document and the parts it refers to', () => {
    const { parts, part } = flat({ kind: 'bouwsteen', id: '0A' });
    expect([...parts.keys()].sort()).toEqual([
      '/_rels/.rels',
      '/word/_rels/document.xml.rels',
      '/word/document.xml',
      '/word/numbering.xml',
      '/word/styles.xml',
    ]);
    const [main] = relationshipsOf(part('/_rels/.rels').root);
    expect(main?.type).toMatch(/\/officeDocument$/);
    expect(parts.has(`/${main?.target ?? ''}`)).toBe(true);
    expect(part('/word/document.xml').contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
    for (const rel of relationshipsOf(part('/word/_rels/document.xml.rels').root)) {
      if (rel.external) expect(rel.target).toMatch(/^https:\/\//);
      else expect(parts.has(`/word/${rel.target}`)).toBe(true);
    }
  });

  it('leaves out section properties and the Normal style, so the content takes on the host document', () => {
    const { body, part } = flat({ kind: 'bouwsteen', id: '2' });
    expect(child(body, W, 'sectPr')).toBeUndefined();
    const styleIds = all(part('/word/styles.xml').root, 'style').map((s) => s.getAttributeNS(W, 'styleId'));
    expect(styleIds).toEqual(expect.arrayContaining(['Heading1', 'Heading2', 'Heading3', 'ListParagraph']));
    expect(styleIds).not.toContain('Normal');
  });

  it.each<[string, DocumentSelection, () => Question[]]>([
    [
      'a bouwsteen',
      { kind: 'bouwsteen', id: '2' },
      () => questionsOfBouwsteen(bs('2')).map((l) => l.question),
    ],
    [
      'a bouwsteen with vooraf',
      { kind: 'bouwsteen', id: '1B' },
      () => questionsOfBouwsteen(bs('1B')).map((l) => l.question),
    ],
    [
      'a sheet',
      { kind: 'sheet', id: '6/leren-en-verbeteren' },
      () => questionsOfSheet(sheet('6/leren-en-verbeteren')),
    ],
    [
      'the whole kompas',
      { kind: 'kompas' },
      () => edition.bouwstenen.flatMap((b) => questionsOfBouwsteen(b).map((l) => l.question)),
    ],
  ])(
    '%s: every question in order, each prompt followed by its controls with the right tags and titles',
    (_, selection, questions) => {
      const { body } = flat(selection);
      const tags = controls(body).map((c) => c.tag);
      const expected = questions().flatMap((q) => expectedControls('blanco', q));
      expect(tags).toEqual(expected.map((e) => e.tag));
      expect(controls(body).map((c) => c.alias)).toEqual(expected.map((e) => e.title));
      // Each question's prompt is a paragraph that comes before its first control.
      const paragraphs = all(body, 'p').map((p) => textOf(p));
      for (const q of questions()) expect(paragraphs).toContain(q.prompt);
    },
  );

  it('gives every control a unique id', () => {
    const ids = controls(flat({ kind: 'kompas' }).body).map((c) => c.id);
    expect(ids.every((id) => /^\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows a Dutch placeholder in every empty control of a blank template', () => {
    const { body } = flat({ kind: 'bouwsteen', id: '1B' });
    const ambities = controls(body).find((c) => c.tag === 'kompas:blanco:1B.ambities');
    expect(ambities?.showingPlaceholder).toBe(true);
    expect(ambities?.text).toBe('Nog geen antwoord.');
    const run = ambities === undefined ? undefined : all(ambities.element, 'r')[0];
    const rPr = run === undefined ? undefined : child(run, W, 'rPr');
    expect(wVal(rPr === undefined ? undefined : child(rPr, W, 'rStyle'))).toBe('PlaceholderText');
  });

  it('locks structured and record-based answers and keeps text answers editable', () => {
    const byTag = new Map(controls(flat({ kind: 'kompas' }).body).map((c) => [c.tag, c.lock]));
    for (const id of [
      '0A.partners',
      '2.indicatoren',
      '3A.prioriteit',
      '3B.matrix',
      '4.tabel',
      '4.check',
      '6.lv.afspraken',
      '6.lv.cijfers',
      '6.lv.acties',
    ]) {
      expect(byTag.get(`kompas:blanco:${id}`), id).toBe('sdtContentLocked');
    }
    for (const tag of [
      '0A.vraagstuk',
      '1B.ambities',
      '1B.rollen#praktijk',
      '4.kwaliteit#deskundigheid',
      '6.lv.herkennen',
    ]) {
      expect(byTag.get(`kompas:blanco:${tag}`), tag).toBe('sdtLocked');
    }
  });

  it('uses the built-in heading styles for bouwsteen, Resultaat, sheets and sub-headings', () => {
    const { body } = flat({ kind: 'bouwsteen', id: '0A' });
    const headings = all(body, 'p')
      .filter((p) => styleOf(p)?.startsWith('Heading'))
      .map((p) => [styleOf(p), textOf(p)]);
    expect(headings).toEqual([
      ['Heading1', 'Bouwsteen 0-A — Zoek naar de samenwerking en het gezamenlijk belang'],
      ['Heading2', 'Resultaat'],
      ['Heading2', 'Wie betrekken we?'],
      ['Heading3', 'Overzicht van partners'],
    ]);
    const b2 = all(flat({ kind: 'bouwsteen', id: '2' }).body, 'p').find((p) => styleOf(p) === 'Heading1');
    expect(b2 === undefined ? '' : textOf(b2)).toBe(
      'Bouwsteen 2 — Formuleer concrete maatschappelijke resultaten',
    );
  });

  it('repeats a header row on every table and marks it in words, not only by shading', () => {
    const { body } = flat({ kind: 'kompas' });
    const tables = all(body, 'tbl');
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const tbl of tables) {
      const [header, ...rest] = children(tbl, W, 'tr');
      const trPr = header === undefined ? undefined : child(header, W, 'trPr');
      expect(trPr === undefined ? undefined : child(trPr, W, 'tblHeader')).toBeDefined();
      for (const row of rest) {
        const pr = child(row, W, 'trPr');
        expect(pr === undefined ? undefined : child(pr, W, 'tblHeader')).toBeUndefined();
      }
      // Word refuses cells that do not end in a paragraph.
      for (const tc of all(tbl, 'tc')) {
        const last = Array.from(tc.childNodes)
          .filter((n) => n.nodeType === 1)
          .pop() as Element | undefined;
        expect(last?.localName).toBe('p');
      }
      expect(child(tbl, W, 'tblGrid')).toBeDefined();
    }
    const quality = tables.find((t) => textOf(t).includes('Mogelijke vragen'));
    const headerCells =
      quality === undefined ? [] : children(children(quality, W, 'tr')[0] as Element, W, 'tc');
    expect(headerCells.map((c) => textOf(c))).toEqual(['Aspect', 'Mogelijke vragen', 'Antwoord']);
    const answers = quality === undefined ? [] : controls(quality).map((c) => c.tag);
    expect(answers).toEqual(['kompas:blanco:4.kwaliteit#deskundigheid', 'kompas:blanco:4.kwaliteit#anders']);
  });

  it('labels guidance in words and links by title; omits all of it when asked', () => {
    const notes = (body: Element) =>
      all(body, 'p')
        .filter((p) => styleOf(p) === 'KompasNotitie')
        .map(textOf);
    const included = flat({ kind: 'kompas' });
    expect(notes(included.body)).toEqual(expect.arrayContaining(['Tip', 'Let op!', 'Advies', 'Voorbeeld']));
    const [link] = all(included.body, 'hyperlink');
    expect(link === undefined ? '' : textOf(link)).toBe('Handreiking jongerenparticipatie');
    const rels = relationshipsOf(included.part('/word/_rels/document.xml.rels').root);
    const rel = rels.find((r) => r.id === link?.getAttributeNS(R, 'id'));
    expect(rel).toMatchObject({ target: 'https://www.nji.nl/participatie?a=1&b=2', external: true });
    expect(notes(included.body)).toContain('Een link zonder adres');

    const omitted = flat({ kind: 'kompas' }, { options: { guidance: 'omit' } });
    const left = notes(omitted.body);
    expect(left.filter((t) => ['Tip', 'Let op!', 'Advies', 'Voorbeeld'].includes(t))).toEqual([]);
    expect(left.join('\n')).not.toMatch(/gemotiveerd|Handreiking|Een goede start/);
    expect(all(omitted.body, 'hyperlink')).toEqual([]);
    expect(relationshipsOf(omitted.part('/word/_rels/document.xml.rels').root).some((r) => r.external)).toBe(
      false,
    );
    // The questions are all still there.
    expect(controls(omitted.body).length).toBe(controls(included.body).length);
  });

  it('marks runs and styles as Dutch', () => {
    const { body } = flat({ kind: 'bouwsteen', id: '2' });
    const langs = new Set(all(body, 'r').map((r) => wVal(child(child(r, W, 'rPr') as Element, W, 'lang'))));
    expect([...langs]).toEqual(['nl-NL']);
  });
});

describe('a filled-in traject', () => {
  const selection: DocumentSelection = { kind: 'kompas' };
  const { body, xml } = flat(selection, { snapshot: filled });

  it('tags every control with the traject and fills it with the answer', () => {
    const cs = controls(body);
    expect(cs.every((c) => c.tag.startsWith(`kompas:${TRAJECT_ID}:`))).toBe(true);
    const text = (tag: string) => cs.find((c) => c.tag === `kompas:${TRAJECT_ID}:${tag}`);
    expect(text('0A.vraagstuk')).toMatchObject({
      showingPlaceholder: false,
      text: 'Ons antwoord op “Vraagstuk”.\nTweede regel\tmet een tab.',
    });
    expect(text('1B.ambities')?.text).toBe('Ambitie 1\nAmbitie 2\nAmbitie 3');
    expect(text('1B.rollen#beleid')?.text).toBe('Financier/beleid: ons antwoord');
    expect(text('4.kwaliteit#anders')?.text).toBe('Over anders namelijk');
  });

  it('shows the referenced answer in place of a cross-reference', () => {
    const paragraphs = all(body, 'p').map(textOf);
    const at = paragraphs.indexOf('Antwoord uit bouwsteen 1-B, Ambities:');
    expect(at).toBeGreaterThan(0);
    expect(paragraphs.slice(at + 1, at + 4)).toEqual(['Ambitie 1', 'Ambitie 2', 'Ambitie 3']);
  });

  it('puts partners, activities, indicators and actions in their tables', () => {
    const cs = new Map(controls(body).map((c) => [c.tag.split(':')[2], c]));
    const partners = cs.get('0A.partners');
    const partnerRows =
      partners === undefined ? [] : children(all(partners.element, 'tbl')[0] as Element, W, 'tr');
    expect(partnerRows.map((r) => children(r, W, 'tc').map(textOf))).toEqual([
      ['Domein', 'Basisvoorzieningen', 'Intensieve en gespecialiseerde ondersteuning'],
      ['Opvang en onderwijs', 'Partnerorganisatie 1', ''],
      ['Veiligheid', '', 'Partnerorganisatie 2'],
    ]);
    expect(partners?.text).toContain('Overige partners: Partner zonder plek.');

    const matrix = cs.get('3B.matrix');
    const header =
      matrix === undefined
        ? []
        : children(children(all(matrix.element, 'tbl')[0] as Element, W, 'tr')[0] as Element, W, 'tc');
    expect(header.map(textOf)).toEqual([
      'Niveau',
      'Maatschappelijk resultaat 1',
      'Maatschappelijk resultaat 2',
      'Maatschappelijk resultaat 3',
      'Nog niet gekoppeld aan een resultaat',
    ]);
    expect(matrix?.text).toContain('Activiteit activiteiten in de basis (Partnerorganisatie 1)');
    expect(matrix?.text).toContain('Kennis 1');

    expect(cs.get('2.indicatoren')?.text).toContain('42,5 % (1 januari 2025)');
    expect(cs.get('2.indicatoren')?.text).toContain('48,25 % (1 december 2025)');
    expect(cs.get('2.indicatoren')?.text).toContain('Jongeren melden vaker. (1 november 2025)');
    expect(cs.get('6.lv.acties')?.text).toContain('Verbeteractie bij Label 6.lv.acties');
    expect(cs.get('6.lv.acties')?.text).toContain('1 maart 2026');
  });

  it('never prints an account or e-mail address (Woo)', () => {
    expect(xml).not.toContain(ACCOUNT);
    expect(xml).not.toContain(PARTNER_EMAIL);
    expect(xml).not.toMatch(/[\w.-]+@[\w-]+\.[\w.]+/);
    expect(xml).toContain('Naam niet vermeld');
  });

  it('names people from the display names it is given', () => {
    const named = flat(selection, {
      snapshot: filled,
      options: { guidance: 'include', displayNames: new Map([[ACCOUNT, 'Jan Jansen']]) },
    });
    expect(controls(named.body).find((c) => c.tag.endsWith('6.lv.acties'))?.text).toContain('Jan Jansen');
  });
});

function bs(id: '1B' | '2') {
  const b = findBouwsteen(edition, id);
  if (b === undefined) throw new Error(`no bouwsteen ${id}`);
  return b;
}

function sheet(id: string) {
  const s = edition.bouwstenen.flatMap((b) => b.sheets).find((x) => x.id === id);
  if (s === undefined) throw new Error(`no sheet ${id}`);
  return s;
}
