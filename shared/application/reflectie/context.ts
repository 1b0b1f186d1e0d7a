/** What the reflectie use cases need: the app's ports, and the calendar for planning in Outlook. */
import type { EditionId } from '../../content/schema.ts';
import type { TrajectId, Version } from '../../domain/ids.ts';
import type { Overleg, Reflectie } from '../../domain/model.ts';
import type { CalendarPort } from '../../ports/calendar.ts';
import type { AppContext } from '../context.ts';

export type ReflectieContext = Pick<AppContext, 'outbox' | 'clock' | 'ids' | 'user' | 'edition'>;

/** A host that plans in Outlook adds its calendar (the Graph adapter, or a fake in tests). */
export type PlanningContext = ReflectieContext & { readonly calendar: CalendarPort };

export interface TrajectRef {
  readonly id: TrajectId;
  readonly editie: EditionId;
}

/** A record as the UI holds it: with the stored version an edit applies to (undefined: not stored yet). */
export type Versioned<T> = T & { readonly version?: Version | undefined };

export type VersionedReflectie = Versioned<Reflectie>;
export type VersionedOverleg = Versioned<Overleg>;

/** The record without the store's version, as the outbox wants it. */
export function withoutVersion<T extends object>(record: Versioned<T>): T {
  const { version: _version, ...rest } = record;
  return rest as T;
}
