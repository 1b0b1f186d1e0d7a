import { describe, expect, it } from 'vitest';
import { gradeReflectie } from '../../../shared/application/reflectie/cycle.ts';
import { isKompasError, type KompasError } from '../../../shared/domain/errors.ts';
import { gradeSpread, mergeGrades } from '../../../shared/domain/reflectie/grades.ts';
import { GradeEntrySchema, type GradeEntry } from '../../../shared/domain/answer.ts';
import { testContext } from './fakes.ts';
import { cycle } from './traject.ts';

const traject = { editie: 'sgg' } as const;
const cijfer = (deelnemer: string, thema: string, value: number, toelichting = ''): GradeEntry =>
  GradeEntrySchema.parse({ deelnemer, thema, cijfer: value, toelichting });

describe('gradeSpread', () => {
  const cijfers = [
    cijfer('GGD', 'relatie', 8),
    cijfer('School', 'relatie', 5, 'We horen te weinig van elkaar'),
    cijfer('Gemeente', 'relatie', 5),
    cijfer('GGD', 'proces', 7),
    cijfer('School', 'proces', 7),
    cijfer('GGD', 'belangen', 6),
  ];

  it('gives per theme the lowest and highest cijfer, who gave them, and the average', () => {
    const [relatie] = gradeSpread(cijfers, ['relatie']);
    expect(relatie).toMatchObject({
      thema: 'relatie',
      aantal: 3,
      min: 5,
      max: 8,
      verschil: 3,
      laagst: ['School', 'Gemeente'],
      hoogst: ['GGD'],
    });
    expect(relatie?.gemiddelde).toBeCloseTo(6, 10);
  });

  it('shows agreement as no difference, with everyone at both ends', () => {
    const proces = gradeSpread(cijfers).find((s) => s.thema === 'proces');
    expect(proces).toMatchObject({
      min: 7,
      max: 7,
      verschil: 0,
      laagst: ['GGD', 'School'],
      hoogst: ['GGD', 'School'],
    });
  });

  it("follows the question's theme order and leaves out themes nobody graded", () => {
    const order = ['gezamenlijkVraagstuk', 'belangen', 'relatie', 'organisatie', 'proces'];
    expect(gradeSpread(cijfers, order).map((s) => s.thema)).toEqual(['belangen', 'relatie', 'proces']);
    expect(gradeSpread([])).toEqual([]);
  });

  it('counts one cijfer per participant per theme: the later one', () => {
    const [relatie] = gradeSpread([
      cijfer('GGD', 'relatie', 4),
      cijfer('GGD', 'relatie', 9),
      cijfer('School', 'relatie', 6),
    ]);
    expect(relatie).toMatchObject({ aantal: 2, min: 6, max: 9, hoogst: ['GGD'] });
  });

  it('merges new cijfers over earlier ones for the same participant and theme', () => {
    const merged = mergeGrades(
      [cijfer('GGD', 'relatie', 4), cijfer('School', 'relatie', 6)],
      [cijfer('GGD', 'relatie', 7)],
    );
    expect(merged.map((e) => [e.deelnemer, e.cijfer])).toEqual([
      ['School', 6],
      ['GGD', 7],
    ]);
  });
});

describe('gradeReflectie (bouwsteen 0)', () => {
  const samenwerking = () => cycle({ bouwstenen: ['0B'], deelnemers: ['partner-ggd', 'Wethouder Jansen'] });

  it('keeps cijfers with their toelichting and returns the spread in the order of the themes', async () => {
    const ctx = testContext();
    const { reflectie, spreiding } = await gradeReflectie(ctx, {
      traject,
      reflectie: samenwerking(),
      cijfers: [
        {
          deelnemer: 'Wethouder Jansen',
          thema: 'proces',
          cijfer: 6,
          toelichting: 'Rolverdeling is onduidelijk',
        },
        { deelnemer: 'partner-ggd', thema: 'proces', cijfer: 9 },
        { deelnemer: 'partner-ggd', thema: 'relatie', cijfer: 8 },
      ],
    });
    expect(reflectie.cijfers).toHaveLength(3);
    expect(reflectie.cijfers[0]?.toelichting).toBe('Rolverdeling is onduidelijk');
    expect(spreiding.map((s) => [s.thema, s.min, s.max])).toEqual([
      ['relatie', 8, 8],
      ['proces', 6, 9],
    ]);
    expect(ctx.outbox.saved('reflectie')).toEqual([reflectie]);
  });

  it('replaces a participant’s earlier cijfer for a theme in the same cycle', async () => {
    const ctx = testContext();
    const first = await gradeReflectie(ctx, {
      traject,
      reflectie: samenwerking(),
      cijfers: [{ deelnemer: 'partner-ggd', thema: 'relatie', cijfer: 4 }],
    });
    const second = await gradeReflectie(ctx, {
      traject,
      reflectie: { ...first.reflectie, version: undefined },
      cijfers: [{ deelnemer: 'partner-ggd', thema: 'relatie', cijfer: 7 }],
    });
    expect(second.reflectie.cijfers.map((e) => e.cijfer)).toEqual([7]);
  });

  it('refuses unknown themes and participants, doubles, a cycle without the question, and a finished one', async () => {
    const ctx = testContext();
    const grade =
      (cijfers: unknown, reflectie = samenwerking()) =>
      async () =>
        gradeReflectie(ctx, { traject, reflectie, cijfers });
    const issues = async (action: () => Promise<unknown>) => {
      const error: unknown = await action().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isKompasError(error, 'Validation')).toBe(true);
      return (error as KompasError).issues;
    };
    const ok = { deelnemer: 'partner-ggd', thema: 'relatie', cijfer: 7 };
    expect(await issues(grade([{ ...ok, thema: 'sfeer' }]))).toEqual(['reflectie.validation.themaOnbekend']);
    expect(await issues(grade([{ ...ok, deelnemer: 'Onbekende' }]))).toEqual([
      'reflectie.validation.deelnemerOnbekend',
    ]);
    expect(await issues(grade([ok, { ...ok, cijfer: 8 }]))).toEqual(['reflectie.validation.dubbelCijfer']);
    expect(await issues(grade([ok], cycle({ bouwstenen: ['2'] })))).toEqual([
      'reflectie.validation.geenCijfervraag',
    ]);
    expect(
      await issues(
        grade([ok], cycle({ bouwstenen: ['0B'], status: 'afgerond', afgerondOp: '2027-01-04T17:00:00Z' })),
      ),
    ).toEqual(['reflectie.validation.afgerond']);
    // 1–10 only: the schema refuses an 11.
    expect(await issues(grade([{ ...ok, cijfer: 11 }]))).toHaveLength(1);
    expect(ctx.outbox.changes).toEqual([]);
  });
});
