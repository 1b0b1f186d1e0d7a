/** `Word.run` with Office's rejections turned into WordError, so callers handle one error type. */
import { toWordError } from './errors.ts';
import type { WordRequestContext, WordRunner } from './word-api.ts';

export async function runWord<T>(
  word: WordRunner,
  batch: (context: WordRequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await word.run(batch);
  } catch (error) {
    throw toWordError(error);
  }
}
