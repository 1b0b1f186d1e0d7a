/**
 * Editing one record with autosave (Partners, Activiteiten, Indicatoren, Acties): the draft is
 * saved ~800 ms after the last change when it is valid, and someone else's change shows unless
 * the person is in the middle of an edit.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppContext } from '../../../shared/application/index.ts';
import { useServices } from '../../app/index.ts';
import { useDebouncedSave } from './useDebouncedSave.ts';

export interface RecordEditorSpec<R, D extends object, E> {
  /** The draft for a record as stored; keep it stable (a module function or `useCallback`). */
  readonly draftOf: (record: R) => D;
  readonly same: (a: D, b: D) => boolean;
  readonly validate: (draft: D) => Partial<Record<keyof D, E>>;
  /** Stores a valid draft over `stored`, the record as it is now (with its version). */
  readonly save: (ctx: AppContext, draft: D, stored: R) => Promise<unknown>;
}

export function useRecordEditor<R, D extends object, E>(record: R, spec: RecordEditorSpec<R, D, E>) {
  const { ctx } = useServices();
  const { draftOf, same, validate, save } = spec;
  const [draft, setDraft] = useState<D>(() => draftOf(record));
  const [error, setError] = useState<unknown>(undefined);
  const current = useRef(record);
  current.current = record;

  const { schedule, flush, isWaiting } = useDebouncedSave<D>((next) => {
    if (Object.keys(validate(next)).length > 0) return;
    save(ctx, next, current.current).then(
      () => setError(undefined),
      (e: unknown) => setError(e),
    );
  });

  /** Edited and not yet stored as typed: someone else's change must not overwrite it. */
  const dirty = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(() => {
    const stored = draftOf(record);
    if (same(stored, latest.current)) {
      dirty.current = false;
      return;
    }
    if (!dirty.current && !isWaiting()) setDraft(stored);
  }, [record, draftOf, same, isWaiting]);

  const change = useCallback(
    <F extends keyof D>(field: F, value: D[F]) => {
      const next = { ...latest.current, [field]: value };
      dirty.current = true;
      latest.current = next;
      setDraft(next);
      schedule(next);
    },
    [schedule],
  );

  const errors = useMemo(() => validate(draft), [validate, draft]);
  return { draft, change, errors, flush, error };
}
