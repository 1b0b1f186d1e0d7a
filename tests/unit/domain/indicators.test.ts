import { describe, expect, it } from 'vitest';
import type { Indicator, Meting } from '../../../shared/domain/model.ts';
import {
  latestMeting,
  metingenOf,
  movement,
  targetProgress,
} from '../../../shared/domain/rules/indicators.ts';
import { aTraject, type IndicatorProps, type MetingProps } from '../../../shared/testing/builders.ts';

function indicator(
  props: IndicatorProps,
  metingen: readonly MetingProps[] = [],
): [Indicator, readonly Meting[]] {
  const built = aTraject().withIndicator(props, metingen).build();
  return [built.indicatoren[0]!, built.metingen];
}

describe('latestMeting', () => {
  it('is the one with the latest date, whatever the order they were stored in', () => {
    const built = aTraject()
      .withIndicator({ id: 'indicator-a' }, [
        { datum: '2026-03-01', waarde: 3 },
        { datum: '2026-05-01', waarde: 5 },
        { datum: '2026-04-01', waarde: 4 },
      ])
      .withIndicator({ id: 'indicator-b' }, [{ datum: '2027-01-01', waarde: 99 }])
      .build();
    expect(latestMeting(built.indicatoren[0]!.id, built.metingen)?.waarde).toBe(5);
    expect(metingenOf(built.indicatoren[0]!.id, built.metingen).map((m) => m.waarde)).toEqual([3, 4, 5]);
  });

  it('includes a signaal recorded in words only', () => {
    const [signaal, metingen] = indicator({ soort: 'signaal' }, [
      { datum: '2026-01-01', waarde: 1 },
      { datum: '2026-02-01', toelichting: 'Scholen melden meer incidenten' },
    ]);
    expect(latestMeting(signaal.id, metingen)?.toelichting).toBe('Scholen melden meer incidenten');
  });

  it('is undefined without metingen', () => {
    const [i, metingen] = indicator({});
    expect(latestMeting(i.id, metingen)).toBeUndefined();
  });
});

describe('movement', () => {
  const twee = (a: number, b: number): readonly MetingProps[] => [
    { datum: '2026-01-01', waarde: a },
    { datum: '2026-06-01', waarde: b },
  ];

  it('needs two metingen with a number', () => {
    expect(movement(...indicator({}, twee(1, 2).slice(0, 1)))).toEqual({ kind: 'insufficient' });
    expect(movement(...indicator({}, [{ datum: '2026-01-01', waarde: 1 }, { datum: '2026-02-01' }]))).toEqual(
      { kind: 'insufficient' },
    );
  });

  it('compares the last two numbers, skipping metingen in words', () => {
    const result = movement(
      ...indicator({ richting: 'hoger' }, [
        { datum: '2025-01-01', waarde: 50 },
        { datum: '2026-01-01', waarde: 10 },
        { datum: '2026-06-01', waarde: 12 },
        { datum: '2026-07-01', toelichting: 'Alleen een signaal' },
      ]),
    );
    expect(result).toMatchObject({ kind: 'moved', direction: 'up', verdict: 'good', change: 2 });
  });

  it('judges the direction by the indicator’s richting', () => {
    const cases = [
      ['hoger', 1, 2, 'up', 'good'],
      ['hoger', 2, 1, 'down', 'bad'],
      ['lager', 2, 1, 'down', 'good'],
      ['lager', 1, 2, 'up', 'bad'],
      ['neutraal', 1, 2, 'up', 'neutral'],
      ['hoger', 2, 2, 'equal', 'neutral'],
    ] as const;
    for (const [richting, a, b, direction, verdict] of cases) {
      expect(movement(...indicator({ richting }, twee(a, b))), `${richting} ${a}→${b}`).toMatchObject({
        direction,
        verdict,
      });
    }
  });

  it('treats floating-point noise as no change', () => {
    expect(movement(...indicator({ richting: 'hoger' }, twee(0.1 + 0.2, 0.3)))).toMatchObject({
      direction: 'equal',
    });
  });
});

describe('targetProgress', () => {
  const basis = { waarde: 10, datum: '2025-01-01' };

  it('says what is missing', () => {
    expect(targetProgress(...indicator({ basis }))).toEqual({ kind: 'no-target' });
    expect(targetProgress(...indicator({ doel: { waarde: 20, jaar: 2027 } }))).toEqual({
      kind: 'no-baseline',
    });
    expect(targetProgress(...indicator({ basis, doel: { waarde: 20, jaar: 2027 } }))).toEqual({
      kind: 'no-measurement',
    });
  });

  it('measures the share of the way from basis to doel, upwards', () => {
    const doel = { waarde: 20, jaar: 2027 };
    const at = (waarde: number) =>
      targetProgress(...indicator({ basis, doel }, [{ datum: '2026-01-01', waarde }]));
    expect(at(15)).toMatchObject({ fraction: 0.5, reached: false });
    expect(at(20)).toMatchObject({ fraction: 1, reached: true });
    expect(at(25)).toMatchObject({ fraction: 1.5, reached: true });
    expect(at(5)).toMatchObject({ fraction: -0.5, reached: false });
  });

  it('measures the share of the way downwards', () => {
    const doel = { waarde: 20, jaar: 2027 };
    const start = { waarde: 30, datum: '2025-01-01' };
    const at = (waarde: number) =>
      targetProgress(
        ...indicator({ basis: start, doel, richting: 'lager' }, [{ datum: '2026-01-01', waarde }]),
      );
    expect(at(25)).toMatchObject({ fraction: 0.5, reached: false });
    expect(at(18)).toMatchObject({ fraction: 1.2, reached: true });
    expect(at(35)).toMatchObject({ fraction: -0.5, reached: false });
  });

  it('uses the latest number when the doel equals the basis', () => {
    const doel = { waarde: 10, jaar: 2027 };
    const at = (richting: Indicator['richting'], waarde: number) =>
      targetProgress(...indicator({ basis, doel, richting }, [{ datum: '2026-01-01', waarde }]));
    expect(at('hoger', 11)).toMatchObject({ fraction: 1, reached: true });
    expect(at('hoger', 9)).toMatchObject({ fraction: 0, reached: false });
    expect(at('lager', 9)).toMatchObject({ fraction: 1, reached: true });
    expect(at('neutraal', 10)).toMatchObject({ fraction: 1, reached: true });
    expect(at('neutraal', 11)).toMatchObject({ fraction: 0, reached: false });
  });
});
