/**
 * Branded ids, so a SharePoint item id is never passed where a domain id is meant.
 * Domain ids are client-generated (UUIDs); they double as the idempotency key in the store.
 */
import { z } from 'zod';

const uuidLike = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{7,63}$/, 'id: 8–64 letters, digits or dashes');

export const TrajectIdSchema = uuidLike.brand<'TrajectId'>();
export type TrajectId = z.infer<typeof TrajectIdSchema>;
export const PartnerIdSchema = uuidLike.brand<'PartnerId'>();
export type PartnerId = z.infer<typeof PartnerIdSchema>;
export const IndicatorIdSchema = uuidLike.brand<'IndicatorId'>();
export type IndicatorId = z.infer<typeof IndicatorIdSchema>;
export const MetingIdSchema = uuidLike.brand<'MetingId'>();
export type MetingId = z.infer<typeof MetingIdSchema>;
export const ActiviteitIdSchema = uuidLike.brand<'ActiviteitId'>();
export type ActiviteitId = z.infer<typeof ActiviteitIdSchema>;
export const ReflectieIdSchema = uuidLike.brand<'ReflectieId'>();
export type ReflectieId = z.infer<typeof ReflectieIdSchema>;
export const ActieIdSchema = uuidLike.brand<'ActieId'>();
export type ActieId = z.infer<typeof ActieIdSchema>;
export const OverlegIdSchema = uuidLike.brand<'OverlegId'>();
export type OverlegId = z.infer<typeof OverlegIdSchema>;
/** The id of an entry inside a list answer (an ambitie, a resultaat, a veranderverhaal element). */
export const EntryIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/)
  .brand<'EntryId'>();
export type EntryId = z.infer<typeof EntryIdSchema>;

/** The store's concurrency token (a SharePoint eTag); opaque to the domain. */
export const VersionSchema = z.string().min(1).brand<'Version'>();
export type Version = z.infer<typeof VersionSchema>;

/** Source of fresh ids; a port so tests are deterministic. */
export interface IdGenerator {
  next(): string;
}
