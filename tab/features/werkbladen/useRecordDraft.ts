/**
 * A record (indicator, actie) edited in place and saved as the person types, like an answer:
 * debounced into the outbox, never blocking the typing. A record that is not valid yet (no name)
 * is kept on screen and saved once it is.
 */
import { useContext, useEffect } from 'react';
import type { Current } from '../../../shared/application/index.ts';
import type { Version } from '../../../shared/domain/ids.ts';
import { useDraft, type Draft } from '../common/useDraft.ts';
import { AutosaveDelayContext } from './settings.ts';

export type RecordDraft<T> = Draft<T>;

export function useRecordDraft<T extends { readonly id: string }>(
  record: Current<T>,
  save: (value: T, version: Version | undefined) => Promise<unknown>,
  isValid: (value: T) => boolean,
): RecordDraft<T> {
  const delayMs = useContext(AutosaveDelayContext);
  const { receive, ...draft } = useDraft<T>(record, {
    delayMs,
    ready: isValid,
    save: (value) => save(value, record.version),
  });

  useEffect(() => receive(record), [record, receive]);

  return draft;
}
