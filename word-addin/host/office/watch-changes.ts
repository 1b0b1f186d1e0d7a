/**
 * WordApi 1.5 only: tells the pane when someone edits or deletes one of the Kompas controls, so it
 * can suggest checking for changes. A hint, never the source of truth: platforms differ in which
 * events they raise, so writing back always reads the document first.
 */
import { parseTag } from '../../../shared/document/answer-text.ts';
import { runWord } from './run.ts';
import type { WordRunner } from './word-api.ts';

/** Registers the handlers; returns how many controls are watched (two syncs). */
export function watchControlChanges(word: WordRunner, onChange: () => void): Promise<number> {
  return runWord(word, async (context) => {
    const controls = context.document.contentControls;
    controls.load('id,tag');
    await context.sync();
    const handler = () => {
      onChange();
      return Promise.resolve();
    };
    let watched = 0;
    for (const control of controls.items) {
      if (parseTag(control.tag) === undefined) continue;
      control.onDataChanged?.add(handler);
      control.onDeleted?.add(handler);
      watched++;
    }
    await context.sync();
    return watched;
  });
}
