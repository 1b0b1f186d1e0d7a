/**
 * Writes Kompas records into the emulator's store the way the app stores them: the lists are
 * created from provisioning's own definitions (`provisionedLists`, `toColumnDefinition`) and the
 * schema version is recorded as provisioning records it, so the app finds a provisioned site;
 * every record is parsed by its domain schema and written with its list's `toFields`.
 */
import type { z } from 'zod';
import type { EmulatorStore } from '../graph-emulator/store.ts';
import { ColumnCreateSchema, type ColumnCreateInput } from '../graph-emulator/lists.ts';
import type {
  ActieSchema,
  ActiviteitSchema,
  IndicatorSchema,
  MetingSchema,
  OverlegSchema,
  PartnerSchema,
  ReflectieSchema,
  TrajectSchema,
} from '../../shared/domain/model.ts';
import {
  AnswerSchema,
  antwoordId,
  entitySchemas,
  type EntityKind,
  type EntityMap,
} from '../../shared/domain/model.ts';
import type { TrajectId } from '../../shared/domain/ids.ts';
import type { AnswerValueSchema } from '../../shared/domain/answer.ts';
import {
  instellingenList,
  listDefinitions,
  provisionedLists,
  SCHEMA_VERSION_KEY,
  STORE_SCHEMA_VERSION,
  toColumnDefinition,
  type Fields,
  type FieldValue,
} from '../../shared/graph/lists/index.ts';

/** What a seed writes for each kind: the schema's input, so ids are plain strings. */
export interface EntityInputMap {
  traject: z.input<typeof TrajectSchema>;
  antwoord: z.input<typeof AnswerSchema>;
  partner: z.input<typeof PartnerSchema>;
  indicator: z.input<typeof IndicatorSchema>;
  meting: z.input<typeof MetingSchema>;
  activiteit: z.input<typeof ActiviteitSchema>;
  reflectie: z.input<typeof ReflectieSchema>;
  actie: z.input<typeof ActieSchema>;
  overleg: z.input<typeof OverlegSchema>;
}

export type AnswerValueInput = z.input<typeof AnswerValueSchema>;

/** Who wrote a record, and when (ISO instant); the store keeps both as Created/Modified. */
export interface Authored {
  readonly by: string;
  readonly at: string;
}

export interface Revision extends Authored {
  readonly value: AnswerValueInput;
}

/**
 * Creates Kompas's lists in a site exactly as `provisionSite` does over Graph, then records the
 * schema version last, as provisioning does to mark a completed run.
 */
export function provisionLists(store: EmulatorStore, siteId: string, by: string): void {
  for (const def of provisionedLists) {
    const columns: ColumnCreateInput[] = def.columns.map((spec) =>
      ColumnCreateSchema.parse(toColumnDefinition(spec)),
    );
    store.createList(siteId, { displayName: def.listName, description: def.description, columns }, { by });
  }
  // The same fields provisioning.ts writes (recordSchemaVersion).
  store.createItem(
    siteId,
    instellingenList.listName,
    { Title: 'Schemaversie van Kompas', KompasId: SCHEMA_VERSION_KEY, Waarde: String(STORE_SCHEMA_VERSION) },
    { by },
  );
}

/** A create leaves empty cells out, as the Graph repository's POST does. */
function withoutNulls(fields: Fields): Record<string, Exclude<FieldValue, null>> {
  const out: Record<string, Exclude<FieldValue, null>> = {};
  for (const [name, value] of Object.entries(fields)) if (value !== null) out[name] = value;
  return out;
}

/** Writes parsed records into one site's Kompas lists and counts them. */
export class SeedWriter {
  readonly counts: Record<EntityKind, number> = {
    traject: 0,
    antwoord: 0,
    partner: 0,
    indicator: 0,
    meting: 0,
    activiteit: 0,
    reflectie: 0,
    actie: 0,
    overleg: 0,
  };
  /** Answer versions, the first included: what the answer history shows. */
  revisions = 0;

  constructor(
    private readonly store: EmulatorStore,
    private readonly siteId: string,
  ) {}

  /** Parses the record with its domain schema (a seed never writes what the app cannot read) and creates it. */
  put<K extends EntityKind>(kind: K, input: EntityInputMap[K], written: Authored): EntityMap[K] {
    const entity: EntityMap[K] = entitySchemas[kind].parse(input);
    const def = listDefinitions[kind];
    this.store.createItem(this.siteId, def.listName, withoutNulls(def.toFields(entity)), {
      by: written.by,
      at: written.at,
    });
    this.counts[kind] += 1;
    return entity;
  }

  /**
   * An answer with its history: the first revision creates the item, each later one updates it,
   * so the item's versions are the answer's revisions as the app would have saved them.
   */
  answer(trajectId: TrajectId, questionId: string, revisions: readonly Revision[]): EntityMap['antwoord'] {
    const def = listDefinitions.antwoord;
    let itemId: string | undefined;
    let latest: EntityMap['antwoord'] | undefined;
    for (const [i, revision] of revisions.entries()) {
      const answer = AnswerSchema.parse({
        id: antwoordId(trajectId, questionId),
        trajectId,
        questionId,
        value: revision.value,
        auteur: revision.by,
        gewijzigd: revision.at,
        revisie: i + 1,
      });
      const options = { by: revision.by, at: revision.at };
      if (itemId === undefined) {
        itemId = this.store.createItem(
          this.siteId,
          def.listName,
          withoutNulls(def.toFields(answer)),
          options,
        ).id;
      } else {
        this.store.updateItem(this.siteId, def.listName, itemId, def.toFields(answer), options);
      }
      latest = answer;
      this.revisions += 1;
    }
    if (latest === undefined) throw new RangeError(`answer ${questionId}: no revisions`);
    this.counts.antwoord += 1;
    return latest;
  }
}
