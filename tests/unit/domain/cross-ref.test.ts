import { describe, expect, it } from 'vitest';
import { resolveCrossRef, resolveQuestionRef } from '../../../shared/domain/rules/cross-ref.ts';
import { aTraject, entry, list, text } from '../../../shared/testing/builders.ts';
import { questionOf, testEdition } from '../../fixtures/editions.ts';

describe('resolveCrossRef', () => {
  const ambitie = questionOf('2.ambitie');

  it('is undefined for a question that refers to nothing', () => {
    expect(resolveCrossRef(testEdition, questionOf('2.resultaten'), aTraject().build())).toBeUndefined();
  });

  it('gives the referenced question while it is unanswered', () => {
    expect(resolveCrossRef(testEdition, ambitie, aTraject().build())).toEqual({
      status: 'unanswered',
      question: questionOf('1B.ambities'),
    });
    const blank = aTraject().withAnswer('1B.ambities', list(' ')).build();
    expect(resolveCrossRef(testEdition, ambitie, blank)?.status).toBe('unanswered');
  });

  it('gives the referenced answer', () => {
    const ambities = list(entry('a1', 'Kinderen voelen zich veilig'), entry('a2', 'Ouders weten de weg'));
    const result = resolveCrossRef(
      testEdition,
      ambitie,
      aTraject().withAnswer('1B.ambities', ambities).build(),
    );
    expect(result?.status).toBe('answered');
    if (result?.status !== 'answered') return;
    expect(result.question.id).toBe('1B.ambities');
    expect(result.value).toMatchObject({ source: 'antwoord', value: ambities });
  });

  it('follows 0-B back to the shared vraagstuk of 0-A', () => {
    const records = aTraject().withAnswer('0A.gezamenlijk-vraagstuk.opvalt', text('Meer meldingen')).build();
    const result = resolveCrossRef(testEdition, questionOf('0B.vraagstuk'), records);
    expect(result).toMatchObject({
      status: 'answered',
      value: { source: 'antwoord', value: text('Meer meldingen') },
    });
  });

  it('is missing when the edition lacks the referenced question', () => {
    expect(resolveCrossRef(testEdition, questionOf('2.verwijzing'), aTraject().build())).toEqual({
      status: 'missing',
    });
  });
});

describe('resolveQuestionRef', () => {
  it('gives records for record questions', () => {
    const records = aTraject()
      .withPartner({ organisatie: 'GGD' })
      .withIndicator({ herkomst: '2.indicatoren' })
      .build();
    expect(resolveQuestionRef(testEdition, '0A.partners', records)).toMatchObject({
      status: 'answered',
      value: { source: 'partners', partners: [{ organisatie: 'GGD' }] },
    });
    expect(resolveQuestionRef(testEdition, '2.indicatoren', records)).toMatchObject({
      status: 'answered',
      value: { source: 'indicatoren', indicatoren: [{ herkomst: '2.indicatoren' }] },
    });
    expect(resolveQuestionRef(testEdition, '3B.matrix', records).status).toBe('unanswered');
  });

  it('gives the latest finished reflectie for a periodic question without a traject answer', () => {
    const records = aTraject()
      .withReflectie({
        status: 'afgerond',
        datum: '2026-01-10',
        antwoorden: { '0B.lv.herkennen': text('Oud') },
      })
      .withReflectie({
        status: 'afgerond',
        datum: '2026-04-10',
        antwoorden: { '0B.lv.herkennen': text('Nieuw') },
      })
      .withReflectie({
        status: 'bezig',
        datum: '2026-07-10',
        antwoorden: { '0B.lv.herkennen': text('Concept') },
      })
      .build();
    expect(resolveQuestionRef(testEdition, '0B.lv.herkennen', records)).toMatchObject({
      status: 'answered',
      value: { source: 'reflectie', value: text('Nieuw'), reflectie: { datum: '2026-04-10' } },
    });
  });

  it('prefers the traject answer over a reflectie', () => {
    const records = aTraject()
      .withAnswer('0B.lv.herkennen', text('Traject'))
      .withReflectie({ status: 'afgerond', antwoorden: { '0B.lv.herkennen': text('Reflectie') } })
      .build();
    expect(resolveQuestionRef(testEdition, '0B.lv.herkennen', records)).toMatchObject({
      value: { source: 'antwoord', value: text('Traject') },
    });
  });
});
