/** Editing one indicator with autosave: the draft is saved ~800 ms after the last change when it is valid. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { saveIndicator, type Current } from '../../../shared/application/index.ts';
import type { Indicator } from '../../../shared/domain/model.ts';
import { useLocale, useServices } from '../../app/index.ts';
import { useDebouncedSave } from '../common/useDebouncedSave.ts';
import {
  draftOfIndicator,
  fieldsOfIndicator,
  sameIndicatorDraft,
  validateIndicator,
  type IndicatorDraft,
  type IndicatorField,
} from './model.ts';

export function useIndicatorEditor(indicator: Current<Indicator>) {
  const { ctx } = useServices();
  const locale = useLocale();
  const [draft, setDraft] = useState<IndicatorDraft>(() => draftOfIndicator(locale, indicator));
  const [error, setError] = useState<unknown>(undefined);
  const current = useRef(indicator);
  current.current = indicator;

  const { schedule, flush, isWaiting } = useDebouncedSave<IndicatorDraft>((next) => {
    if (Object.keys(validateIndicator(next)).length > 0) return;
    const { id, trajectId, version } = current.current;
    saveIndicator(ctx, { ...fieldsOfIndicator(next), id, trajectId, version }).then(
      () => setError(undefined),
      (e: unknown) => setError(e),
    );
  });

  /** Edited and not yet stored as typed: someone else's change must not overwrite it. */
  const dirty = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(() => {
    const stored = draftOfIndicator(locale, indicator);
    if (sameIndicatorDraft(stored, latest.current)) {
      dirty.current = false;
      return;
    }
    if (!dirty.current && !isWaiting()) setDraft(stored);
  }, [indicator, locale, isWaiting]);

  const change = useCallback(
    <F extends IndicatorField>(field: F, value: IndicatorDraft[F]) => {
      const next = { ...latest.current, [field]: value };
      dirty.current = true;
      latest.current = next;
      setDraft(next);
      schedule(next);
    },
    [schedule],
  );

  const errors = useMemo(() => validateIndicator(draft), [draft]);
  return { draft, change, errors, flush, error };
}
