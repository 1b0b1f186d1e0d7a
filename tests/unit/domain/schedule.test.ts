import { describe, expect, it } from 'vitest';
import {
  addFrequency,
  agreementOf,
  agreementQuestion,
  bouwsteenReflectieStatus,
  nextReflectieDate,
  reflectieStatus,
  soonDays,
  type ReflectieAgreement,
} from '../../../shared/domain/rules/schedule.ts';
import { aTraject, frequency, text } from '../../../shared/testing/builders.ts';
import { bouwsteenOf } from '../../fixtures/editions.ts';

const maandelijks: ReflectieAgreement = { frequentie: { interval: 1, unit: 'maanden' }, since: '2026-01-31' };

describe('addFrequency', () => {
  it('adds weeks as days, months and years as calendar months', () => {
    expect(addFrequency('2026-03-01', { interval: 4, unit: 'weken' })).toBe('2026-03-29');
    expect(addFrequency('2026-01-31', { interval: 1, unit: 'maanden' })).toBe('2026-02-28');
    expect(addFrequency('2026-08-31', { interval: 6, unit: 'maanden' })).toBe('2027-02-28');
    expect(addFrequency('2024-02-29', { interval: 1, unit: 'jaren' })).toBe('2025-02-28');
    expect(addFrequency('2026-01-31', { interval: 1, unit: 'maanden' }, 2)).toBe('2026-03-31');
  });
});

describe('nextReflectieDate', () => {
  it('has nothing to say without an agreement', () => {
    expect(nextReflectieDate(undefined, '2026-01-01')).toBeUndefined();
    expect(nextReflectieDate({ since: '2026-01-01' }, undefined)).toBeUndefined();
  });

  it('counts from the agreement until the first reflectie is finished', () => {
    expect(nextReflectieDate(maandelijks, undefined)).toBe('2026-02-28');
    expect(nextReflectieDate({ ...maandelijks, since: '2028-01-31' }, undefined)).toBe('2028-02-29');
  });

  it('counts from the last finished reflectie', () => {
    expect(nextReflectieDate(maandelijks, '2026-03-31')).toBe('2026-04-30');
  });

  it('takes a hand-set date when it is later than the last reflectie', () => {
    expect(nextReflectieDate({ ...maandelijks, volgendeDatum: '2026-06-10' }, '2026-03-31')).toBe(
      '2026-06-10',
    );
    expect(nextReflectieDate({ ...maandelijks, volgendeDatum: '2026-02-10' }, undefined)).toBe('2026-02-10');
  });

  it('ignores a hand-set date on or before the last reflectie', () => {
    expect(nextReflectieDate({ ...maandelijks, volgendeDatum: '2026-03-31' }, '2026-03-31')).toBe(
      '2026-04-30',
    );
    expect(nextReflectieDate({ ...maandelijks, volgendeDatum: '2026-03-01' }, '2026-03-31')).toBe(
      '2026-04-30',
    );
    expect(
      nextReflectieDate({ since: '2026-01-01', volgendeDatum: '2026-03-01' }, '2026-03-31'),
    ).toBeUndefined();
  });
});

describe('reflectieStatus', () => {
  const due = '2026-02-28';

  it('is "geen-afspraak" without an agreement', () => {
    expect(reflectieStatus(undefined, undefined, '2026-02-01')).toEqual({ status: 'geen-afspraak' });
  });

  it('is "gepland" further than two weeks ahead', () => {
    expect(reflectieStatus(maandelijks, undefined, '2026-02-13')).toEqual({ status: 'gepland', due });
  });

  it(`is "binnenkort" within ${soonDays} days and on the day itself`, () => {
    expect(reflectieStatus(maandelijks, undefined, '2026-02-14')).toEqual({ status: 'binnenkort', due });
    expect(reflectieStatus(maandelijks, undefined, due)).toEqual({ status: 'binnenkort', due });
  });

  it('is "verlopen" from the day after, counting whole days across month ends', () => {
    expect(reflectieStatus(maandelijks, undefined, '2026-03-01')).toEqual({
      status: 'verlopen',
      due,
      dagen: 1,
    });
    expect(reflectieStatus(maandelijks, undefined, '2026-03-31')).toEqual({
      status: 'verlopen',
      due,
      dagen: 31,
    });
  });

  it('counts calendar days across the change to summer time', () => {
    const weekly: ReflectieAgreement = { frequentie: { interval: 1, unit: 'weken' }, since: '2026-03-22' };
    expect(reflectieStatus(weekly, undefined, '2026-04-05')).toEqual({
      status: 'verlopen',
      due: '2026-03-29',
      dagen: 7,
    });
  });
});

describe('a bouwsteen on a traject', () => {
  const b0B = bouwsteenOf('0B');

  it('finds the frequency question on the Leren-en-verbeteren sheet', () => {
    expect(agreementQuestion(b0B)).toEqual({
      bouwsteen: '0B',
      sheetId: '0B/leren-en-verbeteren',
      questionId: '0B.lv.afspraken',
    });
    expect(agreementQuestion(bouwsteenOf('1B'))).toBeUndefined();
  });

  it('starts the rhythm on the date the agreement was written, in its own time zone', () => {
    // In UTC this is still 31 January, which would make the reflectie due on 28 February.
    const records = aTraject()
      .withAnswer('0B.lv.afspraken', frequency({ interval: 1, unit: 'maanden' }), {
        gewijzigd: '2026-02-01T00:30:00+01:00',
      })
      .build();
    expect(agreementOf(b0B, records)).toEqual({
      frequentie: { interval: 1, unit: 'maanden' },
      volgendeDatum: undefined,
      since: '2026-02-01',
    });
    expect(bouwsteenReflectieStatus(b0B, records, '2026-03-01')).toEqual({
      status: 'binnenkort',
      due: '2026-03-01',
    });
  });

  it('has no agreement while the answer names neither a frequency nor a date', () => {
    const records = aTraject()
      .withAnswer('0B.lv.afspraken', frequency(undefined, { organisator: 'Gemeente' }))
      .build();
    expect(agreementOf(b0B, records)).toBeUndefined();
    expect(bouwsteenReflectieStatus(b0B, records, '2030-01-01')).toEqual({ status: 'geen-afspraak' });
  });

  it('counts only finished reflecties of that bouwsteen', () => {
    const base = () =>
      aTraject().withAnswer('0B.lv.afspraken', frequency({ interval: 3, unit: 'maanden' }), {
        gewijzigd: '2026-01-10T10:00:00+01:00',
      });
    const today = '2026-05-01';
    expect(bouwsteenReflectieStatus(b0B, base().build(), today)).toMatchObject({ due: '2026-04-10' });

    const others = base()
      .withReflectie({ bouwstenen: ['0B'], datum: '2026-04-01', status: 'gepland' })
      .withReflectie({ bouwstenen: ['0B'], datum: '2026-04-02', status: 'bezig' })
      .withReflectie({ bouwstenen: ['2'], datum: '2026-04-03', status: 'afgerond' })
      .build();
    expect(bouwsteenReflectieStatus(b0B, others, today)).toEqual({
      status: 'verlopen',
      due: '2026-04-10',
      dagen: 21,
    });

    const finished = base()
      .withReflectie({ bouwstenen: ['2', '0B'], datum: '2026-02-20', status: 'afgerond' })
      .withReflectie({ bouwstenen: ['0B'], datum: '2026-04-05', status: 'afgerond' })
      .withReflectie({ bouwstenen: ['0B'], datum: '2026-03-01', status: 'afgerond' })
      .build();
    expect(bouwsteenReflectieStatus(b0B, finished, today)).toEqual({ status: 'gepland', due: '2026-07-05' });
  });

  it('ignores an answer of another kind on the agreement question', () => {
    const records = aTraject().withAnswer('0B.lv.afspraken', text('elke maand')).build();
    expect(agreementOf(b0B, records)).toBeUndefined();
  });
});
