/** Every SharePoint list Kompas keeps, by entity kind, and the store schema version. */
import type { EntityKind } from '../../domain/model.ts';
import { actieList } from './actie.ts';
import { activiteitList } from './activiteit.ts';
import { antwoordList } from './antwoord.ts';
import type { ColumnSpec, ListDefinition, PlainListDefinition } from './columns.ts';
import { indicatorList } from './indicator.ts';
import { instellingenList } from './instellingen.ts';
import { metingList } from './meting.ts';
import { overlegList } from './overleg.ts';
import { partnerList } from './partner.ts';
import { reflectieList } from './reflectie.ts';
import { trajectList } from './traject.ts';

export const listDefinitions: { readonly [K in EntityKind]: ListDefinition<K> } = {
  traject: trajectList,
  antwoord: antwoordList,
  partner: partnerList,
  indicator: indicatorList,
  meting: metingList,
  activiteit: activiteitList,
  reflectie: reflectieList,
  actie: actieList,
  overleg: overlegList,
};

/** Lists provisioning creates, settings last: its version item marks a completed run. */
export const provisionedLists: readonly PlainListDefinition[] = [
  trajectList,
  antwoordList,
  partnerList,
  indicatorList,
  metingList,
  activiteitList,
  reflectieList,
  actieList,
  overlegList,
  instellingenList,
];

/** The newest column's `since`: raise it with every new column or list. */
export const STORE_SCHEMA_VERSION = Math.max(
  ...provisionedLists.flatMap((l) => l.columns.map((c: ColumnSpec) => c.since)),
);

export { instellingenList, SCHEMA_VERSION_KEY } from './instellingen.ts';
export * from './columns.ts';
