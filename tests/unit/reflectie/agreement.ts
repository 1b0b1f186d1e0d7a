/** The agreement the schedule and Overzicht tests start from. */
import { aTraject, frequency, type TrajectBuilder } from '../../../shared/testing/builders.ts';

/** Bouwsteen 2 agreed "every 3 months, Anne plans it" on 1 October 2026: due 1 January 2027. */
export function withAgreement(builder: TrajectBuilder = aTraject()): TrajectBuilder {
  return builder.withAnswer(
    '2.lv.afspraken',
    frequency({ interval: 3, unit: 'maanden' }, { organisator: 'Anne de Vries' }),
    { gewijzigd: '2026-10-01T10:00:00+02:00' },
  );
}
