/** KompasAntwoorden: one item per traject and question; its versions are the answer's history. */
import { z } from 'zod';
import { AnswerSchema, type Answer } from '../../domain/model.ts';
import {
  decodeItem,
  json,
  jsonCell,
  keyCell,
  kompasIdColumn,
  optionalDateTimeCell,
  optionalNumberCell,
  optionalTextCell,
  textCell,
  trajectIdColumn,
  type ColumnSpec,
  type ListDefinition,
} from './columns.ts';

const columns: readonly ColumnSpec[] = [
  kompasIdColumn,
  trajectIdColumn,
  { name: 'VraagId', displayName: 'Vraag', type: 'text', since: 1 },
  // Answer values are a union of shapes (text, list, table …): JSON, parsed with zod on the way in.
  { name: 'Waarde', displayName: 'Antwoord (JSON)', type: 'note', since: 1 },
  { name: 'Auteur', displayName: 'Auteur', type: 'text', since: 1 },
  { name: 'Gewijzigd', displayName: 'Gewijzigd op', type: 'dateTime', since: 1 },
  { name: 'Revisie', displayName: 'Revisie', type: 'number', since: 1 },
];

export const antwoordFieldsSchema = z.looseObject({
  KompasId: keyCell,
  TrajectId: keyCell,
  VraagId: optionalTextCell,
  Waarde: jsonCell,
  Auteur: textCell,
  Gewijzigd: optionalDateTimeCell,
  Revisie: optionalNumberCell,
});

export const antwoordList: ListDefinition<'antwoord'> = {
  kind: 'antwoord',
  listName: 'KompasAntwoorden',
  description: 'Kompas: de antwoorden op de vragen van de werkbladen.',
  columns,
  toFields: (a: Answer) => ({
    Title: a.questionId,
    KompasId: a.id,
    TrajectId: a.trajectId,
    VraagId: a.questionId,
    Waarde: json(a.value),
    Auteur: a.auteur,
    Gewijzigd: a.gewijzigd,
    Revisie: a.revisie,
  }),
  toDomain: (fields, itemId) =>
    decodeItem({
      kind: 'antwoord',
      itemId,
      fields,
      fieldsSchema: antwoordFieldsSchema,
      domainSchema: AnswerSchema,
      toCandidate: (f) => ({
        id: f.KompasId,
        trajectId: f.TrajectId,
        questionId: f.VraagId,
        value: f.Waarde,
        auteur: f.Auteur,
        gewijzigd: f.Gewijzigd,
        revisie: f.Revisie,
      }),
    }),
};
