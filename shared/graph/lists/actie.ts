/** KompasActies: verbeteracties with an owner. */
import { z } from 'zod';
import { actieStatussen, ActieSchema, type Actie } from '../../domain/model.ts';
import {
  decodeItem,
  json,
  jsonCell,
  keyCell,
  kompasIdColumn,
  optionalDateTimeCell,
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
  // The full text; Title holds the first 255 characters for the list view.
  { name: 'Tekst', displayName: 'Actie', type: 'note', since: 1 },
  { name: 'Eigenaar', displayName: 'Eigenaar', type: 'text', since: 1 },
  // `YYYY-MM-DD` text: see the note on calendar dates in indicator.ts.
  { name: 'Deadline', displayName: 'Deadline', type: 'text', since: 1 },
  { name: 'Status', displayName: 'Status', type: 'choice', choices: actieStatussen, since: 1 },
  { name: 'Herkomst', displayName: 'Herkomst (JSON)', type: 'note', since: 1 },
  { name: 'Aangemaakt', displayName: 'Aangemaakt op', type: 'dateTime', since: 1 },
];

const fieldsSchema = z.looseObject({
  KompasId: keyCell,
  TrajectId: keyCell,
  Title: textCell,
  Tekst: textCell,
  Eigenaar: textCell,
  Deadline: optionalTextCell,
  Status: optionalTextCell,
  Herkomst: jsonCell,
  Aangemaakt: optionalDateTimeCell,
});

export const actieList: ListDefinition<'actie'> = {
  kind: 'actie',
  listName: 'KompasActies',
  description: 'Kompas: verbeteracties.',
  columns,
  toFields: (a: Actie) => ({
    Title: titleOf(a.tekst),
    KompasId: a.id,
    TrajectId: a.trajectId,
    Tekst: a.tekst,
    Eigenaar: a.eigenaar,
    Deadline: orNull(a.deadline),
    Status: a.status,
    Herkomst: json(a.herkomst),
    Aangemaakt: a.aangemaakt,
  }),
  toDomain: (fields, itemId) =>
    decodeItem({
      kind: 'actie',
      itemId,
      fields,
      fieldsSchema,
      domainSchema: ActieSchema,
      toCandidate: (f) => ({
        id: f.KompasId,
        trajectId: f.TrajectId,
        // Someone who edits only the Title in SharePoint still gets their text shown.
        tekst: f.Tekst === '' ? f.Title : f.Tekst,
        eigenaar: f.Eigenaar,
        deadline: f.Deadline,
        status: f.Status,
        herkomst: f.Herkomst,
        aangemaakt: f.Aangemaakt,
      }),
    }),
};
