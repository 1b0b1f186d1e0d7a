/** The Indicatoren screen's data and the use cases behind its buttons; every change goes through the outbox. */
import { useCallback, useMemo, useState } from 'react';
import {
  addMeting,
  removeIndicator,
  removeMeting,
  saveIndicator,
  saveMeting,
  type Current,
} from '../../../shared/application/index.ts';
import type { Indicator, Meting } from '../../../shared/domain/model.ts';
import { todayIn } from '../../../shared/domain/rules/calendar.ts';
import { formatDate } from '../../../shared/i18n/index.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { useLocale, useServices, useTraject } from '../../app/index.ts';
import { useSt } from './i18n.ts';
import {
  fieldsOfIndicator,
  fieldsOfMeting,
  indicatorPlaces,
  koppelingOptions,
  type IndicatorDraft,
  type MetingDraft,
} from './model.ts';

export function useIndicatoren() {
  const traject = useTraject();
  const { ctx } = useServices();
  const t = useSt();
  const locale = useLocale();
  const announce = useAnnounce();
  const [error, setError] = useState<unknown>(undefined);
  const opened = traject.status === 'ready' ? traject.opened : undefined;
  const trajectId = opened?.view.traject.id;

  const model = useMemo(() => {
    if (opened === undefined) return undefined;
    const { edition, view } = opened;
    return {
      edition,
      indicatoren: view.indicatoren,
      metingen: view.metingen,
      options: koppelingOptions(edition, view),
      places: indicatorPlaces(edition),
      problems: view.problems.filter((p) => p.kind === 'indicator' || p.kind === 'meting'),
    };
  }, [opened]);

  const today = todayIn(ctx.clock);

  /** Runs a use case; a failure shows as the screen's error, success is announced. */
  const run = useCallback(
    async <R>(action: () => Promise<R>, said: (result: R) => string) => {
      setError(undefined);
      try {
        const result = await action();
        announce(said(result));
        return result;
      } catch (e) {
        setError(e);
        return undefined;
      }
    },
    [announce],
  );

  const add = useCallback(
    (draft: IndicatorDraft): Promise<Indicator | undefined> =>
      trajectId === undefined
        ? Promise.resolve(undefined)
        : run(
            () => saveIndicator(ctx, { ...fieldsOfIndicator(draft), trajectId }),
            (i) => t('indicatoren.added', { naam: i.naam }),
          ),
    [ctx, trajectId, run, t],
  );

  const remove = useCallback(
    (indicator: Current<Indicator>) =>
      run(
        () => removeIndicator(ctx, indicator, model?.metingen ?? []),
        () => t('indicatoren.removed', { naam: indicator.naam }),
      ),
    [ctx, model, run, t],
  );

  const addMetingTo = useCallback(
    (indicator: Indicator, draft: MetingDraft): Promise<Meting | undefined> =>
      run(
        () =>
          addMeting(ctx, {
            ...fieldsOfMeting(draft),
            trajectId: indicator.trajectId,
            indicatorId: indicator.id,
          }),
        (m) => t('indicatoren.meting.added', { datum: formatDate(locale, m.datum), naam: indicator.naam }),
      ),
    [ctx, run, t, locale],
  );

  const changeMeting = useCallback(
    (meting: Current<Meting>, draft: MetingDraft): Promise<Meting | undefined> =>
      run(
        () =>
          saveMeting(ctx, {
            ...fieldsOfMeting(draft),
            id: meting.id,
            trajectId: meting.trajectId,
            indicatorId: meting.indicatorId,
            version: meting.version,
          }),
        (m) => t('indicatoren.meting.saved', { datum: formatDate(locale, m.datum) }),
      ),
    [ctx, run, t, locale],
  );

  const dropMeting = useCallback(
    (meting: Current<Meting>) =>
      run(
        () => removeMeting(ctx, meting),
        () => t('indicatoren.meting.removed', { datum: formatDate(locale, meting.datum) }),
      ),
    [ctx, run, t, locale],
  );

  return { model, today, error, add, remove, addMeting: addMetingTo, changeMeting, removeMeting: dropMeting };
}

export type IndicatorenModel = NonNullable<ReturnType<typeof useIndicatoren>['model']>;
