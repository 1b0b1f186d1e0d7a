/**
 * A value edited in place and saved as the person types: a worksheet's answer or record, and the
 * record on a Partners, Activiteiten, Indicatoren or Acties card (`useRecordEditor`). Shown at once,
 * saved `delayMs` after the last change, or at once on `flush` and on leaving the editor or the
 * page. Typing is never blocked by saving; an edit whose save failed stays waiting, so the next
 * flush sends it again.
 */
import { useCallback, useRef, useState } from 'react';
import { useFlushOnLeave } from './useDebouncedSave.ts';

export interface DraftSpec<T> {
  /** Stores a value; the one passed at the latest render is used. A rejection keeps the edit waiting. */
  readonly save: (value: T) => Promise<unknown>;
  /** Whether a value may be saved yet; one that may not stays on screen and is saved once it may. */
  readonly ready?: (value: T) => boolean;
  readonly delayMs: number;
  /**
   * Whether a stored value holds the same edit as the shown one. When given, a saved edit stays on
   * screen until the stored value has caught up with it: a poll can bring back the old value before
   * the outbox has applied the save.
   */
  readonly same?: (stored: T, shown: T) => boolean;
}

export interface Draft<T> {
  readonly value: T;
  /** An edit: shown at once, saved after the autosave delay. */
  readonly change: (value: T) => void;
  /** Sends a waiting edit now (leaving the page, pressing "opnieuw proberen"). */
  readonly flush: () => void;
  /** Shows a value that is already stored (theirs or a merge), without saving it again. */
  readonly adopt: (value: T) => void;
  /** Saving could not even be queued (the value was refused, storage failed). */
  readonly error: unknown;
}

export interface DraftCore<T> extends Draft<T> {
  /**
   * Shows a newer stored value, unless an edit of ours waits: that edit wins on screen and the
   * outbox reports the conflict. Stable across renders.
   */
  readonly receive: (value: T) => void;
  /** An edit of the latest value (not the rendered one), so two edits in one tick both count. */
  readonly update: (edit: (current: T) => T) => void;
}

const always = () => true;

export function useDraft<T>(initial: T | (() => T), spec: DraftSpec<T>): DraftCore<T> {
  const { save, ready = always, delayMs, same } = spec;
  const [value, setValue] = useState<T>(initial);
  const [error, setError] = useState<unknown>(undefined);
  const latest = useRef<T>(value);
  /** Edited and not stored yet (waiting for the timer, not ready, or its save failed). */
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Saved, and (with `same`) not seen stored yet. */
  const sent = useRef(false);
  const sameRef = useRef(same);
  sameRef.current = same;

  const send = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current || !ready(latest.current)) return;
    dirty.current = false;
    sent.current = true;
    setError(undefined);
    save(latest.current).catch((e: unknown) => {
      dirty.current = true;
      setError(e);
    });
  };
  // The latest `send`, for the timer and for leaving the editor or the page.
  const sendRef = useRef(send);
  sendRef.current = send;
  useFlushOnLeave(send);

  const change = useCallback(
    (next: T) => {
      latest.current = next;
      dirty.current = true;
      setValue(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => sendRef.current(), delayMs);
    },
    [delayMs],
  );

  const flush = useCallback(() => {
    if (error !== undefined) dirty.current = true;
    sendRef.current();
  }, [error]);

  const update = useCallback((edit: (current: T) => T) => change(edit(latest.current)), [change]);

  const adopt = useCallback((next: T) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    dirty.current = false;
    sent.current = false;
    latest.current = next;
    setValue(next);
  }, []);

  const receive = useCallback((next: T) => {
    const isSame = sameRef.current;
    if (isSame !== undefined) {
      // Our edit came back (perhaps tidied, e.g. trimmed): keep what the person typed.
      if (isSame(next, latest.current)) {
        sent.current = false;
        return;
      }
      if (sent.current) return;
    }
    if (dirty.current) return;
    latest.current = next;
    setValue(next);
  }, []);

  return { value, change, update, flush, adopt, receive, error };
}
