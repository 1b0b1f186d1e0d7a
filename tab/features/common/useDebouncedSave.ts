/**
 * Autosave: a change is saved ~800 ms after the last keystroke, or at once on `flush` (leaving the
 * editor). Typing is never blocked: saving hands the value to the outbox, which keeps it.
 */
import { useCallback, useEffect, useRef } from 'react';

export const autosaveDelayMs = 800;

export function useDebouncedSave<T>(save: (value: T) => void, delayMs = autosaveDelayMs) {
  const timer = useRef<number | undefined>(undefined);
  const waiting = useRef<{ value: T } | undefined>(undefined);
  const latestSave = useRef(save);
  latestSave.current = save;

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const next = waiting.current;
    waiting.current = undefined;
    if (next !== undefined) latestSave.current(next.value);
  }, []);

  const schedule = useCallback(
    (value: T) => {
      waiting.current = { value };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  /** Whether an edit waits for its timer. */
  const isWaiting = useCallback(() => waiting.current !== undefined, []);

  // An edit still waiting when the editor goes away is saved, not lost.
  useEffect(() => flush, [flush]);

  return { schedule, flush, isWaiting };
}
