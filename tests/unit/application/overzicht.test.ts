import { describe, expect, it } from 'vitest';
import { deriveOverzicht } from '../../../shared/application/overzicht.ts';
import { getEdition } from '../../../shared/content/index.ts';
import { aTraject } from '../../../shared/testing/builders.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { withAgreement } from '../reflectie/agreement.ts';

const sgg = getEdition('sgg');
/** 5 January 2027: bouwsteen 2's agreed reflectie (due 1 January) is 4 days overdue. */
const clock = new FakeClock('2027-01-05T09:00:00.000Z');
const place = { bouwsteen: '2', sheetId: '2/leren-en-verbeteren', questionId: '2.lv.afspraken' };

const meeting = (start: string) => ({
  bouwstenen: ['2' as const],
  start: `${start}T10:00`,
  eind: `${start}T11:00`,
  status: 'gepland' as const,
});

const bouwsteen2 = (overzicht: ReturnType<typeof deriveOverzicht>) =>
  overzicht.progress.bouwstenen.find((b) => b.bouwsteen.id === '2');

const overdueWarnings = (overzicht: ReturnType<typeof deriveOverzicht>) =>
  overzicht.warnings.filter((w) => w.code === 'reflectionOverdue');

describe('the Overzicht’s reflecties', () => {
  it('follow the agreement when nothing is planned: overdue, with a warning', () => {
    const overzicht = deriveOverzicht(sgg, withAgreement().build(), clock);
    expect(bouwsteen2(overzicht)?.reflectie).toEqual({ status: 'verlopen', due: '2027-01-01', dagen: 4 });
    expect(bouwsteen2(overzicht)?.state.status).toBe('reflectie-verlopen');
    expect(overdueWarnings(overzicht)).toEqual([
      { code: 'reflectionOverdue', place, due: '2027-01-01', dagen: 4 },
    ]);
  });

  it('follow a meeting planned in Outlook without an agreement, as the Reflecties screen does', () => {
    const records = aTraject().withOverleg(meeting('2027-03-12')).build();
    const overzicht = deriveOverzicht(sgg, records, clock);
    expect(bouwsteen2(overzicht)?.reflectie).toEqual({ status: 'gepland', due: '2027-03-12' });
    expect(overdueWarnings(overzicht)).toEqual([]);
  });
});

describe('the Overzicht’s reflectie warnings tell what its compass tells', () => {
  it('warn of a meeting that passed without a finished reflectie, with no agreement', () => {
    const overzicht = deriveOverzicht(sgg, aTraject().withOverleg(meeting('2026-12-15')).build(), clock);
    expect(bouwsteen2(overzicht)?.state).toEqual({
      status: 'reflectie-verlopen',
      due: '2026-12-15',
      dagen: 21,
    });
    expect(overdueWarnings(overzicht)).toEqual([
      { code: 'reflectionOverdue', place, due: '2026-12-15', dagen: 21 },
    ]);
  });

  it('give the meeting’s date when it came before the agreed one and both passed', () => {
    const records = withAgreement().withOverleg(meeting('2026-12-17')).build();
    const overzicht = deriveOverzicht(sgg, records, clock);
    expect(bouwsteen2(overzicht)?.state).toEqual({
      status: 'reflectie-verlopen',
      due: '2026-12-17',
      dagen: 19,
    });
    expect(overdueWarnings(overzicht)).toEqual([
      { code: 'reflectionOverdue', place, due: '2026-12-17', dagen: 19 },
    ]);
  });

  it('give the agreed date when the meeting is planned after it', () => {
    const records = withAgreement().withOverleg(meeting('2027-02-02')).build();
    const overzicht = deriveOverzicht(sgg, records, clock);
    expect(bouwsteen2(overzicht)?.state).toEqual({
      status: 'reflectie-verlopen',
      due: '2027-01-01',
      dagen: 4,
    });
    expect(overdueWarnings(overzicht)).toEqual([
      { code: 'reflectionOverdue', place, due: '2027-01-01', dagen: 4 },
    ]);
  });
});
