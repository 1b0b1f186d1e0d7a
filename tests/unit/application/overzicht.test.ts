import { describe, expect, it } from 'vitest';
import { deriveOverzicht } from '../../../shared/application/overzicht.ts';
import { getEdition } from '../../../shared/content/index.ts';
import { aTraject, frequency } from '../../../shared/testing/builders.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';

const sgg = getEdition('sgg');
const clock = new FakeClock('2027-01-05T09:00:00.000Z');

/** Bouwsteen 2 agreed "every 3 months" on 1 October 2026: due 1 January 2027, overdue on the 5th. */
const agreed = () =>
  aTraject().withAnswer('2.lv.afspraken', frequency({ interval: 3, unit: 'maanden' }), {
    gewijzigd: '2026-10-01T10:00:00+02:00',
  });

const bouwsteen2 = (overzicht: ReturnType<typeof deriveOverzicht>) =>
  overzicht.progress.bouwstenen.find((b) => b.bouwsteen.id === '2');

describe('the Overzicht’s reflecties', () => {
  it('follow the agreement when nothing is planned: overdue, with a warning', () => {
    const overzicht = deriveOverzicht(sgg, agreed().build(), clock);
    expect(bouwsteen2(overzicht)?.reflectie).toEqual({ status: 'verlopen', due: '2027-01-01', dagen: 4 });
    expect(bouwsteen2(overzicht)?.state.status).toBe('reflectie-verlopen');
    expect(overzicht.warnings.some((w) => w.code === 'reflectionOverdue')).toBe(true);
  });

  it('follow a meeting planned in Outlook without an agreement, as the Reflecties screen does', () => {
    const records = aTraject()
      .withOverleg({
        bouwstenen: ['2'],
        start: '2027-03-12T10:00',
        eind: '2027-03-12T11:00',
        status: 'gepland',
      })
      .build();
    expect(bouwsteen2(deriveOverzicht(sgg, records, clock))?.reflectie).toEqual({
      status: 'gepland',
      due: '2027-03-12',
    });
  });

  it('keep the agreed date overdue when the meeting is planned after it', () => {
    const records = agreed()
      .withOverleg({
        bouwstenen: ['2'],
        start: '2027-02-02T14:00',
        eind: '2027-02-02T15:00',
        status: 'gepland',
      })
      .build();
    const overzicht = deriveOverzicht(sgg, records, clock);
    expect(bouwsteen2(overzicht)?.reflectie.status).toBe('verlopen');
    expect(overzicht.warnings.some((w) => w.code === 'reflectionOverdue')).toBe(true);
  });
});
