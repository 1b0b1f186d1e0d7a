/**
 * The renderer's own XML reader on documents it did not write: other prefixes, entities, CDATA,
 * tracked changes, run-level and nested controls, and input that is not XML at all.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  importAnswers,
  mainDocumentXml,
  readControlsFromXml,
  readKompasControlsFromXml,
} from '../../../shared/document/read.ts';
import type { AnswerValue } from '../../../shared/domain/answer.ts';
import { isKompasError } from '../../../shared/domain/errors.ts';
import { entry, fields, list, text } from '../../../shared/testing/builders.ts';
import { syntheticEdition } from './synthetic-edition.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const sdt = (tag: string, content: string, pr = '') =>
  `<w:sdt><w:sdtPr><w:alias w:val="T"/><w:tag w:val="${tag}"/><w:id w:val="1"/>${pr}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const doc = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const p = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r>${r}</w:r>`).join('')}</w:p>`;
const t = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;

describe('readControlsFromXml', () => {
  it('reads paragraphs, tabs and breaks, and decodes entities and CDATA', () => {
    const xml = doc(
      sdt(
        'kompas:blanco:0A.vraagstuk',
        p(t('a &amp; &lt;b&gt; &#x1F642; &#233;'), '<w:tab/>', t('c')) + p('<w:br/>', t('<![CDATA[<d>]]>')),
      ),
    );
    expect(readControlsFromXml(xml)).toEqual([
      {
        tag: 'kompas:blanco:0A.vraagstuk',
        title: 'T',
        text: 'a & <b> 🙂 é\tc\n\n<d>',
        showingPlaceholder: false,
        lock: undefined,
      },
    ]);
  });

  it('resolves namespaces, whatever the prefix', () => {
    const xml = `<x:document xmlns:x="${W}"><x:body><x:sdt><x:sdtPr><x:tag x:val="kompas:blanco:0A.naam"/></x:sdtPr><x:sdtContent><x:p><x:r><x:t>Hallo</x:t></x:r></x:p></x:sdtContent></x:sdt>
      <w:sdt xmlns:w="urn:other"><w:sdtPr><w:tag w:val="kompas:blanco:0A.vraagstuk"/></w:sdtPr></w:sdt></x:body></x:document>`;
    expect(readControlsFromXml(xml).map((c) => [c.tag, c.text])).toEqual([
      ['kompas:blanco:0A.naam', 'Hallo'],
    ]);
  });

  it('leaves out deleted text and tab stops, and reads a placeholder as empty', () => {
    const xml = doc(
      sdt(
        'kompas:blanco:0A.vraagstuk',
        `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:del><w:r><w:delText>weg</w:delText></w:r></w:del><w:ins><w:r>${t('nieuw')}</w:r></w:ins></w:p>`,
      ) + sdt('kompas:blanco:0A.naam', p(t('Nog geen antwoord.')), '<w:showingPlcHdr/>'),
    );
    expect(readControlsFromXml(xml).map((c) => [c.text, c.showingPlaceholder])).toEqual([
      ['nieuw', false],
      ['', true],
    ]);
  });

  it('reads run-level controls and gives nested text to the outer control too', () => {
    const inner = `<w:sdt><w:sdtPr><w:tag w:val="kompas:blanco:0A.naam"/></w:sdtPr><w:sdtContent><w:r>${t('binnen')}</w:r></w:sdtContent></w:sdt>`;
    const xml = doc(sdt('buiten', `<w:p><w:r>${t('voor ')}</w:r>${inner}</w:p>`));
    expect(readControlsFromXml(xml).map((c) => [c.tag, c.text])).toEqual([
      ['buiten', 'voor binnen'],
      ['kompas:blanco:0A.naam', 'binnen'],
    ]);
  });

  it('passes over a municipality’s own controls', () => {
    const xml = doc(sdt('Datum', p(t('1 mei'))) + sdt('kompas:blanco:0A.naam', p(t('Kompas'))));
    expect(readKompasControlsFromXml(xml).map((c) => c.parsedTag)).toEqual([
      { owner: 'blanco', question: '0A.naam' },
    ]);
  });

  it.each([
    ['an unclosed element', doc('<w:p>')],
    ['a mismatched end tag', `<w:document xmlns:w="${W}"></w:body>`],
    ['an unknown entity', doc(p(t('&nbsp;')))],
    ['a DOCTYPE', `<!DOCTYPE x [<!ENTITY e "boom">]><w:document xmlns:w="${W}"/>`],
    ['an unbound prefix', '<q:document/>'],
    ['an unquoted attribute', `<w:document xmlns:w=${W}/>`],
    ['text outside the root', `x<w:document xmlns:w="${W}"/>`],
  ])('refuses %s', (_, xml) => {
    let error: unknown;
    try {
      readControlsFromXml(xml);
    } catch (e) {
      error = e;
    }
    expect(isKompasError(error, 'Validation')).toBe(true);
  });
});

describe('mainDocumentXml', () => {
  it('finds the main part through the package relationships', () => {
    const zip = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/elders/hoofd.xml"/></Relationships>',
      ),
      'elders/hoofd.xml': strToU8(doc('')),
    });
    expect(mainDocumentXml(zip)).toBe(doc(''));
  });

  it('refuses what is not a .docx', () => {
    expect(() => mainDocumentXml(strToU8('geen zip'))).toThrow(/not a \.docx/);
    expect(() => mainDocumentXml(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/no main document part/);
  });
});

describe('importAnswers', () => {
  const T = 'traject-0000cc03';
  const read = (body: string) => readKompasControlsFromXml(doc(body));

  it('merges fields, keeps entry ids, leaves out unchanged answers and says what it skipped', () => {
    const controls = read(
      sdt(`kompas:${T}:1B.rollen#praktijk`, p(t('Scholen'))) +
        sdt(`kompas:${T}:1B.rollen#beleid`, p(t('Nieuw beleid'))) +
        sdt(`kompas:${T}:1B.ambities`, p(t('Veilig')) + p(t('Gezond'))) +
        sdt(`kompas:${T}:0A.vraagstuk`, p(t('Ongewijzigd'))) +
        sdt(`kompas:${T}:0A.partners`, p(t('x')), '<w:lock w:val="sdtContentLocked"/>') +
        sdt(`kompas:traject-andere01:0A.naam`, p(t('x'))) +
        sdt(`kompas:${T}:5.bestaat-niet`, p(t('x'))) +
        sdt(`kompas:blanco:0A.naam`, p(t('Uit een blanco sjabloon'))) +
        sdt(`kompas:${T}:6.lv.afspraken`, p(t('x'))),
    );
    const previous = new Map<string, AnswerValue>([
      ['1B.rollen', fields({ praktijk: 'Scholen', beleid: 'Oud beleid' })],
      ['1B.ambities', list(entry('a1', 'Veilig'), entry('a2', 'Gezond'))],
      ['0A.vraagstuk', text('Ongewijzigd')],
    ]);
    const result = importAnswers({ edition: syntheticEdition, controls, trajectId: T, previous });
    expect(Object.fromEntries(result.updates)).toEqual({
      '1B.rollen': fields({ praktijk: 'Scholen', beleid: 'Nieuw beleid' }),
      '0A.naam': text('Uit een blanco sjabloon'),
    });
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'locked',
      'otherTraject',
      'unknownQuestion',
      'notTextLike',
    ]);
  });

  it('does not turn an untouched placeholder into an empty answer', () => {
    const controls = read(sdt(`kompas:${T}:0A.naam`, p(t('Nog geen antwoord.')), '<w:showingPlcHdr/>'));
    expect(
      importAnswers({ edition: syntheticEdition, controls, trajectId: T, previous: new Map() }).updates.size,
    ).toBe(0);
  });
});
