/** The Reflecties overview: per bouwsteen its schedule, its cycles and its next meeting in Outlook. */
import { useMemo } from 'react';
import {
  reflectieSchedule,
  type Current,
  type OpenedTraject,
  type TrajectView,
} from '../../../shared/application/index.ts';
import { findBouwsteen } from '../../../shared/content/queries.ts';
import type { Bouwsteen, Edition } from '../../../shared/content/schema.ts';
import type { Overleg, Reflectie } from '../../../shared/domain/model.ts';
import type { BouwsteenSchedule } from '../../../shared/domain/reflectie/schedule.ts';
import { todayIn } from '../../../shared/domain/rules/calendar.ts';
import type { IsoDate } from '../../../shared/domain/time.ts';
import { useTraject } from '../../app/index.ts';
import { conceptsOf, currentOf, cyclesOf } from './model.ts';
import { useReflectieServices, type ReflectieServices } from './services.tsx';

export interface BouwsteenRow {
  readonly bouwsteen: Bouwsteen;
  readonly schedule: BouwsteenSchedule;
  /** Latest first. */
  readonly cycles: readonly Current<Reflectie>[];
  /** The next planned meeting in Outlook, as the view holds it (with its version). */
  readonly overleg: Current<Overleg> | undefined;
  /** Meetings whose planning did not finish. */
  readonly concepts: readonly Current<Overleg>[];
}

export interface ReflectiesModel {
  readonly opened: OpenedTraject;
  readonly view: TrajectView;
  readonly edition: Edition;
  readonly today: IsoDate;
  readonly rows: readonly BouwsteenRow[];
  readonly services: ReflectieServices;
}

export function useReflecties(): ReflectiesModel | undefined {
  const traject = useTraject();
  const services = useReflectieServices();
  const opened = traject.status === 'ready' ? traject.opened : undefined;
  const { ctx } = services;
  return useMemo(() => {
    if (opened === undefined) return undefined;
    const { view, edition } = opened;
    const schedules = reflectieSchedule(ctx, { traject: { editie: view.traject.editie }, records: view });
    const rows = schedules.flatMap((schedule): BouwsteenRow[] => {
      const bouwsteen = findBouwsteen(edition, schedule.bouwsteen);
      if (bouwsteen === undefined) return [];
      return [
        {
          bouwsteen,
          schedule,
          cycles: cyclesOf(view.reflecties, bouwsteen.id),
          overleg: currentOf(view.overleggen, schedule.overleg),
          concepts: conceptsOf(view.overleggen, bouwsteen.id),
        },
      ];
    });
    return { opened, view, edition, today: todayIn(ctx.clock), rows, services };
  }, [opened, ctx, services]);
}
