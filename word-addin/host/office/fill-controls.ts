/**
 * Writes into content controls in one `Word.run` with at most two syncs, however many controls the
 * document holds: one to read them, one to write. What to write is decided by the caller from
 * what was read, so the plan always matches the document as it is now.
 */
import { runWord } from './run.ts';
import { snapshotOf, SNAPSHOT_PROPERTIES, type ControlSnapshot } from './read-controls.ts';
import type { WordContentControl, WordRunner } from './word-api.ts';

export type ControlWrite =
  /** Plain text with "\n" between paragraphs (`insertText`, never HTML). */
  | { readonly kind: 'text'; readonly id: number; readonly text: string; readonly tag?: string }
  /** A Flat OPC package for structured, locked content (tables of records). */
  | { readonly kind: 'ooxml'; readonly id: number; readonly ooxml: string; readonly tag?: string };

export interface WritePlan {
  readonly writes: readonly ControlWrite[];
}

export interface FillResult<P extends WritePlan> {
  readonly plan: P;
  /** The controls as read before writing. */
  readonly controls: readonly ControlSnapshot[];
}

function write(control: WordContentControl, w: ControlWrite): void {
  // A locked control takes no edits, not even ours: unlock, write, lock again, all in this batch.
  const locked = control.cannotEdit;
  if (locked) control.cannotEdit = false;
  if (w.kind === 'text') control.insertText(w.text, 'Replace');
  else control.insertOoxml(w.ooxml, 'Replace');
  if (locked) control.cannotEdit = true;
  if (w.tag !== undefined && w.tag !== control.tag) control.tag = w.tag;
}

export function fillControls<P extends WritePlan>(
  word: WordRunner,
  plan: (controls: readonly ControlSnapshot[]) => P,
): Promise<FillResult<P>> {
  return runWord(word, async (context) => {
    const collection = context.document.contentControls;
    collection.load(SNAPSHOT_PROPERTIES);
    await context.sync();
    const controls = collection.items.map(snapshotOf);
    const decided = plan(controls);
    if (decided.writes.length > 0) {
      const byId = new Map(collection.items.map((c) => [c.id, c]));
      for (const w of decided.writes) {
        const control = byId.get(w.id);
        if (control !== undefined) write(control, w);
      }
      await context.sync();
    }
    return { plan: decided, controls };
  });
}
