/** KompasReflecties: cycles of Leren en verbeteren. */
import { z } from 'zod';
import { ReflectieSchema, type Reflectie } from '../../domain/model.ts';
import {
  decodeItem,
  json,
  jsonCell,
  keyCell,
  kompasIdColumn,
  optionalDateTimeCell,
  optionalTextCell,
  orNull,
  trajectIdColumn,
  type ColumnSpec,
  type ListDefinition,
} from './columns.ts';

const columns: readonly ColumnSpec[] = [
  kompasIdColumn,
  trajectIdColumn,
  {
    name: 'Status',
    displayName: 'Status',
    type: 'choice',
    choices: ['gepland', 'bezig', 'afgerond'],
    since: 1,
  },
  // `YYYY-MM-DD` text: see the note on calendar dates in indicator.ts.
  { name: 'Datum', displayName: 'Datum', type: 'text', since: 1 },
  { name: 'Bouwstenen', displayName: 'Bouwstenen (JSON)', type: 'note', since: 1 },
  { name: 'Deelnemers', displayName: 'Deelnemers (JSON)', type: 'note', since: 1 },
  { name: 'Antwoorden', displayName: 'Antwoorden (JSON)', type: 'note', since: 1 },
  { name: 'Cijfers', displayName: 'Cijfers (JSON)', type: 'note', since: 1 },
  { name: 'IndicatorStanden', displayName: 'Stand van indicatoren (JSON)', type: 'note', since: 1 },
  { name: 'OverlegId', displayName: 'Overleg-id', type: 'text', since: 1 },
  { name: 'AfgerondOp', displayName: 'Afgerond op', type: 'dateTime', since: 1 },
];

const fieldsSchema = z.looseObject({
  KompasId: keyCell,
  TrajectId: keyCell,
  Status: optionalTextCell,
  Datum: optionalTextCell,
  Bouwstenen: jsonCell,
  Deelnemers: jsonCell,
  Antwoorden: jsonCell,
  Cijfers: jsonCell,
  IndicatorStanden: jsonCell,
  OverlegId: optionalTextCell,
  AfgerondOp: optionalDateTimeCell,
});

export const reflectieList: ListDefinition<'reflectie'> = {
  kind: 'reflectie',
  listName: 'KompasReflecties',
  description: 'Kompas: reflecties (leren en verbeteren).',
  columns,
  toFields: (r: Reflectie) => ({
    Title: `Reflectie ${r.datum} (${r.bouwstenen.join(', ')})`,
    KompasId: r.id,
    TrajectId: r.trajectId,
    Status: r.status,
    Datum: r.datum,
    Bouwstenen: json(r.bouwstenen),
    Deelnemers: json(r.deelnemers),
    Antwoorden: json(r.antwoorden),
    Cijfers: json(r.cijfers),
    IndicatorStanden: json(r.indicatorStanden),
    OverlegId: orNull(r.overlegId),
    AfgerondOp: r.status === 'afgerond' ? r.afgerondOp : null,
  }),
  toDomain: (fields, itemId) =>
    decodeItem({
      kind: 'reflectie',
      itemId,
      fields,
      fieldsSchema,
      domainSchema: ReflectieSchema,
      toCandidate: (f) => ({
        id: f.KompasId,
        trajectId: f.TrajectId,
        status: f.Status,
        datum: f.Datum,
        bouwstenen: f.Bouwstenen,
        deelnemers: f.Deelnemers,
        antwoorden: f.Antwoorden,
        cijfers: f.Cijfers,
        indicatorStanden: f.IndicatorStanden,
        overlegId: f.OverlegId,
        // Only a finished reflectie carries the date; the strict schema rejects it elsewhere.
        afgerondOp: f.Status === 'afgerond' ? f.AfgerondOp : undefined,
      }),
    }),
};
