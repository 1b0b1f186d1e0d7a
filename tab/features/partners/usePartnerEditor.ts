/** Editing one partner with autosave: the draft is saved ~800 ms after the last change when it is valid. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { savePartner, type Current } from '../../../shared/application/index.ts';
import type { Partner } from '../../../shared/domain/model.ts';
import { useServices } from '../../app/index.ts';
import { useDebouncedSave } from '../common/useDebouncedSave.ts';
import { draftOf, fieldsOf, validatePartner, type PartnerDraft, type PartnerField } from './model.ts';

export function usePartnerEditor(partner: Current<Partner>) {
  const { ctx } = useServices();
  const [draft, setDraft] = useState<PartnerDraft>(() => draftOf(partner));
  const [error, setError] = useState<unknown>(undefined);
  const current = useRef(partner);
  current.current = partner;

  const { schedule, flush, isWaiting } = useDebouncedSave<PartnerDraft>((next) => {
    if (Object.keys(validatePartner(next)).length > 0) return;
    const { id, trajectId, version } = current.current;
    savePartner(ctx, { ...fieldsOf(next), id, trajectId, version }).then(
      () => setError(undefined),
      (e: unknown) => setError(e),
    );
  });

  /** Edited and not (yet) stored as typed: someone else's change must not overwrite it. */
  const dirty = useRef(false);
  const latestDraft = useRef(draft);
  latestDraft.current = draft;

  useEffect(() => {
    const stored = draftOf(partner);
    if (sameDraft(stored, latestDraft.current)) {
      dirty.current = false;
      return;
    }
    // Someone else's change shows, unless the person is in the middle of an edit.
    if (!dirty.current && !isWaiting()) setDraft(stored);
  }, [partner, isWaiting]);

  const change = useCallback(
    <F extends PartnerField>(field: F, value: PartnerDraft[F]) => {
      const next = { ...latestDraft.current, [field]: value };
      dirty.current = true;
      latestDraft.current = next;
      setDraft(next);
      schedule(next);
    },
    [schedule],
  );

  const errors = useMemo(() => validatePartner(draft), [draft]);
  return { draft, change, errors, flush, error };
}

function sameDraft(a: PartnerDraft, b: PartnerDraft): boolean {
  return JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b));
}
