/**
 * The answer a person is editing, saved as they type: debounced through `saveAnswer` into the
 * outbox. Typing is never blocked by saving; a newer answer by someone else (a poll) replaces what
 * is shown only while no edit of ours is waiting, otherwise the outbox reports a conflict.
 */
import { useCallback, useContext, useEffect, useRef } from 'react';
import { saveAnswer, type Current } from '../../../shared/application/index.ts';
import type { Question } from '../../../shared/content/schema.ts';
import type { AnswerValue } from '../../../shared/domain/answer.ts';
import type { Answer, Traject } from '../../../shared/domain/model.ts';
import { useServices } from '../../app/index.ts';
import { useDraft, type Draft } from '../common/useDraft.ts';
import { AutosaveDelayContext } from './settings.ts';
import { draftValueOf, emptyValueOf } from './values.ts';

export interface AnswerDraft extends Omit<Draft<AnswerValue>, 'adopt'> {
  /** Shows a value that is already stored (theirs or a merge), without saving it again. */
  readonly adopt: (value: AnswerValue, revisie: number) => void;
}

export function useAnswerDraft(
  question: Question,
  stored: Current<Answer> | undefined,
  traject: Pick<Traject, 'id' | 'editie'>,
): AnswerDraft {
  const { ctx } = useServices();
  const delayMs = useContext(AutosaveDelayContext);
  /** The highest revision shown or saved here; older ones are our own edits coming back. */
  const seen = useRef(stored?.revisie ?? 0);
  const {
    receive,
    adopt: adoptValue,
    ...draft
  } = useDraft<AnswerValue>(() => draftValueOf(question, stored?.value) ?? emptyValueOf('text'), {
    delayMs,
    save: (value) =>
      saveAnswer(ctx, {
        traject: { id: traject.id, editie: traject.editie },
        questionId: question.id,
        value,
        previous: stored === undefined ? undefined : { revisie: stored.revisie, version: stored.version },
      }).then((answer) => {
        seen.current = Math.max(seen.current, answer.revisie);
      }),
  });

  useEffect(() => {
    if (stored === undefined || stored.revisie <= seen.current) return;
    seen.current = stored.revisie;
    const next = draftValueOf(question, stored.value);
    if (next !== undefined) receive(next);
  }, [stored, question, receive]);

  const adopt = useCallback(
    (next: AnswerValue, revisie: number) => {
      seen.current = Math.max(seen.current, revisie);
      adoptValue(next);
    },
    [adoptValue],
  );

  return { ...draft, adopt };
}
