/**
 * The unsent changes an outbox took over from a window that closed (issue #4, `Outbox.takeOver`),
 * counted until they are sent, so the tab or the pane can say so while they are on their way.
 */
import type { Outbox } from './outbox.ts';

/** The changes taken over from windows that closed, while they are not sent yet. */
export interface TakenOver {
  readonly count: () => number;
  readonly subscribe: (onChange: () => void) => () => void;
}

/**
 * Counts the records `add` names until the outbox has sent them (or the person dropped them), so
 * the notice about them goes once they are saved.
 */
export function trackTakenOver(
  outbox: Pick<Outbox, 'subscribe'>,
): TakenOver & { readonly add: (keys: readonly string[]) => void } {
  const waiting = new Set<string>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  outbox.subscribe((key, state) => {
    if ((state.status === 'saved' || state.status === 'idle') && waiting.delete(key)) changed();
  });
  return {
    count: () => waiting.size,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },
    add: (keys) => {
      if (keys.length === 0) return;
      for (const key of keys) waiting.add(key);
      changed();
    },
  };
}
