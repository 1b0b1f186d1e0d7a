/**
 * Taking over what a window that closed left unsent (issue #4): the store's watch feeds the outbox
 * (`takeOverClosedPages`, wired the same in the tab and the pane), and the changes taken over are
 * counted until they are sent, so the tab or the pane can say so while they are on their way.
 */
import type { Outbox, UnreadableEntry } from './outbox.ts';
import type { LocalPendingStore } from './pending/local-pending-store.ts';

/** The changes taken over from windows that closed, while they are not sent yet. */
export interface TakenOver {
  readonly count: () => number;
  readonly subscribe: (onChange: () => void) => () => void;
}

/**
 * Counts the records `add` names until the outbox has sent them (or the person dropped them), so
 * the notice about them goes once they are saved.
 */
function trackTakenOver(
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

/** What the host does with what it cannot send: it logs it. */
export interface TakeOverHandlers {
  /** Both windows had a change for this record: this one's stays, the closed one's was dropped. */
  readonly onKept: (key: string) => void;
  /** The closed window left this entry unreadable; it stays stored until sign-out. */
  readonly onUnreadable: (entry: UnreadableEntry) => void;
}

/**
 * While this window is open, takes over what the user's other windows leave unsent when they close
 * (`LocalPendingStore.watchOrphans` into `Outbox.takeOver`). `stop` ends the watch (the pane at
 * the end of a team session); sign-out (`store.clear`) ends it too.
 */
export function takeOverClosedPages(
  store: Pick<LocalPendingStore, 'watchOrphans'>,
  outbox: Pick<Outbox, 'subscribe' | 'takeOver'>,
  handlers: TakeOverHandlers,
): { readonly takenOver: TakenOver; readonly stop: () => void } {
  const takenOver = trackTakenOver(outbox);
  const stop = store.watchOrphans((entries, keptByStore) => {
    const report = outbox.takeOver(entries);
    for (const key of [...keptByStore, ...report.kept]) handlers.onKept(key);
    for (const entry of report.unreadable) handlers.onUnreadable(entry);
    takenOver.add(report.taken);
  });
  return { takenOver: { count: takenOver.count, subscribe: takenOver.subscribe }, stop };
}
