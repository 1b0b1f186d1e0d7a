/**
 * Editing one record with autosave (Partners, Activiteiten, Indicatoren, Acties), on the worksheets'
 * `useDraft`: the draft is saved ~800 ms after the last change once it is valid, a failed save is
 * sent again on the next flush, and someone else's change shows unless an edit of ours is waiting
 * or has not come back from storage yet.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { AppContext } from '../../../shared/application/index.ts';
import { useServices } from '../../app/index.ts';
import { autosaveDelayMs } from './useDebouncedSave.ts';
import { useDraft } from './useDraft.ts';

export interface RecordEditorSpec<R, D extends object, E> {
  /** The draft for a record as stored; keep it stable (a module function or `useCallback`). */
  readonly draftOf: (record: R) => D;
  /** What saving a draft stores: drafts with equal fields (after trimming …) are the same edit. */
  readonly fieldsOf: (draft: D) => unknown;
  readonly validate: (draft: D) => Partial<Record<keyof D, E>>;
  /** Stores a valid draft over `stored`, the record as it is now (with its version). */
  readonly save: (ctx: AppContext, draft: D, stored: R) => Promise<unknown>;
}

export function useRecordEditor<R, D extends object, E>(record: R, spec: RecordEditorSpec<R, D, E>) {
  const { ctx } = useServices();
  const { draftOf, fieldsOf, validate, save } = spec;
  const current = useRef(record);
  current.current = record;

  const { value, update, flush, receive, error } = useDraft<D>(() => draftOf(record), {
    delayMs: autosaveDelayMs,
    ready: (draft) => Object.keys(validate(draft)).length === 0,
    save: (draft) => save(ctx, draft, current.current),
    same: (a, b) => JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b)),
  });

  useEffect(() => receive(draftOf(record)), [record, draftOf, receive]);

  const change = useCallback(
    <F extends keyof D>(field: F, next: D[F]) => update((draft) => ({ ...draft, [field]: next })),
    [update],
  );

  const errors = useMemo(() => validate(value), [validate, value]);
  return { draft: value, change, errors, flush, error };
}
