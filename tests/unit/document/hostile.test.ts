/**
 * Nothing a person types can break the document or add markup: hostile text in answers, list
 * entries, fields, partner names and the traject's name stays well-formed text and comes back
 * intact through read.ts — minus the characters XML 1.0 cannot hold (see the fixture).
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/document/docx.ts';
import { toFlatOpc } from '../../../shared/document/ooxml.ts';
import { readKompasControls, readKompasControlsFromXml } from '../../../shared/document/read.ts';
import { renderKompas, type RenderInput } from '../../../shared/document/render.ts';
import { aTraject } from '../../../shared/testing/builders.ts';
import { hostileStrings, type HostileString } from '../../fixtures/hostile-strings.ts';
import { syntheticEdition } from './synthetic-edition.ts';
import { all, controls, flatParts, parseXml, textOf } from './wordml.ts';

const T = 'traject-0000bb02';
const tag = (q: string) => `kompas:${T}:${q}`;

function inputWith(h: HostileString): RenderInput {
  const builder = aTraject({ id: T })
    .withAnswer('0A.vraagstuk', { kind: 'text', text: h.value })
    .withAnswer('1B.ambities', { kind: 'list', items: [{ id: 'a1', text: h.value }] })
    .withAnswer('1B.rollen', { kind: 'fields', fields: { beleid: h.value } })
    .withAnswer('4.kwaliteit', { kind: 'fields', fields: { anders: h.value } });
  // Names are one line, trimmed, at most 255 characters (tests/unit/domain/names.test.ts); other
  // strings are tested in answers.
  const isName = h.value.replace(/\s+/g, ' ').trim() === h.value;
  if (h.value.length <= 255 && isName && h.value !== '') {
    builder.withPartner({ organisatie: h.value, domein: 'veiligheid', niveau: 'intensief' });
    builder.withTraject({ naam: h.value });
  }
  return {
    edition: syntheticEdition,
    selection: { kind: 'kompas' },
    snapshot: builder.buildSnapshot(),
    options: { guidance: 'include' },
  };
}

describe.each(hostileStrings.map((h) => [h.name, h] as const))('hostile text: %s', (_, h) => {
  const input = inputWith(h);

  it('keeps the Flat OPC package well-formed and the text intact', () => {
    const xml = toFlatOpc(renderKompas(input));
    const body = flatParts(xml).get('/word/document.xml')?.root;
    if (body === undefined) throw new Error('no document part');
    const byTag = new Map(controls(body).map((c) => [c.tag, c]));
    // No markup was injected: the answer is still exactly one paragraph with one text.
    const answer = byTag.get(tag('0A.vraagstuk'));
    expect(answer?.text).toBe(h.expected);
    expect(answer === undefined ? [] : all(answer.element, 'p')).toHaveLength(1);
    expect(answer === undefined ? [] : all(answer.element, 'sdt')).toHaveLength(0);
    expect(byTag.get(tag('1B.ambities'))?.text).toBe(h.expected);
    expect(byTag.get(tag('1B.rollen#beleid'))?.text).toBe(h.expected);
    expect(byTag.get(tag('4.kwaliteit#anders'))?.text).toBe(h.expected);
    // The same through the renderer's own reader.
    const read = new Map(readKompasControlsFromXml(xml).map((c) => [c.tag, c.text]));
    expect(read.get(tag('0A.vraagstuk'))).toBe(h.expected);
    expect(read.get(tag('1B.ambities'))).toBe(h.expected);
    expect(read.get(tag('4.kwaliteit#anders'))).toBe(h.expected);
  });

  it('keeps the .docx well-formed, its properties included, and reads the text back', () => {
    const docx = renderDocx(input);
    const files = unzipSync(docx);
    for (const [name, bytes] of Object.entries(files))
      expect(() => parseXml(strFromU8(bytes)), name).not.toThrow();
    const read = new Map(readKompasControls(docx).map((c) => [c.tag, c.text]));
    expect(read.get(tag('0A.vraagstuk'))).toBe(h.expected);
    expect(read.get(tag('1B.rollen#beleid'))).toBe(h.expected);
    const partners = read.get(tag('0A.partners')) ?? '';
    if (input.snapshot?.partners.length) expect(partners).toContain(h.expected);
    const document = parseXml(strFromU8(files['word/document.xml'] ?? new Uint8Array()));
    const title = all(document, 'p')[0];
    expect(title === undefined ? '' : textOf(title)).toBe(
      `${input.snapshot?.traject.naam ?? ''} — Synthetische editie`.replace(h.value, h.expected),
    );
  });
});

describe('line breaks in answers', () => {
  it('become paragraphs, and come back as LF (CR and CRLF are normalised)', () => {
    const input: RenderInput = {
      edition: syntheticEdition,
      selection: { kind: 'bouwsteen', id: '0A' },
      snapshot: aTraject({ id: T })
        .withAnswer('0A.vraagstuk', { kind: 'text', text: 'een\r\ntwee\rdrie\n\nvijf\n' })
        .buildSnapshot(),
      options: { guidance: 'omit' },
    };
    const xml = toFlatOpc(renderKompas(input));
    const answer = readKompasControlsFromXml(xml).find((c) => c.tag === tag('0A.vraagstuk'));
    expect(answer?.text).toBe('een\ntwee\ndrie\n\nvijf\n');
  });
});
