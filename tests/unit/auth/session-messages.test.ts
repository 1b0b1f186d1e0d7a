import { describe, expect, it } from 'vitest';
import { pluralCategories, type MessageValue } from '../../../shared/i18n/index.ts';
import { sessionMessages } from '../../../shared/i18n/session.ts';

/** The placeholders of a message, over all its plural forms, and the number that picks the form. */
function holes(value: MessageValue): string[] {
  const texts =
    typeof value === 'string'
      ? [value]
      : pluralCategories.flatMap((form) => (value[form] === undefined ? [] : [value[form]]));
  const names = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1] ?? '');
  }
  if (typeof value !== 'string') names.add(`#${value.plural}`);
  return [...names].sort();
}

describe('the sign-out strings (issue #4)', () => {
  const { nl, en } = sessionMessages;

  it('have the same keys and placeholders in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect([key, holes(en[key])]).toEqual([key, holes(nl[key])]);
    }
  });

  it('say the number in the plural form for more than one', () => {
    for (const locale of [nl, en]) {
      for (const value of [locale['session.signOut.unsaved'], locale['session.adopted']]) {
        expect(value.other).toContain(`{${value.plural}}`);
      }
    }
  });
});
