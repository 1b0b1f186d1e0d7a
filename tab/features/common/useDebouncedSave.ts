/**
 * Autosave: a change is saved ~800 ms after the last keystroke, or at once on `flush` (leaving the
 * editor, leaving the page). Typing is never blocked: saving hands the value to the outbox, which
 * keeps it.
 */
import { useCallback, useEffect, useRef } from 'react';

export const autosaveDelayMs = 800;

/** The flush of every mounted autosaving editor, run when the page is hidden or goes away. */
const leaving = new Set<() => void>();

function flushAll(): void {
  const failures: unknown[] = [];
  // One editor that throws must not cost the others their last keystrokes.
  for (const flush of [...leaving]) {
    try {
      flush();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, 'flushing autosave on leaving failed');
}

function flushWhenHidden(): void {
  if (document.visibilityState === 'hidden') flushAll();
}

function register(flush: () => void): void {
  if (leaving.size === 0) {
    // A reload or a closed tab unmounts nothing, so a debounced edit would die with its timer.
    // `visibilitychange` to hidden is the last event a page reliably gets (on mobile `pagehide` may
    // never come, MDN "Document: visibilitychange event"); `pagehide` covers navigating away.
    window.addEventListener('pagehide', flushAll);
    document.addEventListener('visibilitychange', flushWhenHidden);
  }
  leaving.add(flush);
}

function unregister(flush: () => void): void {
  leaving.delete(flush);
  if (leaving.size === 0) {
    window.removeEventListener('pagehide', flushAll);
    document.removeEventListener('visibilitychange', flushWhenHidden);
  }
}

/**
 * Runs `flush` (the latest one passed) when the editor unmounts and when the page is hidden or left,
 * so an edit still waiting for its autosave timer reaches the outbox, and with it storage, first.
 * `flush` must do nothing when no edit waits.
 */
export function useFlushOnLeave(flush: () => void): void {
  const latest = useRef(flush);
  latest.current = flush;
  useEffect(() => {
    const run = () => latest.current();
    register(run);
    return () => {
      unregister(run);
      run();
    };
  }, []);
}

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

  useFlushOnLeave(flush);

  return { schedule, flush, isWaiting };
}
