/** KompasIndicatoren: indicators and signalen with their baseline and target. */
import { z } from 'zod';
import { IndicatorSchema, type Indicator } from '../../domain/model.ts';
import {
  decodeItem,
  json,
  jsonCell,
  keyCell,
  kompasIdColumn,
  optionalNumberCell,
  optionalTextCell,
  orNull,
  textCell,
  titleOf,
  trajectIdColumn,
  type ColumnSpec,
  type ListDefinition,
} from './columns.ts';

const columns: readonly ColumnSpec[] = [
  kompasIdColumn,
  trajectIdColumn,
  { name: 'Soort', displayName: 'Soort', type: 'choice', choices: ['indicator', 'signaal'], since: 1 },
  { name: 'Definitie', displayName: 'Definitie', type: 'note', since: 1 },
  { name: 'Bron', displayName: 'Bron', type: 'text', since: 1 },
  { name: 'Eenheid', displayName: 'Eenheid', type: 'text', since: 1 },
  {
    name: 'Richting',
    displayName: 'Gewenste richting',
    type: 'choice',
    choices: ['hoger', 'lager', 'neutraal'],
    since: 1,
  },
  { name: 'BasisWaarde', displayName: 'Basiswaarde', type: 'number', since: 1 },
  // Calendar dates as `YYYY-MM-DD` text: a dateOnly column is stored as midnight in the site's
  // time zone and read back in UTC, which shifts the day.
  { name: 'BasisDatum', displayName: 'Basisdatum', type: 'text', since: 1 },
  { name: 'DoelWaarde', displayName: 'Doelwaarde', type: 'number', since: 1 },
  { name: 'DoelJaar', displayName: 'Doeljaar', type: 'number', since: 1 },
  { name: 'Koppeling', displayName: 'Koppeling (JSON)', type: 'note', since: 1 },
  { name: 'Eigenaar', displayName: 'Eigenaar', type: 'text', since: 1 },
  { name: 'Herkomst', displayName: 'Vraag van herkomst', type: 'text', since: 1 },
];

const fieldsSchema = z.looseObject({
  KompasId: keyCell,
  TrajectId: keyCell,
  Title: textCell,
  Soort: optionalTextCell,
  Definitie: textCell,
  Bron: textCell,
  Eenheid: textCell,
  Richting: optionalTextCell,
  BasisWaarde: optionalNumberCell,
  BasisDatum: optionalTextCell,
  DoelWaarde: optionalNumberCell,
  DoelJaar: optionalNumberCell,
  Koppeling: jsonCell,
  Eigenaar: textCell,
  Herkomst: optionalTextCell,
});

export const indicatorList: ListDefinition<'indicator'> = {
  kind: 'indicator',
  listName: 'KompasIndicatoren',
  description: 'Kompas: indicatoren en signalen.',
  columns,
  toFields: (i: Indicator) => ({
    Title: titleOf(i.naam),
    KompasId: i.id,
    TrajectId: i.trajectId,
    Soort: i.soort,
    Definitie: i.definitie,
    Bron: i.bron,
    Eenheid: i.eenheid,
    Richting: i.richting,
    BasisWaarde: orNull(i.basis?.waarde),
    BasisDatum: orNull(i.basis?.datum),
    DoelWaarde: orNull(i.doel?.waarde),
    DoelJaar: orNull(i.doel?.jaar),
    Koppeling: json(i.koppeling),
    Eigenaar: i.eigenaar,
    Herkomst: orNull(i.herkomst),
  }),
  toDomain: (fields, itemId) =>
    decodeItem({
      kind: 'indicator',
      itemId,
      fields,
      fieldsSchema,
      domainSchema: IndicatorSchema,
      toCandidate: (f) => ({
        id: f.KompasId,
        trajectId: f.TrajectId,
        soort: f.Soort,
        naam: f.Title,
        definitie: f.Definitie,
        bron: f.Bron,
        eenheid: f.Eenheid,
        richting: f.Richting,
        basis:
          f.BasisWaarde === undefined && f.BasisDatum === undefined
            ? undefined
            : { waarde: f.BasisWaarde, datum: f.BasisDatum },
        doel:
          f.DoelWaarde === undefined && f.DoelJaar === undefined
            ? undefined
            : { waarde: f.DoelWaarde, jaar: f.DoelJaar },
        koppeling: f.Koppeling,
        eigenaar: f.Eigenaar,
        herkomst: f.Herkomst,
      }),
    }),
};
