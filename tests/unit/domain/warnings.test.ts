import { describe, expect, it } from 'vitest';
import {
  actionOverdueWarnings,
  activityWithoutResultWarnings,
  indicatorTargetYearPastWarnings,
  listOverSoftMaxWarnings,
  reflectionOverdueWarnings,
  resultWithoutIndicatorWarnings,
  warningCodes,
  warnings,
} from '../../../shared/domain/rules/warnings.ts';
import type { ReflectieOf } from '../../../shared/domain/rules/progress.ts';
import { aTraject, entry, frequency, list } from '../../../shared/testing/builders.ts';
import { testEdition } from '../../fixtures/editions.ts';

const today = '2026-03-15';
const resultaten = list(
  entry('r1', 'Minder grensoverschrijdend gedrag'),
  entry('r2', 'Jongeren weten waar ze terechtkunnen'),
);

describe('listOverSoftMax', () => {
  it('warns at more filled entries than the soft maximum', () => {
    const records = aTraject()
      .withAnswer('1B.ambities', list('a', 'b', 'c', 'd'))
      .build();
    expect(listOverSoftMaxWarnings(testEdition, records)).toEqual([
      {
        code: 'listOverSoftMax',
        place: { bouwsteen: '1B', sheetId: '1B/ambities', questionId: '1B.ambities' },
        vraag: 'Vraag 1B.ambities',
        count: 4,
        max: 3,
      },
    ]);
  });

  it('does not warn at the maximum, or when the extra entries are blank', () => {
    expect(
      listOverSoftMaxWarnings(
        testEdition,
        aTraject()
          .withAnswer('1B.ambities', list('a', 'b', 'c'))
          .build(),
      ),
    ).toEqual([]);
    const blanks = aTraject()
      .withAnswer('1B.ambities', list('a', 'b', 'c', '  ', ''))
      .build();
    expect(listOverSoftMaxWarnings(testEdition, blanks)).toEqual([]);
  });

  it('does not warn for lists without a soft maximum', () => {
    const records = aTraject()
      .withAnswer('2.resultaten', list('a', 'b', 'c', 'd', 'e'))
      .build();
    expect(listOverSoftMaxWarnings(testEdition, records)).toEqual([]);
  });
});

describe('resultWithoutIndicator', () => {
  it('warns for each result no indicator is linked to', () => {
    const records = aTraject()
      .withAnswer('2.resultaten', resultaten)
      .withIndicator({ koppeling: { soort: 'resultaat', entryId: 'r1' } })
      .build();
    expect(resultWithoutIndicatorWarnings(testEdition, records)).toEqual([
      {
        code: 'resultWithoutIndicator',
        place: { bouwsteen: '2', sheetId: '2/resultaten', questionId: '2.resultaten' },
        entryId: 'r2',
        resultaat: 'Jongeren weten waar ze terechtkunnen',
      },
    ]);
  });

  it('does not warn when every result is measured, or for blank entries', () => {
    const records = aTraject()
      .withAnswer('2.resultaten', list(...resultaten.items, entry('r3', ' ')))
      .withIndicator({ koppeling: { soort: 'resultaat', entryId: 'r1' } })
      .withIndicator({ soort: 'signaal', koppeling: { soort: 'resultaat', entryId: 'r2' } })
      .build();
    expect(resultWithoutIndicatorWarnings(testEdition, records)).toEqual([]);
  });

  it('does not take a link to a veranderverhaal element with the same id for a result', () => {
    const records = aTraject()
      .withAnswer('2.resultaten', list(entry('r1', 'Minder meldingen')))
      .withIndicator({ koppeling: { soort: 'veranderverhaal', entryId: 'r1' } })
      .build();
    expect(resultWithoutIndicatorWarnings(testEdition, records).map((w) => w.entryId)).toEqual(['r1']);
  });
});

describe('indicatorTargetYearPast', () => {
  it('warns when the target year lies before this year', () => {
    const records = aTraject()
      .withIndicator({
        id: 'indicator-old',
        naam: 'Meldingen',
        herkomst: '2.indicatoren',
        doel: { waarde: 5, jaar: 2025 },
      })
      .withIndicator({ naam: 'Zonder herkomst', doel: { waarde: 5, jaar: 2020 } })
      .build();
    expect(indicatorTargetYearPastWarnings(testEdition, records, today)).toEqual([
      {
        code: 'indicatorTargetYearPast',
        place: { bouwsteen: '2', sheetId: '2/resultaten', questionId: '2.indicatoren' },
        indicatorId: 'indicator-old',
        naam: 'Meldingen',
        jaar: 2025,
      },
      {
        code: 'indicatorTargetYearPast',
        indicatorId: 'indicator-000001',
        naam: 'Zonder herkomst',
        jaar: 2020,
      },
    ]);
  });

  it('does not warn in the target year itself, later, or without a target', () => {
    const records = aTraject()
      .withIndicator({ doel: { waarde: 5, jaar: 2026 } })
      .withIndicator({ doel: { waarde: 5, jaar: 2030 } })
      .withIndicator()
      .build();
    expect(indicatorTargetYearPastWarnings(testEdition, records, today)).toEqual([]);
  });
});

describe('activityWithoutResult', () => {
  it('warns for activiteiten linked to no result, or only to a result that was removed', () => {
    const records = aTraject()
      .withAnswer('2.resultaten', resultaten)
      .withActiviteit({ id: 'activiteit-none', naam: 'Voorlichting' })
      .withActiviteit({ id: 'activiteit-stale', naam: 'Training', resultaten: ['r-removed'] })
      .withActiviteit({ id: 'activiteit-ok', naam: 'Spreekuur', resultaten: ['r2', 'r-removed'] })
      .build();
    const place = { bouwsteen: '3B', sheetId: '3B/matrix', questionId: '3B.matrix' };
    expect(activityWithoutResultWarnings(testEdition, records)).toEqual([
      { code: 'activityWithoutResult', place, activiteitId: 'activiteit-none', naam: 'Voorlichting' },
      { code: 'activityWithoutResult', place, activiteitId: 'activiteit-stale', naam: 'Training' },
    ]);
  });

  it('does not warn when every activiteit contributes to a result', () => {
    const records = aTraject()
      .withAnswer('2.resultaten', resultaten)
      .withActiviteit({ resultaten: ['r1'] })
      .build();
    expect(activityWithoutResultWarnings(testEdition, records)).toEqual([]);
  });
});

describe('reflectionOverdue', () => {
  const traject = () =>
    aTraject().withAnswer('0B.lv.afspraken', frequency({ interval: 1, unit: 'maanden' }), {
      gewijzigd: '2026-01-31T12:00:00+01:00',
    });

  it('warns when the agreed reflectie is overdue', () => {
    expect(reflectionOverdueWarnings(testEdition, traject().build(), '2026-03-01')).toEqual([
      {
        code: 'reflectionOverdue',
        place: { bouwsteen: '0B', sheetId: '0B/leren-en-verbeteren', questionId: '0B.lv.afspraken' },
        due: '2026-02-28',
        dagen: 1,
      },
    ]);
  });

  it('does not warn on the due date, after a finished reflectie, or without an agreement', () => {
    expect(reflectionOverdueWarnings(testEdition, traject().build(), '2026-02-28')).toEqual([]);
    const reflected = traject().withReflectie({ status: 'afgerond', datum: '2026-02-20' }).build();
    expect(reflectionOverdueWarnings(testEdition, reflected, '2026-03-01')).toEqual([]);
    expect(reflectionOverdueWarnings(testEdition, aTraject().build(), '2030-01-01')).toEqual([]);
  });

  it('follows the reflectieOf it is given instead of the agreement, as the progress does', () => {
    const meeting: ReflectieOf = (b) =>
      b.id === '0B' ? { status: 'verlopen', due: '2026-02-01', dagen: 28 } : { status: 'geen-afspraak' };
    expect(reflectionOverdueWarnings(testEdition, aTraject().build(), '2026-03-01', meeting)).toEqual([
      {
        code: 'reflectionOverdue',
        place: { bouwsteen: '0B', sheetId: '0B/leren-en-verbeteren', questionId: '0B.lv.afspraken' },
        due: '2026-02-01',
        dagen: 28,
      },
    ]);
    const planned: ReflectieOf = () => ({ status: 'gepland', due: '2026-04-01' });
    expect(reflectionOverdueWarnings(testEdition, traject().build(), '2026-03-01', planned)).toEqual([]);
  });
});

describe('actionOverdue', () => {
  it('warns for open and ongoing acties past their deadline', () => {
    const records = aTraject()
      .withActie({ id: 'actie-open', tekst: 'Bel de GGD', deadline: '2026-03-14' })
      .withActie({
        id: 'actie-bezig',
        tekst: 'Plan een training',
        status: 'bezig',
        deadline: '2026-02-13',
        herkomst: { soort: 'reflectie', reflectieId: 'reflectie-1', bouwsteen: '0B' },
      })
      .withActie({
        id: 'actie-vraag',
        tekst: 'Stel een werkgroep in',
        deadline: '2026-03-01',
        herkomst: { soort: 'bouwsteen', bouwsteen: '0B', questionId: '0B.lv.acties' },
      })
      .build();
    expect(actionOverdueWarnings(records, today)).toEqual([
      {
        code: 'actionOverdue',
        place: { bouwsteen: '0B' },
        actieId: 'actie-open',
        tekst: 'Bel de GGD',
        deadline: '2026-03-14',
        dagen: 1,
      },
      {
        code: 'actionOverdue',
        place: { bouwsteen: '0B', reflectieId: 'reflectie-1' },
        actieId: 'actie-bezig',
        tekst: 'Plan een training',
        deadline: '2026-02-13',
        dagen: 30,
      },
      {
        code: 'actionOverdue',
        place: { bouwsteen: '0B', questionId: '0B.lv.acties' },
        actieId: 'actie-vraag',
        tekst: 'Stel een werkgroep in',
        deadline: '2026-03-01',
        dagen: 14,
      },
    ]);
  });

  it('does not warn for acties done, dropped, due today or later, or without a deadline', () => {
    const records = aTraject()
      .withActie({ status: 'afgerond', deadline: '2026-01-01' })
      .withActie({ status: 'vervallen', deadline: '2026-01-01' })
      .withActie({ deadline: today })
      .withActie({ deadline: '2026-04-01' })
      .withActie()
      .build();
    expect(actionOverdueWarnings(records, today)).toEqual([]);
  });
});

describe('warnings', () => {
  it('gives none for an empty traject', () => {
    expect(warnings(testEdition, aTraject().build(), today)).toEqual([]);
  });

  it('gives every kind at once, grouped by code in a stable order', () => {
    const records = aTraject()
      .withAnswer('1B.ambities', list('a', 'b', 'c', 'd'))
      .withAnswer('2.resultaten', resultaten)
      .withAnswer('0B.lv.afspraken', frequency({ interval: 1, unit: 'weken' }), {
        gewijzigd: '2026-01-01T09:00:00Z',
      })
      .withIndicator({ doel: { waarde: 1, jaar: 2024 }, koppeling: { soort: 'resultaat', entryId: 'r1' } })
      .withActiviteit()
      .withActie({ deadline: '2026-01-01' })
      .build();
    expect(warnings(testEdition, records, today).map((w) => w.code)).toEqual([...warningCodes]);
  });

  it('hands its reflectieOf on to the reflectie warnings', () => {
    const overdue: ReflectieOf = (b) =>
      b.id === '0B' ? { status: 'verlopen', due: '2026-03-01', dagen: 14 } : { status: 'geen-afspraak' };
    expect(warnings(testEdition, aTraject().build(), today, overdue)).toEqual([
      {
        code: 'reflectionOverdue',
        place: { bouwsteen: '0B', sheetId: '0B/leren-en-verbeteren', questionId: '0B.lv.afspraken' },
        due: '2026-03-01',
        dagen: 14,
      },
    ]);
  });
});
