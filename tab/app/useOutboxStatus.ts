/** Counts of the outbox's waiting changes by why they wait, for the banners; and the browser's online state. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { keyOfChange, type Outbox } from '../../shared/application/index.ts';

export interface OutboxStatus {
  readonly offline: number;
  readonly throttled: number;
  readonly failed: number;
  readonly conflicts: number;
}

const none: OutboxStatus = { offline: 0, throttled: 0, failed: 0, conflicts: 0 };

export function outboxStatus(outbox: Pick<Outbox, 'pending' | 'state'>): OutboxStatus {
  const status: { -readonly [K in keyof OutboxStatus]: number } = { ...none };
  for (const change of outbox.pending()) {
    const state = outbox.state(keyOfChange(change));
    if (state.status === 'queued') status[state.reason]++;
    else if (state.status === 'failed') status.failed++;
    else if (state.status === 'conflict') status.conflicts++;
  }
  return status;
}

function same(a: OutboxStatus, b: OutboxStatus): boolean {
  return (
    a.offline === b.offline &&
    a.throttled === b.throttled &&
    a.failed === b.failed &&
    a.conflicts === b.conflicts
  );
}

export function useOutboxStatus(outbox: Outbox): OutboxStatus {
  const last = useRef<OutboxStatus>(none);
  const read = useCallback(() => {
    const next = outboxStatus(outbox);
    // useSyncExternalStore needs the same object while nothing changed.
    if (!same(next, last.current)) last.current = next;
    return last.current;
  }, [outbox]);
  const subscribe = useCallback((onChange: () => void) => outbox.subscribe(() => onChange()), [outbox]);
  return useSyncExternalStore(subscribe, read, read);
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** `navigator.onLine`: false means certainly offline; true only means "maybe". */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}
