/** Shows a content control to the person: selects its whole range (WordApi 1.3), one sync. */
import { runWord } from './run.ts';
import type { WordRunner } from './word-api.ts';

export function selectControl(word: WordRunner, id: number): Promise<void> {
  return runWord(word, async (context) => {
    context.document.contentControls.getById(id).getRange('Whole').select();
    await context.sync();
  });
}
