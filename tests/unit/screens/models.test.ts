import '../../../shared/i18n/screens.ts';
import { describe, expect, it } from 'vitest';
import { getEdition } from '../../../shared/content/index.ts';
import type { AnswerRevision } from '../../../shared/ports/traject-repository.ts';
import {
  aTraject,
  entry,
  frequency,
  grades,
  list,
  priority,
  text,
} from '../../../shared/testing/builders.ts';
import { chartData, chartSummary, layoutChart } from '../../../tab/features/indicatoren/chart.ts';
import { summaryText, valueText } from '../../../tab/features/indicatoren/format.ts';
import { translator } from '../../../shared/i18n/index.ts';
import {
  emptyIndicatorDraft,
  fieldsOfIndicator,
  koppelingOf,
  koppelingValue,
  parseDecimal,
  promptWithoutStep,
  reflectionLinks,
  validateIndicator,
  validateMeting,
} from '../../../tab/features/indicatoren/model.ts';
import {
  compareAt,
  diffLines,
  historyEntries,
  historyOf,
  historyWords,
  localDateOf,
  pageOf,
  validateDates,
} from '../../../tab/features/geschiedenis/model.ts';
import { QuestionIdSchema } from '../../../shared/content/schema.ts';
import { KoppelingSchema } from '../../../shared/domain/model.ts';

const sgg = getEdition('sgg');
const t = translator('nl');

function indicator(
  props: Parameters<ReturnType<typeof aTraject>['withIndicator']>[0],
  metingen: { datum: string; waarde?: number }[] = [],
) {
  const built = aTraject()
    .withIndicator({ id: 'indicator-1', ...props }, metingen)
    .build();
  return { indicator: built.indicatoren[0]!, metingen: built.metingen };
}

describe('numbers as people type them', () => {
  it('reads a decimal comma or point, and nothing ambiguous', () => {
    expect(parseDecimal('23')).toBe(23);
    expect(parseDecimal(' 23,5 ')).toBe(23.5);
    expect(parseDecimal('23.5')).toBe(23.5);
    expect(parseDecimal('-2')).toBe(-2);
    expect(parseDecimal('1.234,5')).toBeUndefined();
    expect(parseDecimal('veel')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
  });

  it('formats a value with its unit in the locale', () => {
    expect(valueText(t, 'nl', 23.5, '%')).toBe('23,5%');
    expect(valueText(t, 'nl', 1250, 'jongeren')).toBe('1.250 jongeren');
    expect(valueText(translator('en'), 'en', 23.5, '')).toBe('23.5');
  });
});

describe('the indicator form', () => {
  it('asks for a name, and for both halves of the baseline and the target', () => {
    const draft = { ...emptyIndicatorDraft(), basisWaarde: '12', doelJaar: '28' };
    expect(validateIndicator(draft)).toEqual({
      naam: { key: 'indicatoren.validation.naam' },
      basisDatum: { key: 'indicatoren.validation.basisDatumNodig' },
      doelWaarde: { key: 'indicatoren.validation.doelWaardeNodig' },
      doelJaar: { key: 'indicatoren.validation.jaar' },
    });
  });

  it('turns a valid draft into the record fields', () => {
    const draft = {
      ...emptyIndicatorDraft('2.indicatoren'),
      naam: '  Schoolverzuim ',
      basisWaarde: '4,2',
      basisDatum: '2024-09-01',
      doelWaarde: '3',
      doelJaar: '2028',
      koppeling: 'veranderverhaal:vv-1',
    };
    expect(validateIndicator(draft)).toEqual({});
    expect(fieldsOfIndicator(draft)).toEqual(
      expect.objectContaining({
        naam: 'Schoolverzuim',
        basis: { waarde: 4.2, datum: '2024-09-01' },
        doel: { waarde: 3, jaar: 2028 },
        koppeling: { soort: 'veranderverhaal', entryId: 'vv-1' },
        herkomst: '2.indicatoren',
      }),
    );
  });

  it('round-trips a koppeling through the select value', () => {
    for (const raw of [
      { soort: 'geen' },
      { soort: 'resultaat', entryId: 'res-1' },
      { soort: 'activiteit', activiteitId: 'activiteit-000001' },
    ]) {
      const k = KoppelingSchema.parse(raw);
      expect(koppelingOf(koppelingValue(k))).toEqual(k);
    }
    expect(koppelingOf('resultaat:')).toEqual({ soort: 'geen' });
  });

  it('needs a number for an indicator meting, words or a number for a signaal, and no future date', () => {
    const today = '2026-03-02';
    expect(
      validateMeting({ datum: today, waarde: '', toelichting: 'Rustig', bron: '' }, 'indicator', today),
    ).toEqual({
      waarde: { key: 'indicatoren.validation.metingWaarde' },
    });
    expect(
      validateMeting({ datum: today, waarde: '', toelichting: 'Rustig', bron: '' }, 'signaal', today),
    ).toEqual({});
    expect(
      validateMeting({ datum: '2026-03-03', waarde: '1', toelichting: '', bron: '' }, 'indicator', today),
    ).toEqual({
      datum: { key: 'indicatoren.validation.metingToekomst' },
    });
  });
});

describe('the reflection questions an indicator is discussed with', () => {
  it('are those of the bouwsteen it was entered on, in the order of the four steps', () => {
    const found = reflectionLinks(sgg, {
      herkomst: QuestionIdSchema.parse('5.indicatoren'),
      koppeling: { soort: 'geen' },
    });
    expect(found?.bouwsteen).toBe('5');
    expect(found?.links.map((l) => [l.step, l.question.id])).toEqual([
      ['herkennen', '5.lv.herkennen'],
      ['begrijpen', '5.lv.begrijpen'],
      ['waarderen', '5.lv.waarderen'],
      ['verbeteren', '5.lv.verbeteren'],
    ]);
  });

  it('follow the koppeling when it was not entered on a worksheet, and borrow bouwsteen 2 for 3-B', () => {
    expect(
      reflectionLinks(sgg, {
        koppeling: KoppelingSchema.parse({ soort: 'veranderverhaal', entryId: 'vv-1' }),
      })?.bouwsteen,
    ).toBe('3A');
    expect(
      reflectionLinks(sgg, {
        koppeling: KoppelingSchema.parse({ soort: 'activiteit', activiteitId: 'activiteit-000001' }),
      })?.bouwsteen,
    ).toBe('2');
  });

  it('drop the step name a prompt starts with, as the link names it', () => {
    expect(promptWithoutStep('Herkennen. Hoe verhoudt de informatie zich?', 'Herkennen')).toBe(
      'Hoe verhoudt de informatie zich?',
    );
    expect(promptWithoutStep('Herkennen we de ontwikkeling?', 'Herkennen')).toBe(
      'Herkennen we de ontwikkeling?',
    );
  });
});

describe('the chart of an indicator', () => {
  it('summarises from the baseline to the latest meting, with the target', () => {
    const { indicator: i, metingen } = indicator(
      { eenheid: '%', basis: { waarde: 23, datum: '2023-05-01' }, doel: { waarde: 40, jaar: 2028 } },
      [
        { datum: '2024-06-01', waarde: 27 },
        { datum: '2026-01-15', waarde: 31 },
      ],
    );
    expect(summaryText(t, 'nl', chartSummary(chartData(i, metingen)), i.eenheid)).toBe(
      'Van 23% (2023) naar 31% (2026); doel 40% in 2028.',
    );
  });

  it('summarises without a baseline or target, by date within one year, and with no figures at all', () => {
    const a = indicator({ eenheid: 'kinderen' }, [
      { datum: '2026-01-15', waarde: 120 },
      { datum: '2026-02-15', waarde: 135 },
    ]);
    expect(summaryText(t, 'nl', chartSummary(chartData(a.indicator, a.metingen)), 'kinderen')).toBe(
      'Van 120 kinderen (15 januari 2026) naar 135 kinderen (15 februari 2026).',
    );
    const b = indicator({ doel: { waarde: 10, jaar: 2027 } }, [{ datum: '2026-01-15' }]);
    expect(summaryText(t, 'nl', chartSummary(chartData(b.indicator, b.metingen)), '')).toBe(
      'Nog geen cijfers; doel 10 in 2027.',
    );
    expect(layoutChart(chartData(b.indicator, b.metingen))).toBeUndefined();
    const c = indicator({}, [{ datum: '2025-03-01', waarde: 7 }]);
    expect(summaryText(t, 'nl', chartSummary(chartData(c.indicator, c.metingen)), '')).toBe('7 (2025).');
  });

  it('places the points left to right in time, higher values higher, inside the plot', () => {
    const { indicator: i, metingen } = indicator(
      { basis: { waarde: 20, datum: '2023-01-01' }, doel: { waarde: 40, jaar: 2028 } },
      [
        { datum: '2024-01-01', waarde: 25 },
        { datum: '2026-01-01', waarde: 35 },
      ],
    );
    const layout = layoutChart(chartData(i, metingen));
    if (layout === undefined) throw new Error('expected a layout');
    const [first, second] = layout.dots;
    expect(first!.x).toBeLessThan(second!.x);
    expect(first!.y).toBeGreaterThan(second!.y);
    expect(layout.basisY).toBeGreaterThan(first!.y);
    expect(layout.doel!.y).toBeLessThan(second!.y);
    expect(layout.doel!.x).toBe(layout.plot.x1);
    for (const dot of layout.dots) {
      expect(dot.x).toBeGreaterThanOrEqual(layout.plot.x0);
      expect(dot.y).toBeLessThanOrEqual(layout.plot.y1);
    }
    expect(layout.line).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(layout.xLabels.map((l) => l.year)).toEqual(['2023', '2028']);
  });
});

describe('the history of answers', () => {
  const revision = (
    questionId: string,
    revisie: number,
    gewijzigd: string,
    value: AnswerRevision['value'],
  ): AnswerRevision => ({
    questionId: QuestionIdSchema.parse(questionId),
    revisie,
    auteur: 'anna@voorbeeldstad.nl',
    gewijzigd,
    value,
  });

  it('diffs lines: kept, removed and added, in order', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
    expect(diffLines([], ['x'])).toEqual([{ kind: 'added', text: 'x' }]);
    expect(diffLines(['x'], [])).toEqual([{ kind: 'removed', text: 'x' }]);
  });

  it('takes an answer as it stood at the end of a day in the Netherlands', () => {
    // 23:30 UTC on 9 January is already 10 January in Amsterdam.
    expect(localDateOf('2026-01-09T23:30:00.000Z')).toBe('2026-01-10');
    const entries = historyEntries(sgg, [
      revision('0A.vraagstuk', 1, '2026-01-05T09:00:00.000Z', text('Eerste')),
      revision('0A.vraagstuk', 2, '2026-01-10T09:00:00.000Z', text('Tweede')),
      revision('0A.betrekken', 1, '2026-01-01T09:00:00.000Z', text('Blijft')),
    ]);
    // A change made on the first date counts as "eerder".
    expect(compareAt(entries, '2026-01-10', '2026-01-20')).toEqual([]);
    expect(compareAt(entries, '2026-01-09', '2026-01-10')).toEqual([
      expect.objectContaining({ questionId: '0A.vraagstuk', eerder: ['Eerste'], nu: ['Tweede'] }),
    ]);
    expect(compareAt(entries, '2025-12-31', '2026-01-05').map((c) => [c.questionId, c.eerder, c.nu])).toEqual(
      [
        ['0A.vraagstuk', undefined, ['Eerste']],
        ['0A.betrekken', undefined, ['Blijft']],
      ],
    );
  });

  it('shows list entries by their text and orders the history newest first', () => {
    const entries = historyEntries(sgg, [
      revision('2.resultaten', 1, '2026-01-01T09:00:00.000Z', list('Gezond opgroeien')),
      revision('2.resultaten', 2, '2026-02-01T09:00:00.000Z', list('Gezond opgroeien', 'Minder uitval')),
    ]);
    expect(entries.map((e) => [e.revision.revisie, e.bouwsteen, e.lines])).toEqual([
      [2, '2', ['Gezond opgroeien', 'Minder uitval']],
      [1, '2', ['Gezond opgroeien']],
    ]);
  });

  it('shows prioriteringen, grades and rhythms in words, also for elements removed since', () => {
    const traject = aTraject()
      .withPartner({ organisatie: 'GGD Voorbeeldregio' })
      .withAnswer('3A.kennis', list(entry('kennis-op-tijd', 'Begin op tijd, vanaf groep 1.')))
      .buildSnapshot();
    const partnerId = traject.partners[0]?.id as string;
    const revisions = [
      revision(
        '3A.kennis',
        1,
        '2026-01-01T09:00:00.000Z',
        list(entry('kennis-op-tijd', 'Begin op tijd.'), entry('kennis-weg', 'Een element dat weg is.')),
      ),
      revision('3A.prioriteit', 1, '2026-01-02T09:00:00.000Z', priority(['kennis-weg', 'kennis-op-tijd'])),
      revision(
        '0B.lv.cijfers',
        1,
        '2026-01-03T09:00:00.000Z',
        grades(
          { deelnemer: partnerId, thema: 'relatie', cijfer: 8 },
          { deelnemer: 'Wijkteam Noord', thema: 'relatie', cijfer: 6 },
        ),
      ),
      revision(
        '2.lv.afspraken',
        1,
        '2026-01-04T09:00:00.000Z',
        frequency({ interval: 3, unit: 'maanden' }, { volgendeDatum: '2027-02-09' }),
      ),
    ];
    const lines = (locale: 'nl' | 'en') =>
      Object.fromEntries(
        historyEntries(sgg, revisions, historyWords(traject, revisions, locale)).map((e) => [
          e.revision.questionId,
          e.lines,
        ]),
      );
    const nl = lines('nl');
    // The element's current text wins; the removed one still reads as it was.
    expect(nl['3A.prioriteit']).toEqual(['Een element dat weg is.', 'Begin op tijd, vanaf groep 1.']);
    expect(nl['0B.lv.cijfers']).toEqual(['GGD Voorbeeldregio, Relatie: 8', 'Wijkteam Noord, Relatie: 6']);
    expect(nl['2.lv.afspraken']).toEqual(['Elke 3 maanden', '9 februari 2027']);
    expect(lines('en')['2.lv.afspraken']).toEqual(['Every 3 months', '9 February 2027']);
    // The screen's one pass gives the same entries, newest first, in the same words.
    const once = historyOf({ view: traject, edition: sgg }, revisions, 'nl');
    expect(once.map((e) => e.revision.questionId)).toEqual([
      '2.lv.afspraken',
      '0B.lv.cijfers',
      '3A.prioriteit',
      '3A.kennis',
    ]);
    expect(Object.fromEntries(once.map((e) => [e.revision.questionId, e.lines]))).toEqual(nl);
  });

  it('pages and checks the dates to compare', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(items, 3)).toEqual({ items: [40, 41, 42, 43, 44], page: 3, pages: 3 });
    expect(pageOf(items, 9).page).toBe(3);
    expect(pageOf([], 1)).toEqual({ items: [], page: 1, pages: 1 });
    expect(validateDates({ eerder: '2026-02-01', nu: '2026-01-01' })).toEqual({
      eerder: { key: 'geschiedenis.validation.volgorde' },
    });
    expect(validateDates({ eerder: '', nu: '2026-01-01' })).toEqual({
      eerder: { key: 'geschiedenis.validation.datum' },
    });
    expect(validateDates({ eerder: '2026-01-01', nu: '2026-01-01' })).toEqual({});
  });
});
