/**
 * What the Overzicht derives from a traject: progress and warnings. The one place the application
 * calls into the domain rules for it, so a change of their signatures touches one adapter.
 */
import type { Edition } from '../content/schema.ts';
import { trajectSchedule } from '../domain/reflectie/schedule.ts';
import {
  bouwsteenReflectieStatus,
  todayIn,
  trajectProgress,
  warnings,
  type ReflectieOf,
  type TrajectProgress,
  type Warning,
} from '../domain/rules/index.ts';
import type { TrajectRecords } from '../domain/rules/records.ts';
import type { Clock } from '../domain/time.ts';

export interface Overzicht {
  readonly progress: TrajectProgress;
  readonly warnings: readonly Warning[];
}

export function deriveOverzicht(edition: Edition, records: TrajectRecords, clock: Clock): Overzicht {
  // "Today" turns over in the Netherlands, where the partnerships work, whatever the device says.
  const today = todayIn(clock);
  // The schedule also knows the meetings planned in Outlook, so the compass, its warnings, the next
  // reflectie and the Reflecties screen tell the same date.
  const schedules = new Map(trajectSchedule(edition, records, today).map((s) => [s.bouwsteen, s.status]));
  const reflectieOf: ReflectieOf = (b, sources, day) =>
    schedules.get(b.id) ?? bouwsteenReflectieStatus(b, sources, day);
  return {
    progress: trajectProgress(edition, records, today, reflectieOf),
    warnings: warnings(edition, records, today, reflectieOf),
  };
}
