/** A record's save state from the outbox, with what a person can do about it. */
import { useCallback } from 'react';
import { recordKey, type RecordState } from '../../../shared/application/index.ts';
import type { EntityKind } from '../../../shared/domain/model.ts';
import { useRecordState, useServices } from '../../app/index.ts';

export interface SaveStateModel {
  readonly state: RecordState;
  /** Sends a failed change again. */
  readonly retry: () => void;
  /** Ends a conflict with my version or theirs. */
  readonly resolve: (choice: 'mine' | 'theirs') => Promise<void>;
}

export function useSaveState(kind: EntityKind, id: string): SaveStateModel {
  const { outbox } = useServices();
  const state = useRecordState(kind, id);
  const key = recordKey(kind, id);
  const retry = useCallback(() => outbox.retry(key), [outbox, key]);
  const resolve = useCallback(
    (choice: 'mine' | 'theirs') => outbox.resolveConflict(key, choice),
    [outbox, key],
  );
  return { state, retry, resolve };
}
