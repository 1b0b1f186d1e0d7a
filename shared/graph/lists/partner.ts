/** KompasPartners: the organisations in a traject (0-A). */
import { z } from 'zod';
import { PartnerSchema, type Partner } from '../../domain/model.ts';
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
  { name: 'Domein', displayName: 'Domein', type: 'text', since: 1 },
  { name: 'Niveau', displayName: 'Niveau', type: 'text', since: 1 },
  // Several roles: Graph cannot write multi-choice columns simply, so JSON.
  { name: 'Rollen', displayName: 'Rollen (JSON)', type: 'note', since: 1 },
  { name: 'Contactpersoon', displayName: 'Contactpersoon', type: 'text', since: 1 },
  { name: 'Email', displayName: 'E-mail', type: 'text', since: 1 },
  { name: 'Toelichting', displayName: 'Toelichting', type: 'note', since: 1 },
];

const fieldsSchema = z.looseObject({
  KompasId: keyCell,
  TrajectId: keyCell,
  Title: textCell,
  Domein: optionalTextCell,
  Niveau: optionalTextCell,
  Rollen: jsonCell,
  Contactpersoon: textCell,
  Email: textCell,
  Toelichting: textCell,
});

export const partnerList: ListDefinition<'partner'> = {
  kind: 'partner',
  listName: 'KompasPartners',
  description: 'Kompas: de partners in de trajecten.',
  columns,
  toFields: (p: Partner) => ({
    Title: titleOf(p.organisatie),
    KompasId: p.id,
    TrajectId: p.trajectId,
    Domein: orNull(p.domein),
    Niveau: orNull(p.niveau),
    Rollen: json(p.rollen),
    Contactpersoon: p.contactpersoon,
    Email: p.email,
    Toelichting: p.toelichting,
  }),
  toDomain: (fields, itemId) =>
    decodeItem({
      kind: 'partner',
      itemId,
      fields,
      fieldsSchema,
      domainSchema: PartnerSchema,
      toCandidate: (f) => ({
        id: f.KompasId,
        trajectId: f.TrajectId,
        organisatie: f.Title,
        domein: f.Domein,
        niveau: f.Niveau,
        rollen: f.Rollen,
        contactpersoon: f.Contactpersoon,
        email: f.Email,
        toelichting: f.Toelichting,
      }),
    }),
};
