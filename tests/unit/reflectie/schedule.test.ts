import { describe, expect, it } from 'vitest';
import { reflectieSchedule, watStaatErGepland } from '../../../shared/application/reflectie/schedule.ts';
import { findBouwsteen, getEdition, type BouwsteenId } from '../../../shared/content/index.ts';
import {
  bouwsteenSchedule,
  geplandVoor,
  nextOverlegDate,
  trajectSchedule,
} from '../../../shared/domain/reflectie/schedule.ts';
import { aTraject, frequency } from '../../../shared/testing/builders.ts';
import { withAgreement } from './agreement.ts';
import { testContext } from './fakes.ts';

const sgg = getEdition('sgg');
const bouwsteen = (id: BouwsteenId) => {
  const found = findBouwsteen(sgg, id);
  if (found === undefined) throw new Error(`no bouwsteen ${id}`);
  return found;
};

describe('the schedule of a bouwsteen with an agreement', () => {
  it('takes frequency, organiser and due date from the agreement and is overdue after it', () => {
    const records = withAgreement().build();
    const schedule = bouwsteenSchedule(bouwsteen('2'), records, '2027-01-05');
    expect(schedule).toMatchObject({
      bouwsteen: '2',
      bron: 'afspraak',
      frequentie: { interval: 3, unit: 'maanden' },
      organisator: 'Anne de Vries',
      status: { status: 'verlopen', due: '2027-01-01', dagen: 4 },
    });
  });

  it('counts from the last finished reflectie of the bouwsteen', () => {
    const records = withAgreement()
      .withReflectie({ bouwstenen: ['2'], datum: '2026-12-20', status: 'afgerond' })
      .build();
    const schedule = bouwsteenSchedule(bouwsteen('2'), records, '2027-01-05');
    expect(schedule.laatsteReflectie).toBe('2026-12-20');
    expect(schedule.status).toEqual({ status: 'gepland', due: '2027-03-20' });
  });

  it('keeps the agreement ahead of a planned meeting, but reports the meeting', () => {
    const records = withAgreement()
      .withOverleg({
        bouwstenen: ['2'],
        start: '2027-02-02T14:00',
        eind: '2027-02-02T15:00',
        status: 'gepland',
      })
      .build();
    const schedule = bouwsteenSchedule(bouwsteen('2'), records, '2027-01-05');
    expect(schedule.bron).toBe('afspraak');
    expect(schedule.overleg?.start).toBe('2027-02-02T14:00');
  });

  it('takes a meeting planned before the agreed date as the next reflectie', () => {
    const records = withAgreement()
      .withOverleg({
        bouwstenen: ['2'],
        start: '2026-12-17T10:30',
        eind: '2026-12-17T12:00',
        status: 'gepland',
      })
      .build();
    const schedule = bouwsteenSchedule(bouwsteen('2'), records, '2026-11-26');
    expect(schedule).toMatchObject({
      bron: 'overleg',
      frequentie: { interval: 3, unit: 'maanden' },
      status: { status: 'gepland', due: '2026-12-17' },
    });
  });
});

describe('the schedule of a bouwsteen without a frequency question', () => {
  it('3-A, 5 and 6 have no agreement question on their Leren-en-verbeteren sheets', () => {
    for (const id of ['3A', '5', '6'] as const) {
      const items = bouwsteen(id)
        .sheets.filter((s) => s.kind === 'lerenEnVerbeteren')
        .flatMap((s) => s.items);
      expect(
        items.some((q) => q.type === 'question' && q.input.kind === 'frequency'),
        id,
      ).toBe(false);
    }
  });

  it("takes bouwsteen 6's agreement from its worksheet (“Wat is het eerstvolgende moment?”)", () => {
    const records = aTraject()
      .withAnswer('6.afspraken', frequency(undefined, { volgendeDatum: '2027-02-15', organisator: 'Bram' }))
      .build();
    expect(bouwsteenSchedule(bouwsteen('6'), records, '2027-01-05')).toMatchObject({
      bron: 'afspraak',
      organisator: 'Bram',
      status: { status: 'gepland', due: '2027-02-15' },
    });
  });

  it('follows a repeating meeting planned in Outlook: the next occurrence after the last reflectie', () => {
    const records = aTraject()
      .withOverleg({
        bouwstenen: ['3A'],
        start: '2026-12-01T14:00',
        eind: '2026-12-01T15:30',
        herhaling: { frequentie: { interval: 6, unit: 'weken' } },
        status: 'gepland',
      })
      .withReflectie({ bouwstenen: ['3A'], datum: '2026-12-01', status: 'afgerond' })
      .build();
    const schedule = bouwsteenSchedule(bouwsteen('3A'), records, '2027-01-05');
    expect(schedule).toMatchObject({
      bron: 'overleg',
      frequentie: { interval: 6, unit: 'weken' },
      status: { status: 'binnenkort', due: '2027-01-12' },
    });
  });

  it('is overdue when the meeting date passed without a finished reflectie', () => {
    const records = aTraject()
      .withOverleg({
        bouwstenen: ['5'],
        start: '2026-12-15T10:00',
        eind: '2026-12-15T11:00',
        status: 'gepland',
      })
      .build();
    expect(bouwsteenSchedule(bouwsteen('5'), records, '2027-01-05').status).toEqual({
      status: 'verlopen',
      due: '2026-12-15',
      dagen: 21,
    });
  });

  it('ignores cancelled and concept meetings, and a series that ended', () => {
    const records = aTraject()
      .withOverleg({
        bouwstenen: ['6'],
        start: '2027-02-01T10:00',
        eind: '2027-02-01T11:00',
        status: 'geannuleerd',
      })
      .withOverleg({
        bouwstenen: ['6'],
        start: '2027-02-08T10:00',
        eind: '2027-02-08T11:00',
        status: 'concept',
      })
      .withOverleg({
        bouwstenen: ['6'],
        start: '2026-09-01T10:00',
        eind: '2026-09-01T11:00',
        herhaling: { frequentie: { interval: 1, unit: 'maanden' }, tot: '2026-11-30' },
        status: 'gepland',
      })
      .withReflectie({ bouwstenen: ['6'], datum: '2026-12-01', status: 'afgerond' })
      .build();
    const schedule = bouwsteenSchedule(bouwsteen('6'), records, '2027-01-05');
    expect(schedule.bron).toBe('geen');
    expect(schedule.status).toEqual({ status: 'geen-afspraak' });
  });

  it('counts a monthly series from its first date, so the 31st stays the month end', () => {
    const overleg = aTraject()
      .withOverleg({
        start: '2027-01-31T10:00',
        eind: '2027-01-31T11:00',
        herhaling: { frequentie: { interval: 1, unit: 'maanden' } },
      })
      .build().overleggen[0]!;
    expect(nextOverlegDate(overleg, undefined)).toBe('2027-01-31');
    expect(nextOverlegDate(overleg, '2027-01-31')).toBe('2027-02-28');
    expect(nextOverlegDate(overleg, '2027-02-28')).toBe('2027-03-31');
  });
});

describe('the schedule of a traject', () => {
  it('lists every bouwsteen with a Leren-en-verbeteren sheet, in order', () => {
    const schedules = trajectSchedule(sgg, withAgreement().build(), '2027-01-05');
    expect(schedules.map((s) => s.bouwsteen)).toEqual(['0B', '1B', '2', '3A', '3B', '4', '5', '6']);
    expect(schedules.find((s) => s.bouwsteen === '2')?.status.status).toBe('verlopen');
    expect(schedules.find((s) => s.bouwsteen === '0B')?.status.status).toBe('geen-afspraak');
  });

  it('gives a person what they organise or are invited to, soonest first', () => {
    const records = withAgreement()
      .withOverleg({
        bouwstenen: ['3A'],
        start: '2027-01-20T14:00',
        eind: '2027-01-20T15:00',
        deelnemers: [{ naam: 'Anne', email: 'Anne@Voorbeeldstad.nl' }],
        status: 'gepland',
      })
      .withOverleg({
        bouwstenen: ['5'],
        start: '2027-01-10T14:00',
        eind: '2027-01-10T15:00',
        deelnemers: [{ naam: 'Bram', email: 'bram@partner.nl' }],
        status: 'gepland',
      })
      .build();
    const schedules = trajectSchedule(sgg, records, '2027-01-05');
    const mine = geplandVoor(schedules, { upn: 'anne@voorbeeldstad.nl', namen: ['anne de vries'] });
    expect(mine.map((i) => [i.schedule.bouwsteen, i.due, i.rol])).toEqual([
      ['2', '2027-01-01', 'organisator'],
      ['3A', '2027-01-20', 'deelnemer'],
    ]);
    expect(geplandVoor(schedules, { upn: 'bram@partner.nl' }).map((i) => i.schedule.bouwsteen)).toEqual([
      '5',
    ]);
  });
});

describe('time zones around the daylight-saving changes of Europe/Amsterdam', () => {
  // 2027: summer time starts on Sunday 28 March, ends on Sunday 31 October.
  const records = aTraject()
    .withOverleg({
      bouwstenen: ['5'],
      start: '2027-03-28T10:00',
      eind: '2027-03-28T11:00',
      status: 'gepland',
    })
    .withOverleg({
      bouwstenen: ['6'],
      start: '2027-10-31T10:00',
      eind: '2027-10-31T11:00',
      status: 'gepland',
    })
    .build();
  const statusOf = (now: string, id: BouwsteenId) =>
    reflectieSchedule(testContext(now), { traject: records.traject, records }).find((s) => s.bouwsteen === id)
      ?.status;

  it('turns the day over at midnight in Amsterdam in winter time (UTC+1)', () => {
    expect(statusOf('2027-03-27T22:59:00Z', '5')).toEqual({ status: 'binnenkort', due: '2027-03-28' });
    expect(statusOf('2027-03-28T21:59:00Z', '5')).toEqual({ status: 'binnenkort', due: '2027-03-28' });
  });

  it('turns the day over an hour earlier in UTC once summer time started (UTC+2)', () => {
    // 22:30 UTC on 28 March is 00:30 on 29 March in Amsterdam: a day late.
    expect(statusOf('2027-03-28T22:30:00Z', '5')).toEqual({
      status: 'verlopen',
      due: '2027-03-28',
      dagen: 1,
    });
  });

  it('and at midnight UTC+1 again after the last Sunday of October', () => {
    expect(statusOf('2027-10-30T22:30:00Z', '6')).toEqual({ status: 'binnenkort', due: '2027-10-31' });
    expect(statusOf('2027-10-31T22:30:00Z', '6')).toEqual({ status: 'binnenkort', due: '2027-10-31' });
    expect(statusOf('2027-10-31T23:30:00Z', '6')).toEqual({
      status: 'verlopen',
      due: '2027-10-31',
      dagen: 1,
    });
  });

  it('gives the signed-in person their list through the use case', () => {
    const withMe = aTraject()
      .withOverleg({
        bouwstenen: ['3A'],
        start: '2027-01-20T14:00',
        eind: '2027-01-20T15:00',
        deelnemers: [{ naam: 'Anne', email: 'anne@voorbeeldstad.nl' }],
        status: 'gepland',
      })
      .build();
    const items = watStaatErGepland(testContext(), { traject: withMe.traject, records: withMe });
    expect(items.map((i) => [i.schedule.bouwsteen, i.due, i.schedule.status.status])).toEqual([
      ['3A', '2027-01-20', 'gepland'],
    ]);
  });
});
