/** Dates as ISO strings at the boundaries; the Clock port is the only source of "now". */
import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`, with no time zone. */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;
/** An instant, ISO 8601 with offset or Z. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;

export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** `YYYY-MM-DD` of an instant in UTC. */
export function toIsoDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}
