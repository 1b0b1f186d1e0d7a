/**
 * Inserts a rendered template (Flat OPC) at the cursor in one `Word.run` with two syncs, whatever
 * its size: read the selection, insert, read back the inserted controls' tags.
 */
import { parseTag } from '../../../shared/document/answer-text.ts';
import { runWord } from './run.ts';
import type { InsertLocation, WordRunner } from './word-api.ts';

export interface InsertedControl {
  readonly id: number;
  readonly tag: string;
}

export interface InsertResult {
  /** `Replace` at an insertion point; `After` when text was selected or the cursor was in one of our controls. */
  readonly location: InsertLocation;
  /** Whether the cursor stood in a Kompas control, so the template went after it instead of inside. */
  readonly movedOutOfControl: boolean;
  readonly controls: readonly InsertedControl[];
}

export function insertTemplate(word: WordRunner, flatOpc: string): Promise<InsertResult> {
  return runWord(word, async (context) => {
    const selection = context.document.getSelection();
    selection.load('text');
    const parent = selection.parentContentControlOrNullObject;
    parent.load('tag');
    await context.sync();

    // Never inside one of our controls (an answer must not hold another bouwsteen) and never over
    // selected text: what the person wrote or selected stays.
    const insideKompas = !parent.isNullObject && parseTag(parent.tag) !== undefined;
    const target = insideKompas ? parent.getRange('Whole') : selection;
    const location: InsertLocation = insideKompas || selection.text !== '' ? 'After' : 'Replace';
    const inserted = target.insertOoxml(flatOpc, location);
    const controls = inserted.contentControls;
    controls.load('id,tag');
    await context.sync();
    return {
      location,
      movedOutOfControl: insideKompas,
      controls: controls.items.map((c) => ({ id: c.id, tag: c.tag })),
    };
  });
}
