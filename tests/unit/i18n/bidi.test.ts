/** Typed text put into a sentence is isolated when it could turn the sentence around (shared/i18n/bidi.ts). */
import { describe, expect, it } from 'vitest';
import { isolateBidi, joinIsolated } from '../../../shared/i18n/bidi.ts';
import { translate } from '../../../shared/i18n/index.ts';
import '../../../shared/i18n/tab.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolateBidi', () => {
  it('leaves left-to-right and neutral text exactly as typed', () => {
    for (const text of ['GGD Voorbeeldstad', 'Jeugd & Gezin (0–23 jaar)', '12,5%', '', '😀 <b>', 'Ŝčřïpţ']) {
      expect(isolateBidi(text)).toBe(text);
    }
  });

  it('isolates right-to-left letters and every bidi control, keeping the text inside intact', () => {
    for (const text of [
      'foto\u202Egnp.exe',
      '\u202Atest',
      '\u2067x',
      'a\u200Fb',
      'مدرسة الأمل',
      'בית ספר',
      '𞤀𞤁', // Adlam, outside the BMP
    ]) {
      expect(isolateBidi(text)).toBe(`${FSI}${text}${PDI}`);
    }
  });

  it('isolates each name of a list, so one cannot turn the separators and the next name around', () => {
    expect(joinIsolated(['GGD', 'x\u202E', 'Politie'])).toBe(`GGD, ${FSI}x\u202E${PDI}, Politie`);
  });
});

describe('translate', () => {
  it('isolates a text value that could reorder the sentence, and leaves ordinary values alone', () => {
    expect(translate('nl', 'tab.header.gemeente', { gemeente: 'Voorbeeldstad' })).not.toContain(FSI);
    const hostile = translate('nl', 'tab.header.gemeente', { gemeente: 'a\u202Eb' });
    expect(hostile).toContain(`${FSI}a\u202Eb${PDI}`);
  });
});
