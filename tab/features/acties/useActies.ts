/** The Acties screen: every verbeteractie of the traject, filters, and the use cases behind the buttons. */
import { useCallback, useMemo, useState } from 'react';
import { removeActie, saveActie, type Current } from '../../../shared/application/index.ts';
import type { Actie } from '../../../shared/domain/model.ts';
import { todayIn } from '../../../shared/domain/rules/index.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { useServices, useT, useTraject } from '../../app/index.ts';
import { statusText } from '../common/actie-text.ts';
import {
  ALL,
  eigenaren,
  fieldsOf,
  filterActies,
  sortActies,
  type ActieDraft,
  type ActieFilter,
  type ActieStatus,
} from './model.ts';

/** The stored fields of an actie without the store's version, for saving it changed. */
export function recordOf(actie: Current<Actie>): Actie {
  const { version: _version, ...record } = actie;
  return record;
}

export function useActies() {
  const traject = useTraject();
  const { ctx } = useServices();
  const t = useT();
  const announce = useAnnounce();
  const [filter, setFilter] = useState<ActieFilter>({ status: ALL, eigenaar: ALL });
  const [error, setError] = useState<unknown>(undefined);
  const opened = traject.status === 'ready' ? traject.opened : undefined;

  const model = useMemo(() => {
    if (opened === undefined) return undefined;
    const all = sortActies(opened.view.acties);
    return {
      all,
      shown: filterActies(all, filter),
      owners: eigenaren(all),
      bouwstenen: opened.edition.bouwstenen,
      trajectId: opened.view.traject.id,
      problems: opened.view.problems.filter((p) => p.kind === 'actie'),
    };
  }, [opened, filter]);

  const run = useCallback(async <R>(work: () => Promise<R>): Promise<R | undefined> => {
    setError(undefined);
    try {
      return await work();
    } catch (e) {
      setError(e);
      return undefined;
    }
  }, []);

  const add = useCallback(
    (draft: ActieDraft) =>
      run(() =>
        saveActie(ctx, {
          ...fieldsOf(draft),
          trajectId: model?.trajectId,
          herkomst: { soort: 'bouwsteen', bouwsteen: draft.bouwsteen },
        }),
      ),
    [ctx, model?.trajectId, run],
  );

  const setStatus = useCallback(
    async (actie: Current<Actie>, status: ActieStatus) => {
      const saved = await run(() => saveActie(ctx, { ...recordOf(actie), status, version: actie.version }));
      if (saved !== undefined) {
        announce(t('tab.acties.statusChanged', { tekst: actie.tekst, status: statusText(t, status) }));
      }
    },
    [ctx, run, announce, t],
  );

  const remove = useCallback((actie: Current<Actie>) => run(() => removeActie(ctx, actie)), [ctx, run]);

  return {
    model,
    filter,
    setFilter,
    add,
    setStatus,
    remove,
    error,
    today: todayIn(ctx.clock),
  };
}
