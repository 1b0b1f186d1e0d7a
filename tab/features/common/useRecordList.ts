/**
 * A record screen's state (Partners, Activiteiten, Indicatoren, Acties): its model, shaped from the
 * opened traject, the last failure to show, and `run` for the use cases behind its buttons.
 */
import { useCallback, useMemo, useState } from 'react';
import type { AppContext, OpenedTraject } from '../../../shared/application/index.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { useServices, useTraject } from '../../app/index.ts';

export interface RecordScope {
  readonly ctx: AppContext;
  readonly trajectId: TrajectId;
}

/**
 * `select` shapes the screen's model from the opened traject; keep it stable (a module function,
 * or `useCallback` over what it reads) so the model is only rebuilt when the traject changes.
 */
export function useRecordList<Model>(select: (opened: OpenedTraject) => Model) {
  const traject = useTraject();
  const { ctx } = useServices();
  const announce = useAnnounce();
  const [error, setError] = useState<unknown>(undefined);
  const opened = traject.status === 'ready' ? traject.opened : undefined;
  const trajectId = opened?.view.traject.id;
  const model = useMemo(() => (opened === undefined ? undefined : select(opened)), [opened, select]);

  /**
   * Runs a use case in the opened traject: a failure becomes the screen's error (and resolves to
   * undefined), a success is announced with `said` when given.
   */
  const run = useCallback(
    async <R>(
      work: (scope: RecordScope) => Promise<R>,
      said?: (result: R) => string,
    ): Promise<R | undefined> => {
      if (trajectId === undefined) return undefined;
      setError(undefined);
      try {
        const result = await work({ ctx, trajectId });
        if (said !== undefined) announce(said(result));
        return result;
      } catch (e) {
        setError(e);
        return undefined;
      }
    },
    [ctx, trajectId, announce],
  );

  return { ctx, model, error, run };
}
