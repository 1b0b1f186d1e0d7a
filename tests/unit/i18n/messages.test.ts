import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { questionKinds } from '../../../shared/content/schema.ts';
import { errorCodes } from '../../../shared/domain/errors.ts';
import { progressStatusNames } from '../../../shared/domain/rules/progress.ts';
import { reflectieStatusNames } from '../../../shared/domain/rules/schedule.ts';
import { warningCodes, type Warning } from '../../../shared/domain/rules/warnings.ts';
import {
  bouwsteenLabel,
  describeWarning,
  errorMessage,
  formatDate,
  frequencyText,
  pluralCategories,
  pseudoLocale,
  reflectieStatusText,
  resolveLocale,
  translate,
  translator,
  type Locale,
  type MessageKey,
  type MessageValue,
} from '../../../shared/i18n/index.ts';
import { en } from '../../../shared/i18n/en.ts';
import { nl } from '../../../shared/i18n/nl.ts';

const catalogs = { nl, en } as const satisfies Record<string, Readonly<Record<MessageKey, MessageValue>>>;
const keys = Object.keys(nl) as MessageKey[];
const allLocales: readonly Locale[] = ['nl', 'en', pseudoLocale];

function variants(value: MessageValue): string[] {
  if (typeof value === 'string') return [value];
  return pluralCategories.flatMap((category) => value[category] ?? []);
}

function placeholders(value: MessageValue): string[] {
  const names = variants(value).flatMap((v) =>
    [...v.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]!),
  );
  if (typeof value !== 'string') names.push(value.plural);
  return [...new Set(names)].sort();
}

/** Values for every placeholder of a key: 1 for numbers, a word otherwise. */
function sampleParams(key: MessageKey): Record<string, string | number> {
  return Object.fromEntries(placeholders(nl[key]).map((name) => [name, 1]));
}

describe('locale files', () => {
  it('have exactly the same keys in nl and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have the same placeholders and plural shape in nl and en', () => {
    for (const key of keys) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
      expect(typeof en[key], key).toBe(typeof nl[key]);
      const [n, e] = [nl[key], en[key]];
      if (typeof n !== 'string' && typeof e !== 'string') expect(e.plural, key).toBe(n.plural);
    }
  });

  it('have no empty text and no stray white space', () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      for (const key of keys) {
        for (const text of variants(catalog[key])) {
          expect(text.trim(), `${locale} ${key}`).toBe(text);
          expect(text.length, `${locale} ${key}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('have a message for every error code', () => {
    for (const code of errorCodes) {
      for (const locale of allLocales)
        expect(errorMessage(locale, code).length, `${locale} ${code}`).toBeGreaterThan(20);
    }
    expect(errorMessage('nl', 'Throttled')).toBe(
      'Microsoft 365 vraagt ons even te wachten. Je wijzigingen blijven bewaard en worden zo opnieuw verstuurd.',
    );
  });

  it('have a message for every warning code, progress status, reflectie status and question kind', () => {
    const required = [
      ...warningCodes.map((c) => `warning.${c}`),
      ...progressStatusNames.map((s) => `progress.status.${s}`),
      ...reflectieStatusNames.map((s) => `schedule.status.${s}`),
      ...questionKinds.map((k) => `questionKind.${k}`),
      'save.saving',
      'save.saved',
      'save.failed',
    ];
    for (const key of required) expect(keys, key).toContain(key);
  });

  it('fill every placeholder of every message in every locale', () => {
    for (const locale of allLocales) {
      for (const key of keys) {
        const text = (translate as (l: Locale, k: MessageKey, p: object) => string)(
          locale,
          key,
          sampleParams(key),
        );
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('translate', () => {
  it('fills named placeholders in whole sentences', () => {
    expect(translate('nl', 'progress.count', { count: 3, total: 5 })).toBe('3 van 5 vragen beantwoord');
    expect(translate('en', 'progress.count', { count: 3, total: 5 })).toBe('3 of 5 questions answered');
    expect(translate('nl', 'save.saving')).toBe('Bezig met opslaan…');
  });

  it('chooses the plural form by the number the message names', () => {
    expect(translate('nl', 'progress.count', { count: 0, total: 1 })).toBe('0 van 1 vraag beantwoord');
    expect(translate('nl', 'progress.count', { count: 1, total: 2 })).toBe('1 van 2 vragen beantwoord');
    expect(translate('en', 'progress.count', { count: 1, total: 1 })).toBe('1 of 1 question answered');
    expect(translate('nl', 'frequency.weken', { interval: 1 })).toBe('Elke week');
    expect(translate('nl', 'frequency.weken', { interval: 2 })).toBe('Elke 2 weken');
  });

  it('writes numbers the way the locale does', () => {
    expect(translate('nl', 'progress.count', { count: 1234, total: 2000 })).toBe(
      '1.234 van 2.000 vragen beantwoord',
    );
    expect(translate('en', 'progress.count', { count: 1234, total: 2000 })).toBe(
      '1,234 of 2,000 questions answered',
    );
  });

  it('leaves a missing placeholder visible instead of dropping it', () => {
    // @ts-expect-error: the type demands count and total.
    expect(translate('nl', 'progress.count')).toBe('{count} van {total} vragen beantwoord');
  });

  it('binds to a locale', () => {
    const t = translator('en');
    expect(t('save.saved')).toBe('Saved');
  });

  it('has a pseudo-locale that keeps placeholders and shows what bypassed i18n', () => {
    const pseudo = translate(pseudoLocale, 'warning.resultWithoutIndicator', { resultaat: 'Veilig' });
    expect(pseudo).toMatch(/^\[.*\]$/);
    expect(pseudo).toContain('‘Veilig’');
    expect(pseudo).not.toBe(
      `[${translate('nl', 'warning.resultWithoutIndicator', { resultaat: 'Veilig' })}]`,
    );
  });
});

describe('resolveLocale', () => {
  it('maps host locales to ours, Dutch by default', () => {
    expect(
      ['en-us', 'en-GB', 'EN', 'nl-NL', 'nl', 'de-DE', '', undefined, 'qps-ploc'].map(resolveLocale),
    ).toEqual(['en', 'en', 'en', 'nl', 'nl', 'nl', 'nl', 'nl', 'qps-ploc']);
  });
});

describe('formatDate', () => {
  it('writes Dutch long dates', () => {
    expect(formatDate('nl', '2026-11-26')).toBe('26 november 2026');
    expect(formatDate('nl', '2028-02-29')).toBe('29 februari 2028');
    expect(formatDate('en', '2026-11-26')).toBe('26 November 2026');
  });

  it('never shifts the day, whatever the machine’s time zone', () => {
    // Intl reads the zone once per process, so each zone gets its own Node process.
    const module = new URL('../../../shared/i18n/translate.ts', import.meta.url).href;
    const script = `import { formatDate } from ${JSON.stringify(module)};
      console.log(JSON.stringify([formatDate('nl', '2026-03-29'), formatDate('nl', '2026-01-01')]));`;
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect(JSON.parse(out), zone).toEqual(['29 maart 2026', '1 januari 2026']);
    }
  });

  it('rejects what is not a calendar date', () => {
    expect(() => formatDate('nl', '26-11-2026')).toThrow(RangeError);
  });
});

describe('describing domain values', () => {
  it('writes bouwsteen numbers as the NJi does', () => {
    expect(['0A', '1B', '2', '3A'].map((b) => bouwsteenLabel(b as '0A'))).toEqual(['0-A', '1-B', '2', '3-A']);
  });

  it('describes every warning code with its data', () => {
    const place = {
      bouwsteen: '0B',
      sheetId: '0B/leren-en-verbeteren',
      questionId: '0B.lv.afspraken',
    } as never;
    const samples: Record<Warning['code'], Warning> = {
      listOverSoftMax: { code: 'listOverSoftMax', place, vraag: 'Ambities', count: 4, max: 3 },
      resultWithoutIndicator: {
        code: 'resultWithoutIndicator',
        place,
        entryId: 'r1' as never,
        resultaat: 'Veilig',
      },
      indicatorTargetYearPast: {
        code: 'indicatorTargetYearPast',
        indicatorId: 'i' as never,
        naam: 'Meldingen',
        jaar: 2025,
      },
      activityWithoutResult: { code: 'activityWithoutResult', activiteitId: 'a' as never, naam: 'Spreekuur' },
      reflectionOverdue: { code: 'reflectionOverdue', place, due: '2026-03-01', dagen: 1 },
      actionOverdue: {
        code: 'actionOverdue',
        place,
        actieId: 'x' as never,
        tekst: 'Bel',
        deadline: '2026-03-01',
        dagen: 3,
      },
    };
    expect(Object.keys(samples).sort()).toEqual([...warningCodes].sort());
    for (const locale of allLocales) {
      for (const warning of Object.values(samples)) {
        expect(describeWarning(locale, warning), `${locale} ${warning.code}`).not.toMatch(/[{}]/);
      }
    }
    expect(describeWarning('nl', samples.indicatorTargetYearPast)).toContain('doeljaar 2025 ');
    expect(describeWarning('nl', samples.reflectionOverdue)).toBe(
      'De reflectie van bouwsteen 0-B stond gepland op 1 maart 2026; dat is 1 dag geleden.',
    );
    expect(describeWarning('nl', samples.actionOverdue)).toBe(
      'De actie ‘Bel’ had op 1 maart 2026 klaar moeten zijn; dat is 3 dagen geleden.',
    );
  });

  it('describes reflectie statuses and frequencies', () => {
    expect(reflectieStatusText('nl', { status: 'geen-afspraak' })).toMatch(/geen afspraak/);
    expect(reflectieStatusText('nl', { status: 'gepland', due: '2026-11-26' })).toBe(
      'De volgende reflectie is op 26 november 2026.',
    );
    expect(reflectieStatusText('nl', { status: 'verlopen', due: '2026-11-26', dagen: 2 })).toBe(
      'De reflectie is 2 dagen te laat; die stond gepland op 26 november 2026.',
    );
    expect(frequencyText('nl', { interval: 3, unit: 'maanden' })).toBe('Elke 3 maanden');
    expect(frequencyText('en', { interval: 1, unit: 'jaren' })).toBe('Every year');
  });
});
