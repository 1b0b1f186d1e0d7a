/** The merge suggestion for two versions of one text (shared/application/merge.ts). */
import { describe, expect, it } from 'vitest';
import { mergeText } from '../../../shared/application/merge.ts';

describe('mergeText', () => {
  it('keeps the text neither changed once when one wrote before it and the other after it', () => {
    const before = 'De scholen en de GGD werken samen.';
    expect(
      mergeText(`A: de GGD zoekt de mensen.\n\n${before}`, `${before}\n\nB: we vragen de scholen.`),
    ).toBe(`A: de GGD zoekt de mensen.\n\n${before}\n\nB: we vragen de scholen.`);
  });

  it('puts both versions of a changed line in its place, theirs first, and keeps the rest once', () => {
    const theirs = 'Ambitie\nAlle jongeren voelen zich veilig op school.\nBron: GGD';
    const mine = 'Ambitie\nAlle jongeren voelen zich veilig, ook online.\nBron: GGD';
    expect(mergeText(theirs, mine)).toBe(
      'Ambitie\nAlle jongeren voelen zich veilig op school.\nAlle jongeren voelen zich veilig, ook online.\nBron: GGD',
    );
  });

  it('does not anchor on blank lines alone: without a shared line of text both stand whole', () => {
    expect(mergeText('Versie van Bram', 'Versie van Anna')).toBe('Versie van Bram\n\nVersie van Anna');
    expect(mergeText('Bram\n\nregel', 'Anna\n\ntekst')).toBe('Bram\n\nregel\n\nAnna\n\ntekst');
  });

  it('returns the longer text when the other is part of it', () => {
    expect(mergeText('Basis', 'Basis en meer')).toBe('Basis en meer');
    expect(mergeText('Basis en meer', 'Basis')).toBe('Basis en meer');
  });

  it('offers both texts whole when they are too long to compare line by line', () => {
    const theirs = Array.from({ length: 600 }, (_, i) => `regel ${i}`).join('\n');
    const mine = Array.from({ length: 600 }, (_, i) => (i === 0 ? 'anders' : `regel ${i}`)).join('\n');
    expect(mergeText(theirs, mine)).toBe(`${theirs}\n\n${mine}`);
  });
});
