/** Editing one actie with autosave, like a partner: saved ~800 ms after the last change when valid. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { saveActie, type Current } from '../../../shared/application/index.ts';
import type { Actie } from '../../../shared/domain/model.ts';
import { useServices } from '../../app/index.ts';
import { useDebouncedSave } from '../common/useDebouncedSave.ts';
import { draftOf, fieldsOf, validateActie, type ActieDraft, type ActieField } from './model.ts';
import { recordOf } from './useActies.ts';

function sameDraft(a: ActieDraft, b: ActieDraft): boolean {
  return JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b));
}

export function useActieEditor(actie: Current<Actie>) {
  const { ctx } = useServices();
  const [draft, setDraft] = useState<ActieDraft>(() => draftOf(actie));
  const [error, setError] = useState<unknown>(undefined);
  const current = useRef(actie);
  current.current = actie;
  const dirty = useRef(false);
  const latestDraft = useRef(draft);
  latestDraft.current = draft;

  const { schedule, flush, isWaiting } = useDebouncedSave<ActieDraft>((next) => {
    if (Object.keys(validateActie(next)).length > 0) return;
    const stored = current.current;
    const { deadline: _deadline, ...rest } = recordOf(stored);
    saveActie(ctx, { ...rest, ...fieldsOf(next), version: stored.version }).then(
      () => setError(undefined),
      (e: unknown) => setError(e),
    );
  });

  useEffect(() => {
    const stored = draftOf(actie);
    if (sameDraft(stored, latestDraft.current)) {
      dirty.current = false;
      return;
    }
    if (!dirty.current && !isWaiting()) setDraft(stored);
  }, [actie, isWaiting]);

  const change = useCallback(
    <F extends ActieField>(field: F, value: ActieDraft[F]) => {
      const next = { ...latestDraft.current, [field]: value };
      dirty.current = true;
      latestDraft.current = next;
      setDraft(next);
      schedule(next);
    },
    [schedule],
  );

  const errors = useMemo(() => validateActie(draft), [draft]);
  return { draft, change, errors, flush, error };
}
