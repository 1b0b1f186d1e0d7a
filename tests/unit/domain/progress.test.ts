import { describe, expect, it } from 'vitest';
import { isAnswered } from '../../../shared/domain/rules/answered.ts';
import type { Answer } from '../../../shared/domain/model.ts';
import {
  bouwsteenProgress,
  sheetProgress,
  trajectProgress,
  type BouwsteenProgress,
} from '../../../shared/domain/rules/progress.ts';
import {
  aTraject,
  frequency,
  grades,
  list,
  text,
  type TrajectBuilder,
} from '../../../shared/testing/builders.ts';
import { bouwsteenOf, questionOf, requiredQuestionIds, testEdition } from '../../fixtures/editions.ts';

const today = '2026-02-01';

function byId(progress: { bouwstenen: readonly BouwsteenProgress[] }, id: string): BouwsteenProgress {
  const found = progress.bouwstenen.find((b) => b.bouwsteen.id === id);
  if (found === undefined) throw new Error(`no bouwsteen ${id}`);
  return found;
}

describe('progress of an empty traject', () => {
  const progress = trajectProgress(testEdition, aTraject().build(), today);

  it('counts every required question and none answered', () => {
    expect(progress.required).toBe(requiredQuestionIds.length);
    expect(progress.answered).toBe(0);
    expect(progress.state).toEqual({ status: 'niet-gestart' });
  });

  it('shows every bouwsteen and sheet as not started', () => {
    for (const b of progress.bouwstenen) {
      expect(b.state, b.bouwsteen.id).toEqual({ status: 'niet-gestart' });
      for (const s of b.sheets) expect(s.state, s.sheet.id).toEqual({ status: 'niet-gestart' });
    }
  });

  it('leaves optional questions out of the counts', () => {
    const b0B = byId(progress, '0B');
    expect(b0B.questions.map((q) => q.question.id)).toContain('0B.anders');
    expect(b0B.required).toBe(b0B.questions.length - 1);
  });
});

describe('progress of a fully answered traject', () => {
  const records = aTraject().at('2026-01-20T10:00:00+01:00').withAllAnswered(testEdition).build();
  const progress = trajectProgress(testEdition, records, today);

  it('is afgerond at every level', () => {
    expect(progress.answered).toBe(progress.required);
    expect(progress.state).toEqual({ status: 'afgerond' });
    for (const b of progress.bouwstenen) {
      expect(b.state, b.bouwsteen.id).toEqual({ status: 'afgerond' });
      for (const s of b.sheets) expect([s.sheet.id, s.state]).toEqual([s.sheet.id, { status: 'afgerond' }]);
    }
  });

  it('turns a bouwsteen to reflectie-verlopen once its reflectie is overdue, whatever its answers', () => {
    const later = trajectProgress(testEdition, records, '2026-04-21');
    expect(byId(later, '0B').state).toEqual({ status: 'reflectie-verlopen', due: '2026-04-20', dagen: 1 });
    expect(byId(later, '0B').answered).toBe(byId(later, '0B').required);
    // The traject's own status is about answers only.
    expect(later.state).toEqual({ status: 'afgerond' });
    // 1B has no Leren-en-verbeteren agreement.
    expect(byId(later, '1B').state).toEqual({ status: 'afgerond' });
  });
});

describe('what counts as answered', () => {
  const bouwsteen0A = bouwsteenOf('0A');

  it('does not count white space', () => {
    const records = aTraject()
      .withAnswer('0A.vraagstuk', text('  \n\t '))
      .withAnswer('1B.ambities', list('   ', ''))
      .build();
    const progress = trajectProgress(testEdition, records, today);
    expect(progress.answered).toBe(0);
    expect(progress.state).toEqual({ status: 'niet-gestart' });
  });

  it('is bezig with part of a sheet answered', () => {
    const records = aTraject()
      .withAnswer('0A.vraagstuk', text('Seksueel grensoverschrijdend gedrag'))
      .build();
    const sheet = sheetProgress(bouwsteen0A.sheets[0]!, bouwsteen0A, records);
    expect([sheet.required, sheet.answered, sheet.state]).toEqual([3, 1, { status: 'bezig' }]);
    expect(bouwsteenProgress(bouwsteen0A, records, today).state).toEqual({ status: 'bezig' });
  });

  it('is bezig, not afgerond, when only an optional question is answered', () => {
    const records = aTraject().withAnswer('0B.anders', text('Nog iets')).build();
    const sheet = sheetProgress(bouwsteenOf('0B').sheets[0]!, bouwsteenOf('0B'), records);
    expect([sheet.required, sheet.answered, sheet.state]).toEqual([1, 0, { status: 'bezig' }]);
  });

  it('counts the vooraf questions for the bouwsteen but in no sheet', () => {
    const records = aTraject().withAnswer('0B.vooraf.betrekken', text('Jongeren zelf')).build();
    const progress = bouwsteenProgress(bouwsteenOf('0B'), records, today);
    expect(progress.answered).toBe(1);
    expect(progress.sheets.every((s) => s.answered === 0)).toBe(true);
  });

  it('reads the latest revision when the store holds two', () => {
    const built = aTraject().withAnswer('0A.vraagstuk', text('Eerst')).build();
    const first = built.antwoorden[0]!;
    const blanked: Answer = { ...first, revisie: 2, value: { kind: 'text', text: ' ' } };
    const question = questionOf('0A.vraagstuk');
    expect(isAnswered(question, '0A', { ...built, antwoorden: [first] })).toBe(true);
    expect(isAnswered(question, '0A', { ...built, antwoorden: [blanked, first] })).toBe(false);
    expect(isAnswered(question, '0A', { ...built, antwoorden: [first, blanked] })).toBe(false);
  });
});

describe('a sheet without questions', () => {
  const b1B = bouwsteenOf('1B');
  const duiden = b1B.sheets.find((s) => s.id === '1B/duiden')!;

  it('follows the answers of its bouwsteen', () => {
    const state = (builder: TrajectBuilder) => sheetProgress(duiden, b1B, builder.build()).state.status;
    expect(state(aTraject())).toBe('niet-gestart');
    expect(state(aTraject().withAnswer('1B.ambities', list('Veilig')))).toBe('bezig');
    expect(
      state(aTraject().withAnswer('1B.ambities', list('Veilig')).withAnswer('1B.toelichting', text('Ja'))),
    ).toBe('afgerond');
    expect(sheetProgress(duiden, b1B, aTraject().build())).toMatchObject({
      required: 0,
      answered: 0,
      questions: [],
    });
  });
});

describe('record questions', () => {
  const answered = (id: string, builder: TrajectBuilder, bouwsteen = id.split('.')[0]!) =>
    isAnswered(questionOf(id), bouwsteen as '0A', builder.build());

  it('indicators: answered by an indicator entered on that question', () => {
    expect(answered('2.indicatoren', aTraject())).toBe(false);
    expect(answered('2.indicatoren', aTraject().withIndicator())).toBe(false);
    expect(answered('2.indicatoren', aTraject().withIndicator({ herkomst: '3A.indicatoren' }))).toBe(false);
    expect(answered('2.indicatoren', aTraject().withIndicator({ herkomst: '2.indicatoren' }))).toBe(true);
  });

  it('partnerOverview: answered by any partner', () => {
    expect(answered('0A.partners', aTraject())).toBe(false);
    expect(answered('0A.partners', aTraject().withPartner())).toBe(true);
  });

  it('activityMatrix: answered by any activiteit', () => {
    expect(answered('3B.matrix', aTraject())).toBe(false);
    expect(answered('3B.matrix', aTraject().withActiviteit())).toBe(true);
  });

  it('actions: answered by an actie that came from that question', () => {
    expect(
      answered('0B.lv.acties', aTraject().withActie({ herkomst: { soort: 'bouwsteen', bouwsteen: '0B' } })),
    ).toBe(false);
    expect(
      answered(
        '0B.lv.acties',
        aTraject().withActie({
          herkomst: { soort: 'bouwsteen', bouwsteen: '0B', questionId: '0B.lv.cijfers' },
        }),
      ),
    ).toBe(false);
    expect(
      answered(
        '0B.lv.acties',
        aTraject().withActie({
          herkomst: { soort: 'bouwsteen', bouwsteen: '0B', questionId: '0B.lv.acties' },
        }),
      ),
    ).toBe(true);
  });

  it('periodic actions: also answered by the acties of a finished reflectie of the bouwsteen', () => {
    const withReflectie = (status: 'gepland' | 'afgerond', bouwsteen: '0B' | '2') =>
      aTraject()
        .withReflectie({ id: 'reflectie-1', status, bouwstenen: [bouwsteen], datum: '2026-01-20' })
        .withActie({ herkomst: { soort: 'reflectie', reflectieId: 'reflectie-1', bouwsteen } });
    expect(answered('0B.lv.acties', withReflectie('afgerond', '0B'))).toBe(true);
    expect(answered('0B.lv.acties', withReflectie('gepland', '0B'))).toBe(false);
    expect(answered('0B.lv.acties', withReflectie('afgerond', '2'))).toBe(false);
  });
});

describe('periodic questions', () => {
  const herkennen = questionOf('0B.lv.herkennen');

  it('count as answered by a finished reflectie of their bouwsteen', () => {
    const records = aTraject()
      .withReflectie({
        status: 'afgerond',
        bouwstenen: ['0B'],
        antwoorden: { '0B.lv.herkennen': text('We zien minder meldingen') },
      })
      .build();
    expect(isAnswered(herkennen, '0B', records)).toBe(true);
  });

  it('count as answered by the traject answer', () => {
    expect(isAnswered(herkennen, '0B', aTraject().withAnswer(herkennen.id, text('Ja')).build())).toBe(true);
  });

  it('do not count a reflectie that is not finished, is about another bouwsteen, or left it blank', () => {
    const cases = [
      aTraject().withReflectie({ status: 'bezig', antwoorden: { '0B.lv.herkennen': text('Ja') } }),
      aTraject().withReflectie({ status: 'gepland', antwoorden: { '0B.lv.herkennen': text('Ja') } }),
      aTraject().withReflectie({
        status: 'afgerond',
        bouwstenen: ['2'],
        antwoorden: { '0B.lv.herkennen': text('Ja') },
      }),
      aTraject().withReflectie({ status: 'afgerond', antwoorden: { '0B.lv.herkennen': text('   ') } }),
      aTraject().withReflectie({ status: 'afgerond', antwoorden: { '0B.lv.cijfers': text('Ja') } }),
    ];
    for (const builder of cases) expect(isAnswered(herkennen, '0B', builder.build())).toBe(false);
  });

  it('answer grades through a reflectie too', () => {
    const records = aTraject()
      .withReflectie({
        status: 'afgerond',
        antwoorden: { '0B.lv.cijfers': grades({ deelnemer: 'GGD', thema: 'relatie', cijfer: 8 }) },
      })
      .build();
    expect(isAnswered(questionOf('0B.lv.cijfers'), '0B', records)).toBe(true);
  });

  it('are not a way to answer one-off questions', () => {
    const records = aTraject()
      .withReflectie({
        status: 'afgerond',
        antwoorden: { '0B.lv.afspraken': frequency({ interval: 1, unit: 'maanden' }) },
      })
      .build();
    expect(isAnswered(questionOf('0B.lv.afspraken'), '0B', records)).toBe(false);
  });

  it('make a Leren-en-verbeteren sheet afgerond after a reflectie', () => {
    const records = aTraject()
      .withAnswer('0B.lv.afspraken', frequency({ interval: 6, unit: 'maanden' }))
      .withReflectie({
        status: 'afgerond',
        datum: '2026-01-20',
        antwoorden: {
          '0B.lv.cijfers': grades({ deelnemer: 'GGD', thema: 'relatie', cijfer: 8 }),
          '0B.lv.herkennen': text('Herkenbaar'),
        },
      })
      .withActie({ herkomst: { soort: 'reflectie', reflectieId: 'reflectie-000001', bouwsteen: '0B' } })
      .build();
    const sheet = sheetProgress(bouwsteenOf('0B').sheets[1]!, bouwsteenOf('0B'), records);
    expect([sheet.required, sheet.answered, sheet.state]).toEqual([4, 4, { status: 'afgerond' }]);
  });
});
