/** The reflection schedule of a traject, for the Overzicht and a personal "wat staat er gepland". */
import {
  geplandVoor,
  trajectSchedule,
  type BouwsteenSchedule,
  type GeplandItem,
} from '../../domain/reflectie/schedule.ts';
import { todayIn } from '../../domain/rules/calendar.ts';
import type { TrajectRecords } from '../../domain/rules/records.ts';
import type { ReflectieContext, TrajectRef } from './context.ts';

export interface ScheduleInput {
  readonly traject: Pick<TrajectRef, 'editie'>;
  readonly records: Pick<TrajectRecords, 'antwoorden' | 'reflecties' | 'overleggen'>;
}

/** Every bouwsteen with a Leren-en-verbeteren sheet: when its next reflectie is due, and by whom. */
export function reflectieSchedule(
  ctx: Pick<ReflectieContext, 'clock' | 'edition'>,
  input: ScheduleInput,
): BouwsteenSchedule[] {
  // "Today" turns over in the Netherlands, where the partnerships work, whatever the device says.
  return trajectSchedule(ctx.edition(input.traject.editie), input.records, todayIn(ctx.clock));
}

/** The signed-in person's reflecties on this traject: the ones they organise or are invited to. */
export function watStaatErGepland(
  ctx: Pick<ReflectieContext, 'clock' | 'edition' | 'user'>,
  input: ScheduleInput & {
    /** Other names the agreements may use for this person (display name, partner ids). */
    readonly namen?: readonly string[] | undefined;
  },
): GeplandItem[] {
  return geplandVoor(reflectieSchedule(ctx, input), { upn: ctx.user.upn, namen: input.namen });
}
