/** KompasTrajecten: one item per traject (partnership). */
import { z } from 'zod';
import { TrajectSchema, type Traject } from '../../domain/model.ts';
import {
  decodeItem,
  keyCell,
  kompasIdColumn,
  optionalDateTimeCell,
  optionalTextCell,
  textCell,
  titleOf,
  type ColumnSpec,
  type ListDefinition,
} from './columns.ts';

const columns: readonly ColumnSpec[] = [
  kompasIdColumn,
  { name: 'Gemeente', displayName: 'Gemeente', type: 'text', since: 1 },
  // Text, not choice: a new edition must not need a column change in every team site.
  { name: 'Editie', displayName: 'Editie', type: 'text', since: 1 },
  { name: 'Vraagstuk', displayName: 'Vraagstuk', type: 'note', since: 1 },
  { name: 'Aangemaakt', displayName: 'Aangemaakt op', type: 'dateTime', since: 1 },
  { name: 'AangemaaktDoor', displayName: 'Aangemaakt door', type: 'text', since: 1 },
];

const fieldsSchema = z.looseObject({
  KompasId: keyCell,
  Title: textCell,
  Gemeente: textCell,
  Editie: optionalTextCell,
  Vraagstuk: textCell,
  Aangemaakt: optionalDateTimeCell,
  AangemaaktDoor: textCell,
});

export const trajectList: ListDefinition<'traject'> = {
  kind: 'traject',
  listName: 'KompasTrajecten',
  description: 'Kompas: de trajecten van dit team.',
  columns,
  toFields: (t: Traject) => ({
    Title: titleOf(t.naam),
    KompasId: t.id,
    Gemeente: t.gemeente,
    Editie: t.editie,
    Vraagstuk: t.vraagstuk,
    Aangemaakt: t.aangemaakt,
    AangemaaktDoor: t.aangemaaktDoor,
  }),
  toDomain: (fields, itemId) =>
    decodeItem({
      kind: 'traject',
      itemId,
      fields,
      fieldsSchema,
      domainSchema: TrajectSchema,
      toCandidate: (f) => ({
        id: f.KompasId,
        naam: f.Title,
        gemeente: f.Gemeente,
        editie: f.Editie,
        vraagstuk: f.Vraagstuk,
        aangemaakt: f.Aangemaakt,
        aangemaaktDoor: f.AangemaaktDoor,
      }),
    }),
};
