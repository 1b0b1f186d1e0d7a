/**
 * A record (indicator, actie) edited in place and saved as the person types, like an answer:
 * debounced into the outbox, never blocking the typing. A record that is not valid yet (no name)
 * is kept on screen and saved once it is.
 */
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { Current } from '../../../shared/application/index.ts';
import type { Version } from '../../../shared/domain/ids.ts';
import { useFlushOnLeave } from '../common/useDebouncedSave.ts';
import { AutosaveDelayContext } from './settings.ts';

export interface RecordDraft<T> {
  readonly value: T;
  readonly change: (value: T) => void;
  readonly flush: () => void;
  /** Shows what is stored (theirs after a conflict) without saving it again. */
  readonly adopt: (value: T) => void;
  readonly error: unknown;
}

export function useRecordDraft<T extends { readonly id: string }>(
  record: Current<T>,
  save: (value: T, version: Version | undefined) => Promise<unknown>,
  isValid: (value: T) => boolean,
): RecordDraft<T> {
  const delay = useContext(AutosaveDelayContext);
  const [value, setValue] = useState<T>(record);
  const [error, setError] = useState<unknown>(undefined);
  const latest = useRef<T>(record);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const recordRef = useRef(record);
  recordRef.current = record;

  useEffect(() => {
    if (dirty.current) return;
    latest.current = record;
    setValue(record);
  }, [record]);

  const send = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current || !isValid(latest.current)) return;
    dirty.current = false;
    setError(undefined);
    save(latest.current, recordRef.current.version).catch((e: unknown) => {
      dirty.current = true;
      setError(e);
    });
  }, [save, isValid]);

  const sendRef = useRef(send);
  sendRef.current = send;
  useFlushOnLeave(send);

  const change = useCallback(
    (next: T) => {
      latest.current = next;
      dirty.current = true;
      setValue(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => sendRef.current(), delay);
    },
    [delay],
  );

  const flush = useCallback(() => {
    if (error !== undefined) dirty.current = true;
    sendRef.current();
  }, [error]);

  const adopt = useCallback((next: T) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    dirty.current = false;
    latest.current = next;
    setValue(next);
  }, []);

  return { value, change, flush, adopt, error };
}
