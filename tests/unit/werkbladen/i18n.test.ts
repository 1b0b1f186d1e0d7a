/** The Werkbladen screen's strings: nl and en alike in keys, placeholders and plural forms. */
import { describe, expect, it } from 'vitest';
import { pluralCategories, translate, type MessageValue } from '../../../shared/i18n/index.ts';
import { werkbladenMessages } from '../../../shared/i18n/werkbladen.ts';

const { nl, en } = werkbladenMessages;
const keys = Object.keys(nl) as (keyof typeof nl)[];

function variants(value: MessageValue): string[] {
  return typeof value === 'string' ? [value] : pluralCategories.flatMap((c) => value[c] ?? []);
}

function placeholders(value: MessageValue): string[] {
  const names = variants(value).flatMap((v) =>
    [...v.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1] ?? ''),
  );
  if (typeof value !== 'string') names.push(value.plural);
  return [...new Set(names)].sort();
}

describe('werkbladenMessages', () => {
  it('has the same keys, placeholders and plural shape in nl and en', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
      expect(typeof en[key], key).toBe(typeof nl[key]);
    }
  });

  it('has no empty text and no stray white space', () => {
    for (const catalog of [nl, en]) {
      for (const key of keys) {
        for (const text of variants(catalog[key])) {
          expect(text.length, key).toBeGreaterThan(0);
          expect(text.trim(), key).toBe(text);
        }
      }
    }
  });

  it('uses keys of its own screen only', () => {
    expect(keys.every((k) => k.startsWith('werkbladen.'))).toBe(true);
  });

  it('fills placeholders, chooses plural forms, and shares the catalogue with the core’s keys', () => {
    expect(translate('nl', 'werkbladen.list.moved', { item: 'Ambitie', n: 2, total: 4 })).toBe(
      'Ambitie staat nu op plaats 2 van 4.',
    );
    expect(translate('nl', 'werkbladen.crossRef.partners', { count: 1, namen: 'GGD' })).toBe(
      '1 partner: GGD',
    );
    expect(translate('en', 'werkbladen.crossRef.partners', { count: 2, namen: 'GGD, school' })).toBe(
      '2 partners: GGD, school',
    );
    expect(translate('nl', 'save.saved')).toBe('Opgeslagen');
    expect(translate('nl', 'progress.count', { count: 1, total: 3 })).toBe('1 van 3 vragen beantwoord');
  });

  it('marks its strings in the pseudo-locale, but not the person’s text in them', () => {
    const text = translate('qps-ploc', 'werkbladen.copyLink.copied', { vraag: 'Ambitie' });
    expect(text).toMatch(/^\[.*\]$/);
    expect(text).toContain('‘Ambitie’');
  });
});
