/** KompasMetingen: measurements of indicators; the list that grows largest. */
import { z } from 'zod';
import { MetingSchema, type Meting } from '../../domain/model.ts';
import {
  decodeItem,
  keyCell,
  kompasIdColumn,
  optionalNumberCell,
  optionalTextCell,
  orNull,
  textCell,
  trajectIdColumn,
  type ColumnSpec,
  type ListDefinition,
} from './columns.ts';

const columns: readonly ColumnSpec[] = [
  kompasIdColumn,
  trajectIdColumn,
  { name: 'IndicatorId', displayName: 'Indicator-id', type: 'text', indexed: true, since: 1 },
  // `YYYY-MM-DD` text: see the note on calendar dates in indicator.ts.
  { name: 'Datum', displayName: 'Datum', type: 'text', since: 1 },
  { name: 'Waarde', displayName: 'Waarde', type: 'number', since: 1 },
  { name: 'Toelichting', displayName: 'Toelichting', type: 'note', since: 1 },
  { name: 'Bron', displayName: 'Bron', type: 'text', since: 1 },
];

const fieldsSchema = z.looseObject({
  KompasId: keyCell,
  TrajectId: keyCell,
  IndicatorId: optionalTextCell,
  Datum: optionalTextCell,
  Waarde: optionalNumberCell,
  Toelichting: textCell,
  Bron: textCell,
});

export const metingList: ListDefinition<'meting'> = {
  kind: 'meting',
  listName: 'KompasMetingen',
  description: 'Kompas: metingen van indicatoren en signalen.',
  columns,
  toFields: (m: Meting) => ({
    Title: `Meting ${m.datum}`,
    KompasId: m.id,
    TrajectId: m.trajectId,
    IndicatorId: m.indicatorId,
    Datum: m.datum,
    Waarde: orNull(m.waarde),
    Toelichting: m.toelichting,
    Bron: m.bron,
  }),
  toDomain: (fields, itemId) =>
    decodeItem({
      kind: 'meting',
      itemId,
      fields,
      fieldsSchema,
      domainSchema: MetingSchema,
      toCandidate: (f) => ({
        id: f.KompasId,
        trajectId: f.TrajectId,
        indicatorId: f.IndicatorId,
        datum: f.Datum,
        waarde: f.Waarde,
        toelichting: f.Toelichting,
        bron: f.Bron,
      }),
    }),
};
