/** The Overzicht's data from the open traject, and today's date for deadlines. */
import { useMemo } from 'react';
import { todayIn } from '../../../shared/domain/rules/index.ts';
import type { IsoDate } from '../../../shared/domain/time.ts';
import type { LoadProblem } from '../../../shared/ports/traject-repository.ts';
import { useServices, useTraject } from '../../app/index.ts';
import { overzichtModel, type OverzichtModel } from './model.ts';

export type OverzichtState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly model: OverzichtModel;
      readonly today: IsoDate;
      readonly problems: readonly LoadProblem[];
    };

export function useOverzicht(): OverzichtState {
  const traject = useTraject();
  const { ctx } = useServices();
  return useMemo((): OverzichtState => {
    if (traject.status !== 'ready') return { status: 'loading' };
    return {
      status: 'ready',
      model: overzichtModel(traject.opened),
      today: todayIn(ctx.clock),
      problems: traject.opened.view.problems,
    };
  }, [traject, ctx]);
}
