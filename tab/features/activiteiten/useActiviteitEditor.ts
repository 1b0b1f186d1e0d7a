/** Editing one activiteit with autosave: the draft is saved ~800 ms after the last change when it is valid. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { saveActiviteit, type Current } from '../../../shared/application/index.ts';
import type { Activiteit } from '../../../shared/domain/model.ts';
import { useServices } from '../../app/index.ts';
import { useDebouncedSave } from '../common/useDebouncedSave.ts';
import {
  draftOfActiviteit,
  fieldsOfActiviteit,
  sameActiviteitDraft,
  validateActiviteit,
  type ActiviteitDraft,
  type ActiviteitField,
} from './model.ts';

export function useActiviteitEditor(activiteit: Current<Activiteit>) {
  const { ctx } = useServices();
  const [draft, setDraft] = useState<ActiviteitDraft>(() => draftOfActiviteit(activiteit));
  const [error, setError] = useState<unknown>(undefined);
  const current = useRef(activiteit);
  current.current = activiteit;

  const { schedule, flush, isWaiting } = useDebouncedSave<ActiviteitDraft>((next) => {
    if (Object.keys(validateActiviteit(next)).length > 0) return;
    const { id, trajectId, version } = current.current;
    saveActiviteit(ctx, { ...fieldsOfActiviteit(next), id, trajectId, version }).then(
      () => setError(undefined),
      (e: unknown) => setError(e),
    );
  });

  /** Edited and not yet stored as typed: someone else's change must not overwrite it. */
  const dirty = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(() => {
    const stored = draftOfActiviteit(activiteit);
    if (sameActiviteitDraft(stored, latest.current)) {
      dirty.current = false;
      return;
    }
    if (!dirty.current && !isWaiting()) setDraft(stored);
  }, [activiteit, isWaiting]);

  const change = useCallback(
    <F extends ActiviteitField>(field: F, value: ActiviteitDraft[F]) => {
      const next = { ...latest.current, [field]: value };
      dirty.current = true;
      latest.current = next;
      setDraft(next);
      schedule(next);
    },
    [schedule],
  );

  const errors = useMemo(() => validateActiviteit(draft), [draft]);
  return { draft, change, errors, flush, error };
}
