import { describe, expect, it } from 'vitest';
import { eerderEnNu } from '../../../shared/application/reflectie/cycle.ts';
import { previousReflectie } from '../../../shared/domain/reflectie/compare.ts';
import { text } from '../../../shared/testing/builders.ts';
import { testContext } from './fakes.ts';
import { cycle, partnership, vorigeId } from './traject.ts';

const traject = { editie: 'sgg' } as const;

describe('Eerder / Op dit moment', () => {
  const records = partnership()
    // A later cycle must not count as "eerder" for the cycle of January.
    .withReflectie({ id: 'reflectie-maart', bouwstenen: ['2'], datum: '2027-03-01', status: 'afgerond' })
    .build();
  const nu = cycle({
    antwoorden: {
      '2.lv.herkennen': text('Minder meldingen dan in oktober.'),
      '2.lv.begrijpen': text('De lessen op school werken.'),
      '2.lv.verbeteren': text('Gesprek met de scholen'),
    },
    indicatorStanden: [
      { indicatorId: 'ind-meldingen', waarde: 10, datum: '2026-12-01' },
      { indicatorId: 'ind-signaal', datum: '2026-11-01' },
    ],
  });

  it('puts each periodic question’s answer then beside the answer now', () => {
    const comparison = eerderEnNu(testContext(), { traject, records, reflectie: nu, bouwsteen: '2' });
    expect(comparison?.eerder?.id).toBe(vorigeId);
    expect(comparison?.vragen.map((v) => [v.question.id, v.eerderTekst, v.nuTekst, v.veranderd])).toEqual([
      ['2.lv.herkennen', 'We zien meer meldingen dan vorig jaar.', 'Minder meldingen dan in oktober.', true],
      ['2.lv.begrijpen', '', 'De lessen op school werken.', true],
      ['2.lv.waarderen', '', '', false],
      ['2.lv.verbeteren', 'Gesprek met de scholen', 'Gesprek met de scholen', false],
    ]);
  });

  it('puts each indicator’s figure then beside the figure now, with the movement judged by its direction', () => {
    const comparison = eerderEnNu(testContext(), { traject, records, reflectie: nu, bouwsteen: '2' });
    const meldingen = comparison?.indicatoren.find((i) => i.indicator.id === 'ind-meldingen');
    expect(meldingen?.eerder).toEqual({ indicatorId: 'ind-meldingen', waarde: 12, datum: '2026-06-01' });
    expect(meldingen?.nu).toEqual({ indicatorId: 'ind-meldingen', waarde: 10, datum: '2026-12-01' });
    // Fewer reports is what the partners want (richting: lager).
    expect(meldingen?.beweging).toMatchObject({
      kind: 'moved',
      direction: 'down',
      verdict: 'good',
      change: -2,
    });
    const signaal = comparison?.indicatoren.find((i) => i.indicator.id === 'ind-signaal');
    expect(signaal).toMatchObject({ eerder: undefined, beweging: { kind: 'insufficient' } });
  });

  it('calls an unchanged figure equal, even when the meting is the same one', () => {
    const same = cycle({
      indicatorStanden: [{ indicatorId: 'ind-meldingen', waarde: 12, datum: '2026-06-01' }],
    });
    const comparison = eerderEnNu(testContext(), { traject, records, reflectie: same, bouwsteen: '2' });
    expect(comparison?.indicatoren[0]?.beweging).toMatchObject({
      kind: 'moved',
      direction: 'equal',
      verdict: 'neutral',
    });
  });

  it('has nothing before the first cycle of a bouwsteen', () => {
    const first = cycle({ bouwstenen: ['3A'], antwoorden: { '3A.lv.herkennen': text('Ja') } });
    const comparison = eerderEnNu(testContext(), { traject, records, reflectie: first, bouwsteen: '3A' });
    expect(comparison?.eerder).toBeUndefined();
    expect(comparison?.vragen.map((v) => v.eerderTekst)).toEqual(['', '', '', '']);
    expect(comparison?.vragen[0]?.nuTekst).toBe('Ja');
  });

  it('compares the cijfers of bouwsteen 0 as text, per participant and theme label', () => {
    const withGrades = partnership()
      .withReflectie({
        id: 'reflectie-0b-oud',
        bouwstenen: ['0B'],
        datum: '2026-06-01',
        status: 'afgerond',
        cijfers: [{ deelnemer: 'GGD', thema: 'relatie', cijfer: 6 }],
      })
      .build();
    const now = cycle({
      bouwstenen: ['0B'],
      cijfers: [{ deelnemer: 'GGD', thema: 'relatie', cijfer: 8, toelichting: 'Beter' }],
    });
    const comparison = eerderEnNu(testContext(), {
      traject,
      records: withGrades,
      reflectie: now,
      bouwsteen: '0B',
    });
    expect(comparison?.vragen.map((v) => [v.question.id, v.eerderTekst, v.nuTekst])).toEqual([
      ['0B.lv.cijfers', 'GGD, Relatie: 6', 'GGD, Relatie: 8 (Beter)'],
    ]);
  });

  it('orders cycles of the same day by when they were closed', () => {
    const sameDay = partnership()
      .withReflectie({
        id: 'reflectie-ochtend',
        bouwstenen: ['2'],
        datum: '2027-01-04',
        status: 'afgerond',
        afgerondOp: '2027-01-04T10:00:00Z',
      })
      .withReflectie({
        id: 'reflectie-middag',
        bouwstenen: ['2'],
        datum: '2027-01-04',
        status: 'afgerond',
        afgerondOp: '2027-01-04T15:00:00Z',
      })
      .build();
    const middag = sameDay.reflecties.find((r) => r.id === 'reflectie-middag')!;
    expect(previousReflectie(sameDay.reflecties, middag, '2')?.id).toBe('reflectie-ochtend');
    expect(
      previousReflectie(sameDay.reflecties, { id: 'reflectie-avond', datum: '2027-01-04' }, '2')?.id,
    ).toBe('reflectie-middag');
    // A stale copy of a cycle the store already has as finished is never its own "eerder".
    expect(
      previousReflectie(sameDay.reflecties, { id: 'reflectie-middag', datum: '2027-01-04' }, '2')?.id,
    ).toBe('reflectie-ochtend');
  });
});
