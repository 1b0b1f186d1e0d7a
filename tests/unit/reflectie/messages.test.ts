import { describe, expect, it } from 'vitest';
import { issueKey, reflectieIssues } from '../../../shared/domain/reflectie/issues.ts';
import {
  reflectieMessages,
  reflectieText,
  type ReflectieMessageKey,
} from '../../../shared/i18n/reflectie.ts';

const { nl, en } = reflectieMessages;
const keys = Object.keys(nl) as ReflectieMessageKey[];
const holes = (text: string) => [...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]).sort();

describe('the reflectie strings', () => {
  it('have the same keys and placeholders in nl and en', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(holes(en[key]), key).toEqual(holes(nl[key]));
  });

  it('have a Dutch sentence for every validation issue, and no other validation keys', () => {
    for (const issue of reflectieIssues) expect(nl[issueKey(issue)], issue).toMatch(/^[A-Z].*[.!?]$/);
    const validationKeys = keys.filter((k) => k.startsWith('reflectie.validation.'));
    expect(validationKeys.sort()).toEqual(reflectieIssues.map(issueKey).sort());
  });

  it('fill in their placeholders', () => {
    expect(
      reflectieText('nl', 'reflectie.agenda.bouwsteen', { bouwsteen: '3-A', thema: 'Veranderverhaal' }),
    ).toBe('Bouwsteen 3-A: Veranderverhaal');
    expect(reflectieText('en', 'reflectie.beweging.up')).toBe('up');
    // A value that looks like a placeholder is inserted as it is, not filled in again.
    expect(reflectieText('nl', 'reflectie.agenda.traject', { traject: '{traject}' })).toBe(
      'Traject: {traject}',
    );
  });
});
