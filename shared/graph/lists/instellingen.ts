/** KompasInstellingen: settings of the team site, such as the store schema version. */
import { z } from 'zod';
import {
  keyCell,
  kompasIdColumn,
  optionalTextCell,
  type ColumnSpec,
  type PlainListDefinition,
} from './columns.ts';

const columns: readonly ColumnSpec[] = [
  kompasIdColumn,
  { name: 'Waarde', displayName: 'Waarde', type: 'text', since: 1 },
];

export const instellingenList: PlainListDefinition = {
  listName: 'KompasInstellingen',
  description: 'Kompas: instellingen van deze teamsite. Niet wijzigen.',
  columns,
};

/** The key of the item that records which schema version provisioning completed. */
export const SCHEMA_VERSION_KEY = 'schemaversie';

export const instellingFieldsSchema = z.looseObject({
  KompasId: keyCell,
  Waarde: optionalTextCell,
});
