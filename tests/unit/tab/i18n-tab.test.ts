import { describe, expect, it } from 'vitest';
import { nl } from '../../../shared/i18n/nl.ts';
import { tabMessages } from '../../../shared/i18n/tab.ts';
import { translate } from '../../../shared/i18n/translate.ts';

const holes = (value: unknown): string[] =>
  [...JSON.stringify(value).matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1] ?? '').sort();

describe('the tab’s UI strings', () => {
  it('has the same keys and placeholders in Dutch and English, all of them in the one catalogue', () => {
    expect(Object.keys(tabMessages.en).sort()).toEqual(Object.keys(tabMessages.nl).sort());
    for (const [key, value] of Object.entries(tabMessages.nl)) {
      const english: unknown = tabMessages.en[key as keyof typeof tabMessages.en];
      expect(new Set(holes(english)), key).toEqual(new Set(holes(value)));
      expect(key.startsWith('tab.'), key).toBe(true);
      expect(nl[key as keyof typeof nl], key).toEqual(value);
    }
  });

  it('fills placeholders, picks plural forms and formats numbers per locale', () => {
    expect(translate('nl', 'tab.banner.offline', { count: 3 })).toBe(
      'Geen verbinding. 3 wijzigingen wachten op verbinding en worden daarna verstuurd.',
    );
    expect(translate('nl', 'tab.banner.offline', { count: 1 })).toBe(
      'Geen verbinding. 1 wijziging wacht op verbinding en wordt daarna verstuurd.',
    );
    expect(translate('en', 'tab.acties.count', { count: 1200 })).toBe('1,200 actions');
    expect(translate('nl', 'tab.acties.count', { count: 1200 })).toBe('1.200 acties');
    // The core's keys come from the same catalogue.
    expect(translate('nl', 'save.saved')).toBe('Opgeslagen');
    expect(translate('en', 'progress.count', { count: 2, total: 5 })).toBe('2 of 5 questions answered');
  });
});
