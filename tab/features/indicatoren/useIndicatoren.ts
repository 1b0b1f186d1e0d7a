/** The Indicatoren screen's data and the use cases behind its buttons; every change goes through the outbox. */
import { useCallback } from 'react';
import {
  addMeting,
  removeIndicator,
  removeMeting,
  saveIndicator,
  saveMeting,
  type Current,
  type OpenedTraject,
} from '../../../shared/application/index.ts';
import type { Indicator, Meting } from '../../../shared/domain/model.ts';
import { todayIn } from '../../../shared/domain/rules/calendar.ts';
import { formatDate } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { useRecordList } from '../common/useRecordList.ts';
import {
  fieldsOfIndicator,
  fieldsOfMeting,
  indicatorPlaces,
  koppelingOptions,
  type IndicatorDraft,
  type MetingDraft,
} from './model.ts';

function indicatorenModel({ edition, view }: OpenedTraject) {
  return {
    edition,
    indicatoren: view.indicatoren,
    metingen: view.metingen,
    options: koppelingOptions(edition, view),
    places: indicatorPlaces(edition),
    problems: view.problems.filter((p) => p.kind === 'indicator' || p.kind === 'meting'),
  };
}

export type IndicatorenModel = ReturnType<typeof indicatorenModel>;

export function useIndicatoren() {
  const t = useT();
  const locale = useLocale();
  const { ctx, model, error, run } = useRecordList(indicatorenModel);
  const today = todayIn(ctx.clock);

  const add = useCallback(
    (draft: IndicatorDraft): Promise<Indicator | undefined> =>
      run(
        ({ ctx, trajectId }) => saveIndicator(ctx, { ...fieldsOfIndicator(draft), trajectId }),
        (i) => t('indicatoren.added', { naam: i.naam }),
      ),
    [run, t],
  );

  const remove = useCallback(
    (indicator: Current<Indicator>) =>
      run(
        ({ ctx }) => removeIndicator(ctx, indicator, model?.metingen ?? []),
        () => t('indicatoren.removed', { naam: indicator.naam }),
      ),
    [model, run, t],
  );

  const addMetingTo = useCallback(
    (indicator: Indicator, draft: MetingDraft): Promise<Meting | undefined> =>
      run(
        ({ ctx }) =>
          addMeting(ctx, {
            ...fieldsOfMeting(draft),
            trajectId: indicator.trajectId,
            indicatorId: indicator.id,
          }),
        (m) => t('indicatoren.meting.added', { datum: formatDate(locale, m.datum), naam: indicator.naam }),
      ),
    [run, t, locale],
  );

  const changeMeting = useCallback(
    (meting: Current<Meting>, draft: MetingDraft): Promise<Meting | undefined> =>
      run(
        ({ ctx }) =>
          saveMeting(ctx, {
            ...fieldsOfMeting(draft),
            id: meting.id,
            trajectId: meting.trajectId,
            indicatorId: meting.indicatorId,
            version: meting.version,
          }),
        (m) => t('indicatoren.meting.saved', { datum: formatDate(locale, m.datum) }),
      ),
    [run, t, locale],
  );

  const dropMeting = useCallback(
    (meting: Current<Meting>) =>
      run(
        ({ ctx }) => removeMeting(ctx, meting),
        () => t('indicatoren.meting.removed', { datum: formatDate(locale, meting.datum) }),
      ),
    [run, t, locale],
  );

  return { model, today, error, add, remove, addMeting: addMetingTo, changeMeting, removeMeting: dropMeting };
}
