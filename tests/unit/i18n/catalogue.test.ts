/** The one catalogue: composed of per-area sections, each key in exactly one, nl and en alike. */
import { describe, expect, it } from 'vitest';
import { authMessages } from '../../../shared/i18n/auth.ts';
import { coreMessages } from '../../../shared/i18n/core.ts';
import { en } from '../../../shared/i18n/en.ts';
import { pseudoLocale, translate, type MessageValue } from '../../../shared/i18n/index.ts';
import { nl } from '../../../shared/i18n/nl.ts';
import { reflectieMessages, reflectieText } from '../../../shared/i18n/reflectie.ts';
import { reflectiesTabMessages } from '../../../shared/i18n/reflecties-tab.ts';
import { screensCommonMessages } from '../../../shared/i18n/screens-common.ts';
import { screensMessages } from '../../../shared/i18n/screens.ts';
import { sessionMessages } from '../../../shared/i18n/session.ts';
import { tabMessages } from '../../../shared/i18n/tab.ts';
import { werkbladenMessages } from '../../../shared/i18n/werkbladen.ts';
import { wordMessages } from '../../../shared/i18n/word.ts';

type Section = { readonly [key: string]: MessageValue };
const sections: Readonly<Record<string, { readonly nl: Section; readonly en: Section }>> = {
  core: coreMessages,
  auth: authMessages,
  session: sessionMessages,
  tab: tabMessages,
  screensCommon: screensCommonMessages,
  screens: screensMessages,
  werkbladen: werkbladenMessages,
  reflectie: reflectieMessages,
  reflectiesTab: reflectiesTabMessages,
  word: wordMessages,
};
const catalogue: { readonly nl: Section; readonly en: Section } = { nl, en };

describe('the catalogue', () => {
  it('holds every key of every section, with the section’s text, in nl and en', () => {
    for (const [name, section] of Object.entries(sections)) {
      for (const locale of ['nl', 'en'] as const) {
        for (const [key, value] of Object.entries(section[locale])) {
          expect(catalogue[locale][key], `${name} ${locale} ${key}`).toEqual(value);
        }
      }
    }
  });

  it('has every key in exactly one section, so no section overrides another and none is left out', () => {
    const owner = new Map<string, string>();
    for (const [name, section] of Object.entries(sections)) {
      for (const key of Object.keys(section.nl)) {
        expect(owner.get(key), `${key} in ${name}`).toBeUndefined();
        owner.set(key, name);
      }
    }
    expect([...owner.keys()].sort()).toEqual(Object.keys(nl).sort());
    expect(owner.get('error.Conflict')).toBe('core');
    const coreKeys = Object.keys(coreMessages.nl);
    expect(coreKeys.some((key) => key.startsWith('tab.') || key.startsWith('word.'))).toBe(false);
  });

  it('translates every area’s keys through the one translate', () => {
    expect(translate('en', 'tab.acties.count', { count: 1200 })).toBe('1,200 actions');
    expect(translate('nl', 'auth.diagnostics', { code: 'AADSTS50076' })).toBe(
      'Code voor de beheerder: AADSTS50076',
    );
    expect(translate('nl', 'word.insert.done', { count: 1 })).toBe(
      'Het sjabloon is ingevoegd, met 1 onderdeel om in te vullen.',
    );
    expect(translate('en', 'screens.validation.tooLong', { max: 60_000 })).toBe(
      'Use at most 60,000 characters.',
    );
  });

  it('marks every area’s text in the pseudo-locale, never the values put in it', () => {
    const samples = [
      translate(pseudoLocale, 'tab.acties.count', { count: 3 }),
      translate(pseudoLocale, 'werkbladen.copyLink.copied', { vraag: 'Ambitie' }),
      translate(pseudoLocale, 'reflecties.title'),
      translate(pseudoLocale, 'word.insert.done', { count: 2 }),
      translate(pseudoLocale, 'auth.demo.user', { naam: 'Anna' }),
    ];
    for (const text of samples) expect(text).toMatch(/^\[.*\]$/);
    expect(samples[1]).toContain('‘Ambitie’');
    expect(samples[4]).toContain('Anna');
    expect(samples[2]).not.toBe(`[${translate('nl', 'reflecties.title')}]`);
  });

  it('keeps the core’s reflectie sentences on the same translate', () => {
    const params = { onderwerp: 'Reflectie 3-A', reden: 'ziek' };
    for (const locale of ['nl', 'en'] as const) {
      expect(reflectieText(locale, 'reflectie.annuleren.berichtMetReden', params)).toBe(
        translate(locale, 'reflectie.annuleren.berichtMetReden', params),
      );
    }
  });
});
