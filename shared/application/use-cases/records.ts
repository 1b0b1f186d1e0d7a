/**
 * Saving and removing the records that answer questions in their own lists: partners,
 * indicators and their metingen, activiteiten and verbeteracties. Every change goes through the outbox.
 */
import { z } from 'zod';
import { VersionSchema, type TrajectId, type Version } from '../../domain/ids.ts';
import {
  entitySchemas,
  type Actie,
  type Activiteit,
  type EntityKind,
  type EntityMap,
  type Indicator,
  type Meting,
  type Partner,
} from '../../domain/model.ts';
import { removeChange, saveChange } from '../changes.ts';
import type { AppContext } from '../context.ts';
import { invalid, parseInput } from '../validation.ts';

type RecordContext = Pick<AppContext, 'outbox' | 'clock' | 'ids'>;

/** `id` absent: a new record; `version`: the stored version the edit is based on. */
const Envelope = z.looseObject({
  id: z.string().min(1).optional(),
  version: VersionSchema.optional(),
});

async function saveRecord<K extends Exclude<EntityKind, 'traject' | 'antwoord'>>(
  ctx: RecordContext,
  kind: K,
  input: unknown,
  complete: (fields: Record<string, unknown>, isNew: boolean) => Record<string, unknown> = (f) => f,
): Promise<EntityMap[K]> {
  const { id, version, ...fields } = parseInput(Envelope, input, kind);
  if (id === undefined && version !== undefined) throw invalid(kind, 'version: given without an id');
  const entity = parseInput(
    entitySchemas[kind],
    { ...complete(fields, id === undefined), id: id ?? ctx.ids.next() },
    kind,
  );
  await ctx.outbox.enqueue(saveChange<EntityKind>(kind, entity, version));
  return entity;
}

export function savePartner(ctx: RecordContext, input: unknown): Promise<Partner> {
  return saveRecord(ctx, 'partner', input);
}

export function saveIndicator(ctx: RecordContext, input: unknown): Promise<Indicator> {
  return saveRecord(ctx, 'indicator', input);
}

/** A meting is a new measurement; correcting one is `saveMeting` with its id. */
export function addMeting(ctx: RecordContext, input: unknown): Promise<Meting> {
  const fields = parseInput(Envelope, input, 'meting');
  if (fields.id !== undefined) throw invalid('meting', 'id: a new meting has no id yet');
  return saveRecord(ctx, 'meting', input);
}

export function saveMeting(ctx: RecordContext, input: unknown): Promise<Meting> {
  return saveRecord(ctx, 'meting', input);
}

export function saveActiviteit(ctx: RecordContext, input: unknown): Promise<Activiteit> {
  return saveRecord(ctx, 'activiteit', input);
}

/** A new actie is stamped `aangemaakt` now; an existing one keeps the stamp it was given. */
export function saveActie(ctx: RecordContext, input: unknown): Promise<Actie> {
  return saveRecord(ctx, 'actie', input, (fields, isNew) =>
    isNew && fields['aangemaakt'] === undefined
      ? { ...fields, aangemaakt: ctx.clock.now().toISOString() }
      : fields,
  );
}

/** What identifies a stored (or still unsaved) record for removal. */
export interface RecordRef {
  readonly id: string;
  readonly trajectId: TrajectId;
  /** Undefined when the record is still waiting in the outbox to be created. */
  readonly version: Version | undefined;
}

export function removeRecord(
  ctx: Pick<AppContext, 'outbox'>,
  kind: Exclude<EntityKind, 'traject'>,
  record: RecordRef,
): Promise<void> {
  return ctx.outbox.enqueue(removeChange(kind, record.id, record.trajectId, record.version));
}

export function removePartner(ctx: Pick<AppContext, 'outbox'>, partner: RecordRef): Promise<void> {
  return removeRecord(ctx, 'partner', partner);
}

/** Removes an indicator and its metingen, which mean nothing without it. */
export async function removeIndicator(
  ctx: Pick<AppContext, 'outbox'>,
  indicator: RecordRef,
  metingen: readonly (RecordRef & { readonly indicatorId: string })[],
): Promise<void> {
  const own = metingen.filter((m) => m.indicatorId === indicator.id);
  await Promise.all([
    ...own.map((m) => removeRecord(ctx, 'meting', m)),
    removeRecord(ctx, 'indicator', indicator),
  ]);
}

export function removeMeting(ctx: Pick<AppContext, 'outbox'>, meting: RecordRef): Promise<void> {
  return removeRecord(ctx, 'meting', meting);
}

export function removeActiviteit(ctx: Pick<AppContext, 'outbox'>, activiteit: RecordRef): Promise<void> {
  return removeRecord(ctx, 'activiteit', activiteit);
}

export function removeActie(ctx: Pick<AppContext, 'outbox'>, actie: RecordRef): Promise<void> {
  return removeRecord(ctx, 'actie', actie);
}
