/** The Acties screen: every verbeteractie of the traject, filters, and the use cases behind the buttons. */
import { useCallback, useState } from 'react';
import {
  removeActie,
  saveActie,
  type Current,
  type OpenedTraject,
} from '../../../shared/application/index.ts';
import type { Actie } from '../../../shared/domain/model.ts';
import { todayIn } from '../../../shared/domain/rules/index.ts';
import { useT } from '../../app/index.ts';
import { statusText } from '../common/actie-text.ts';
import { useRecordList } from '../common/useRecordList.ts';
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
  const t = useT();
  const [filter, setFilter] = useState<ActieFilter>({ status: ALL, eigenaar: ALL });
  const select = useCallback(
    ({ edition, view }: OpenedTraject) => {
      const all = sortActies(view.acties);
      return {
        all,
        shown: filterActies(all, filter),
        owners: eigenaren(all),
        bouwstenen: edition.bouwstenen,
        problems: view.problems.filter((p) => p.kind === 'actie'),
      };
    },
    [filter],
  );
  const { ctx, model, error, run } = useRecordList(select);

  const add = useCallback(
    (draft: ActieDraft) =>
      run(({ ctx, trajectId }) =>
        saveActie(ctx, {
          ...fieldsOf(draft),
          trajectId,
          herkomst: { soort: 'bouwsteen', bouwsteen: draft.bouwsteen },
        }),
      ),
    [run],
  );

  const setStatus = useCallback(
    (actie: Current<Actie>, status: ActieStatus) =>
      run(
        ({ ctx }) => saveActie(ctx, { ...recordOf(actie), status, version: actie.version }),
        () => t('tab.acties.statusChanged', { tekst: actie.tekst, status: statusText(t, status) }),
      ),
    [run, t],
  );

  const remove = useCallback((actie: Current<Actie>) => run(({ ctx }) => removeActie(ctx, actie)), [run]);

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
