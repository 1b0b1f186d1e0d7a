/** KompasOverleggen: reflection meetings planned in Outlook. */
import { z } from 'zod';
import { OverlegSchema, type Overleg } from '../../domain/model.ts';
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
  { name: 'Bouwstenen', displayName: 'Bouwstenen (JSON)', type: 'note', since: 1 },
  { name: 'ReflectieId', displayName: 'Reflectie-id', type: 'text', since: 1 },
  // Local wall-clock times with their zone, as Graph's dateTimeTimeZone wants: not instants.
  { name: 'Start', displayName: 'Begin', type: 'text', since: 1 },
  { name: 'Eind', displayName: 'Einde', type: 'text', since: 1 },
  { name: 'Tijdzone', displayName: 'Tijdzone', type: 'text', since: 1 },
  { name: 'Deelnemers', displayName: 'Deelnemers (JSON)', type: 'note', since: 1 },
  { name: 'Herhaling', displayName: 'Herhaling (JSON)', type: 'note', since: 1 },
  { name: 'TransactionId', displayName: 'Transactie-id', type: 'text', since: 1 },
  { name: 'EventId', displayName: 'Agenda-item-id', type: 'note', since: 1 },
  // Teams join links are longer than a single line of text allows (255).
  { name: 'JoinUrl', displayName: 'Teams-link', type: 'note', since: 1 },
  {
    name: 'Status',
    displayName: 'Status',
    type: 'choice',
    choices: ['concept', 'gepland', 'geannuleerd'],
    since: 1,
  },
];

const fieldsSchema = z.looseObject({
  KompasId: keyCell,
  TrajectId: keyCell,
  Title: textCell,
  Bouwstenen: jsonCell,
  ReflectieId: optionalTextCell,
  Start: optionalTextCell,
  Eind: optionalTextCell,
  Tijdzone: optionalTextCell,
  Deelnemers: jsonCell,
  Herhaling: jsonCell,
  TransactionId: optionalTextCell,
  EventId: optionalTextCell,
  JoinUrl: optionalTextCell,
  Status: optionalTextCell,
});

export const overlegList: ListDefinition<'overleg'> = {
  kind: 'overleg',
  listName: 'KompasOverleggen',
  description: 'Kompas: geplande reflectie-overleggen.',
  columns,
  toFields: (o: Overleg) => ({
    Title: titleOf(o.onderwerp),
    KompasId: o.id,
    TrajectId: o.trajectId,
    Bouwstenen: json(o.bouwstenen),
    ReflectieId: orNull(o.reflectieId),
    Start: o.start,
    Eind: o.eind,
    Tijdzone: o.tijdzone,
    Deelnemers: json(o.deelnemers),
    Herhaling: json(o.herhaling),
    TransactionId: o.transactionId,
    EventId: orNull(o.eventId),
    JoinUrl: orNull(o.joinUrl),
    Status: o.status,
  }),
  toDomain: (fields, itemId) =>
    decodeItem({
      kind: 'overleg',
      itemId,
      fields,
      fieldsSchema,
      domainSchema: OverlegSchema,
      toCandidate: (f) => ({
        id: f.KompasId,
        trajectId: f.TrajectId,
        bouwstenen: f.Bouwstenen,
        reflectieId: f.ReflectieId,
        onderwerp: f.Title,
        start: f.Start,
        eind: f.Eind,
        tijdzone: f.Tijdzone,
        deelnemers: f.Deelnemers,
        herhaling: f.Herhaling,
        transactionId: f.TransactionId,
        eventId: f.EventId,
        joinUrl: f.JoinUrl,
        status: f.Status,
      }),
    }),
};
