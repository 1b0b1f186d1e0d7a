import { describe, expect, it } from 'vitest';
import { KompasError } from '../../../shared/domain/errors.ts';
import { reflectiesTabMessages } from '../../../shared/i18n/reflecties-tab.ts';
import {
  addMinutes,
  fieldErrorsOf,
  initialPlanDraft,
  planFormOf,
  proposedDate,
  type PlanDraft,
} from '../../../tab/features/reflecties/model.ts';

const draft = (overrides: Partial<PlanDraft> = {}): PlanDraft => ({
  ...initialPlanDraft({
    bouwsteen: '2',
    schedule: undefined,
    partners: [],
    today: '2026-03-02',
    tijdzone: 'Europe/Amsterdam',
  }),
  ...overrides,
});

describe('times of a meeting', () => {
  it('ends by the clock of its zone, also across the spring and autumn changes of Europe/Amsterdam', () => {
    expect(addMinutes('2026-03-17T14:00', 90, 'Europe/Amsterdam')).toBe('2026-03-17T15:30');
    // 29 March 2026: 02:00 becomes 03:00, so ninety minutes after 01:30 the clock reads 04:00.
    expect(addMinutes('2026-03-29T01:30', 90, 'Europe/Amsterdam')).toBe('2026-03-29T04:00');
    // 25 October 2026: 03:00 becomes 02:00 again.
    expect(addMinutes('2026-10-25T01:30', 90, 'Europe/Amsterdam')).toBe('2026-10-25T02:00');
  });

  it('proposes the due date while it is still to come, otherwise a week from today', () => {
    const due = (d: string) =>
      ({
        bouwsteen: '2',
        bron: 'afspraak',
        frequentie: undefined,
        organisator: '',
        laatsteReflectie: undefined,
        status: { status: 'gepland', due: d },
        overleg: undefined,
      }) as const;
    expect(proposedDate(due('2026-03-20'), '2026-03-02')).toBe('2026-03-20');
    expect(proposedDate(due('2026-02-20'), '2026-03-02')).toBe('2026-03-09');
    expect(proposedDate(undefined, '2026-03-02')).toBe('2026-03-09');
  });
});

describe('the plan form', () => {
  it('becomes the use case form: partners by id, others by address, the series only when asked', () => {
    const parsed = planFormOf(
      draft({
        datum: '2026-03-17',
        tijd: '10:00',
        duur: 60,
        partners: { 'partner-ggd': 'optional' },
        anderen: [
          { key: 'a', naam: ' Wethouder Jansen ', email: ' jansen@gemeente.example ', type: 'required' },
          // An untouched row is no attendee.
          { key: 'b', naam: '', email: '', type: 'required' },
        ],
        herhalen: true,
        interval: '2',
        unit: 'weken',
        tot: '2026-06-30',
      }),
    );
    expect(parsed).toEqual({
      form: {
        bouwstenen: ['2'],
        start: '2026-03-17T10:00',
        eind: '2026-03-17T11:00',
        tijdzone: 'Europe/Amsterdam',
        deelnemers: [
          { partnerId: 'partner-ggd', type: 'optional' },
          { naam: 'Wethouder Jansen', email: 'jansen@gemeente.example', type: 'required' },
        ],
        teams: true,
        herhaling: { frequentie: { interval: 2, unit: 'weken' }, tot: '2026-06-30' },
      },
    });
    const single = planFormOf(draft({ herhalen: false, interval: 'niets' }));
    expect('form' in single && single.form.herhaling).toBe(undefined);
  });

  it('names what the form itself can tell is wrong, per field', () => {
    expect(planFormOf(draft({ datum: '', tijd: '25:00' }))).toEqual({
      errors: { datum: ['reflecties.validation.datum'], tijd: ['reflecties.validation.tijd'] },
    });
    expect(planFormOf(draft({ herhalen: true, interval: '0', tot: '31-12-2026' }))).toEqual({
      errors: { herhaling: ['reflecties.validation.interval'], tot: ['reflecties.validation.tot'] },
    });
  });

  it("puts the use case's issues by the field they are about, and leaves other errors alone", () => {
    const refused = new KompasError('Validation', 'overleg is invalid', {
      issues: [
        'reflectie.validation.startInVerleden',
        'reflectie.validation.geenDeelnemers',
        'reflectie.validation.herhalingEindigtVoorStart',
        'start: expected YYYY-MM-DDTHH:mm',
      ],
    });
    expect(fieldErrorsOf(refused)).toEqual({
      datum: ['reflectie.validation.startInVerleden'],
      deelnemers: ['reflectie.validation.geenDeelnemers'],
      tot: ['reflectie.validation.herhalingEindigtVoorStart'],
    });
    expect(fieldErrorsOf(new KompasError('Throttled', 'wait'))).toBeUndefined();
  });
});

describe('the screen strings', () => {
  it('have the same keys and placeholders in nl and en', () => {
    const { nl, en } = reflectiesTabMessages;
    const holes = (value: unknown) =>
      [...JSON.stringify(value).matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(holes(en[key]), key).toEqual(holes(nl[key]));
    }
  });
});
