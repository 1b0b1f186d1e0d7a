/**
 * The answer a person is editing, saved as they type: debounced through `saveAnswer` into the
 * outbox. Typing is never blocked by saving; a newer answer by someone else (a poll) replaces what
 * is shown only while no edit of ours is waiting, otherwise the outbox reports a conflict.
 */
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { saveAnswer, type Current } from '../../../shared/application/index.ts';
import type { Question } from '../../../shared/content/schema.ts';
import type { AnswerValue } from '../../../shared/domain/answer.ts';
import type { Answer, Traject } from '../../../shared/domain/model.ts';
import { useServices } from '../../app/index.ts';
import { useFlushOnLeave } from '../common/useDebouncedSave.ts';
import { AutosaveDelayContext } from './settings.ts';
import { draftValueOf, emptyValueOf } from './values.ts';

export interface AnswerDraft {
  readonly value: AnswerValue;
  /** An edit: shown at once, saved after the autosave delay. */
  readonly change: (value: AnswerValue) => void;
  /** Sends a waiting edit now (leaving the page, pressing "opnieuw proberen"). */
  readonly flush: () => void;
  /** Shows a value that is already stored (theirs or a merge), without saving it again. */
  readonly adopt: (value: AnswerValue, revisie: number) => void;
  /** Saving could not even be queued (the value was refused, storage failed). */
  readonly error: unknown;
}

export function useAnswerDraft(
  question: Question,
  stored: Current<Answer> | undefined,
  traject: Pick<Traject, 'id' | 'editie'>,
): AnswerDraft {
  const { ctx } = useServices();
  const delay = useContext(AutosaveDelayContext);
  const initial = () => draftValueOf(question, stored?.value) ?? emptyValueOf('text');
  const [value, setValue] = useState<AnswerValue>(initial);
  const [error, setError] = useState<unknown>(undefined);
  const latest = useRef<AnswerValue>(value);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The highest revision shown or saved here; older ones are our own edits coming back. */
  const seen = useRef(stored?.revisie ?? 0);
  const storedRef = useRef(stored);
  storedRef.current = stored;

  useEffect(() => {
    if (stored === undefined || stored.revisie <= seen.current) return;
    seen.current = stored.revisie;
    if (dirty.current) return;
    const next = draftValueOf(question, stored.value);
    if (next === undefined) return;
    latest.current = next;
    setValue(next);
  }, [stored, question]);

  const send = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return;
    dirty.current = false;
    const previous = storedRef.current;
    setError(undefined);
    saveAnswer(ctx, {
      traject: { id: traject.id, editie: traject.editie },
      questionId: question.id,
      value: latest.current,
      previous: previous === undefined ? undefined : { revisie: previous.revisie, version: previous.version },
    }).then(
      (answer) => {
        seen.current = Math.max(seen.current, answer.revisie);
      },
      (e: unknown) => {
        dirty.current = true;
        setError(e);
      },
    );
  }, [ctx, traject.id, traject.editie, question.id]);

  // The latest `send`, for the timer and for leaving the editor or the page.
  const sendRef = useRef(send);
  sendRef.current = send;
  useFlushOnLeave(send);

  const change = useCallback(
    (next: AnswerValue) => {
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

  const adopt = useCallback((next: AnswerValue, revisie: number) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    dirty.current = false;
    seen.current = Math.max(seen.current, revisie);
    latest.current = next;
    setValue(next);
  }, []);

  return { value, change, flush, adopt, error };
}
