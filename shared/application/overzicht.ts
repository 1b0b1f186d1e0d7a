/**
 * What the Overzicht derives from a traject: progress and warnings. The one place the application
 * calls into the domain rules for it, so a change of their signatures touches one adapter.
 */
import type { Edition } from '../content/schema.ts';
import {
  todayIn,
  trajectProgress,
  warnings,
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
  return { progress: trajectProgress(edition, records, today), warnings: warnings(edition, records, today) };
}
