import { describe, expect, it } from 'vitest';
import { findQuestion, getEdition } from '../../../shared/content/index.ts';
import { isAnswered } from '../../../shared/domain/rules/answered.ts';
import { aTraject } from '../../../shared/testing/builders.ts';

const edition = getEdition('sgg');
const cijfers = findQuestion(edition, '0B.lv.cijfers');

describe('the grades of bouwsteen 0 are answered by a finished reflectie', () => {
  it('counts the reflectie’s own cijfers, where gradeReflectie keeps them', () => {
    if (cijfers === undefined) throw new Error('0B.lv.cijfers is missing from the sgg edition');
    const grade = { deelnemer: 'GGD', thema: 'relatie', cijfer: 7, toelichting: '' };
    const finished = aTraject()
      .withReflectie({ status: 'afgerond', bouwstenen: ['0B'], datum: '2026-03-01', cijfers: [grade] })
      .build();
    const planned = aTraject()
      .withReflectie({ status: 'gepland', bouwstenen: ['0B'], datum: '2026-03-01', cijfers: [grade] })
      .build();
    const empty = aTraject()
      .withReflectie({ status: 'afgerond', bouwstenen: ['0B'], datum: '2026-03-01' })
      .build();

    expect(isAnswered(cijfers.question, '0B', finished)).toBe(true);
    expect(isAnswered(cijfers.question, '0B', planned)).toBe(false);
    expect(isAnswered(cijfers.question, '0B', empty)).toBe(false);
  });
});
