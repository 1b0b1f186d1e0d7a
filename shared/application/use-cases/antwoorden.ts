/** Saving an answer to a question of the kwaliteitskompas. */
import { findQuestion } from '../../content/queries.ts';
import type { EditionId } from '../../content/schema.ts';
import { AnswerValueSchema, valueKindOf } from '../../domain/answer.ts';
import type { TrajectId, Version } from '../../domain/ids.ts';
import { AnswerSchema, antwoordId, type Answer } from '../../domain/model.ts';
import { saveChange } from '../changes.ts';
import type { AppContext } from '../context.ts';
import { invalid, parseInput } from '../validation.ts';

export interface SaveAnswerInput {
  readonly traject: { readonly id: TrajectId; readonly editie: EditionId };
  readonly questionId: string;
  /** From the UI: parsed here. */
  readonly value: unknown;
  /** The answer as the UI last read it; absent for a first answer. */
  readonly previous?: { readonly revisie: number; readonly version: Version | undefined } | undefined;
}

/**
 * Builds the answer record (one per traject and question, so two people answering at once meet
 * as a conflict rather than as two answers) and hands it to the outbox.
 */
export async function saveAnswer(
  ctx: Pick<AppContext, 'outbox' | 'clock' | 'user' | 'edition'>,
  input: SaveAnswerInput,
): Promise<Answer> {
  const place = findQuestion(ctx.edition(input.traject.editie), input.questionId);
  if (place === undefined) {
    throw invalid('answer', `questionId: ${input.questionId} is not a question of ${input.traject.editie}`);
  }
  const expected = valueKindOf(place.question.input);
  if (expected === 'record') {
    throw invalid('answer', `questionId: ${input.questionId} is answered with records, not a value`);
  }
  const value = parseInput(AnswerValueSchema, input.value, 'answer');
  if (value.kind !== expected) {
    throw invalid('answer', `value.kind: expected ${expected}, got ${value.kind}`);
  }

  const id = antwoordId(input.traject.id, place.question.id);
  // The outbox may have stored newer revisions than the UI read; it corrects this again on sending.
  const stored = ctx.outbox.known('antwoord', id);
  const basis = Math.max(
    stored !== undefined && 'revisie' in stored ? stored.revisie : 0,
    input.previous?.revisie ?? 0,
  );
  const answer = parseInput(
    AnswerSchema,
    {
      id,
      trajectId: input.traject.id,
      questionId: place.question.id,
      value,
      auteur: ctx.user.upn,
      gewijzigd: ctx.clock.now().toISOString(),
      revisie: basis + 1,
    },
    'answer',
  );
  await ctx.outbox.enqueue(saveChange('antwoord', answer, input.previous?.version));
  return answer;
}
