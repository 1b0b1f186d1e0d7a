import { describe, expect, it } from 'vitest';
import { authFailureCodes, AuthError } from '../../../shared/auth/errors.ts';
import { toKompasError } from '../../../shared/auth/errors.ts';
import { errorCodes, KompasError } from '../../../shared/domain/errors.ts';
import { pluralCategories, translator, type MessageValue } from '../../../shared/i18n/index.ts';
import { wordMessages } from '../../../shared/i18n/word.ts';
import { describeError } from '../../../word-addin/app/errors.ts';
import { officeErrorCodes, WordError } from '../../../word-addin/host/office/errors.ts';

function variants(value: MessageValue): string[] {
  if (typeof value === 'string') return [value];
  return pluralCategories.flatMap((c) => value[c] ?? []);
}

function holes(value: MessageValue): string[] {
  const names = variants(value).flatMap((v) =>
    [...v.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1] ?? ''),
  );
  if (typeof value !== 'string') names.push(value.plural);
  return [...new Set(names)].sort();
}

describe('the pane’s strings', () => {
  const nl: Readonly<Record<string, MessageValue>> = wordMessages.nl;
  const en: Readonly<Record<string, MessageValue>> = wordMessages.en;

  it('has the same keys and placeholders in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl)) {
      const dutch = nl[key];
      const english = en[key];
      if (dutch === undefined || english === undefined) throw new Error(key);
      expect({ key, holes: holes(english) }).toEqual({ key, holes: holes(dutch) });
    }
  });

  it('gives every Office error, core error and sign-in failure its own Dutch sentence', () => {
    const t = translator('nl');
    const texts = new Set<string>();
    for (const code of [...officeErrorCodes, 'RequirementMissing', 'Unknown'] as const) {
      const d = describeError(t, new WordError(code, { officeCode: code }));
      expect(d.text).not.toMatch(/^word\./);
      expect(d.code).toBe(code);
      texts.add(d.text);
    }
    for (const code of errorCodes) {
      const d = describeError(t, new KompasError(code, 'x'));
      expect(d.text).not.toMatch(/^error\./);
      texts.add(d.text);
    }
    for (const code of authFailureCodes) {
      const d = describeError(t, toKompasError({ code, diagnostics: { errorCode: `E-${code}` } }));
      expect(d.signIn).toBe(true);
      expect(d.code).toBe(`E-${code}`);
      expect(d.text).not.toMatch(/^auth\./);
    }
    expect(describeError(t, new AuthError('Cancelled')).text).toContain('afgebroken');
    // Office's own codes each say something about Word, not the generic fallback.
    expect(describeError(t, new WordError('AccessDenied')).text).toContain('Word staat geen wijzigingen toe');
    expect(describeError(t, new WordError('GeneralException')).text).toContain(
      'Word kon dit nu niet uitvoeren',
    );
    expect(texts.size).toBeGreaterThan(15);
  });

  it('fills plural forms by count', () => {
    const t = translator('nl');
    expect(t('word.insert.done', { count: 1 })).toBe(
      'Het sjabloon is ingevoegd, met 1 onderdeel om in te vullen.',
    );
    expect(t('word.insert.done', { count: 161 })).toBe(
      'Het sjabloon is ingevoegd, met 161 onderdelen om in te vullen.',
    );
    expect(translator('en')('word.check.found', { count: 2 })).toBe('2 answers were changed in Word.');
  });
});
