/** KompasActiviteiten: the activities of the 3-B matrix. */
import { z } from 'zod';
import { activiteitNiveaus, ActiviteitSchema, type Activiteit } from '../../domain/model.ts';
import {
  decodeItem,
  json,
  jsonCell,
  keyCell,
  kompasIdColumn,
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
  { name: 'Niveau', displayName: 'Niveau', type: 'choice', choices: activiteitNiveaus, since: 1 },
  { name: 'Resultaten', displayName: 'Resultaten (JSON)', type: 'note', since: 1 },
  { name: 'Veranderverhaal', displayName: 'Veranderverhaal (JSON)', type: 'note', since: 1 },
  { name: 'Aanbieder', displayName: 'Aanbieder (partner-id)', type: 'text', since: 1 },
  { name: 'Beschrijving', displayName: 'Beschrijving', type: 'note', since: 1 },
];

const fieldsSchema = z.looseObject({
  KompasId: keyCell,
  TrajectId: keyCell,
  Title: textCell,
  Niveau: optionalTextCell,
  Resultaten: jsonCell,
  Veranderverhaal: jsonCell,
  Aanbieder: optionalTextCell,
  Beschrijving: textCell,
});

export const activiteitList: ListDefinition<'activiteit'> = {
  kind: 'activiteit',
  listName: 'KompasActiviteiten',
  description: 'Kompas: activiteiten per niveau en resultaat.',
  columns,
  toFields: (a: Activiteit) => ({
    Title: titleOf(a.naam),
    KompasId: a.id,
    TrajectId: a.trajectId,
    Niveau: a.niveau,
    Resultaten: json(a.resultaten),
    Veranderverhaal: json(a.veranderverhaal),
    Aanbieder: orNull(a.aanbieder),
    Beschrijving: a.beschrijving,
  }),
  toDomain: (fields, itemId) =>
    decodeItem({
      kind: 'activiteit',
      itemId,
      fields,
      fieldsSchema,
      domainSchema: ActiviteitSchema,
      toCandidate: (f) => ({
        id: f.KompasId,
        trajectId: f.TrajectId,
        naam: f.Title,
        niveau: f.Niveau,
        resultaten: f.Resultaten,
        veranderverhaal: f.Veranderverhaal,
        aanbieder: f.Aanbieder,
        beschrijving: f.Beschrijving,
      }),
    }),
};
