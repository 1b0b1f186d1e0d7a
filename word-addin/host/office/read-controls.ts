/**
 * Reads every content control of the document in one sync: only id, tag, text, placeholder and the
 * edit lock. WordApi 1.3 has no "showing placeholder" flag, so the placeholder text is read to tell
 * an empty control from one that holds text.
 */
import { runWord } from './run.ts';
import type { WordContentControl, WordRunner } from './word-api.ts';

/** A content control as the pane sees it. */
export interface ControlSnapshot {
  readonly id: number;
  readonly tag: string;
  /** Word's text: paragraphs separated by "\r" (or "\n"), the placeholder while it shows one. */
  readonly text: string;
  readonly placeholderText: string;
  readonly cannotEdit: boolean;
}

/** What `load` asks for; titles come from the content, so they are not read. */
export const SNAPSHOT_PROPERTIES = 'id,tag,text,placeholderText,cannotEdit';

export function snapshotOf(control: WordContentControl): ControlSnapshot {
  return {
    id: control.id,
    tag: control.tag,
    text: control.text,
    placeholderText: control.placeholderText,
    cannotEdit: control.cannotEdit,
  };
}

export function readControls(word: WordRunner): Promise<ControlSnapshot[]> {
  return runWord(word, async (context) => {
    const controls = context.document.contentControls;
    controls.load(SNAPSHOT_PROPERTIES);
    await context.sync();
    return controls.items.map(snapshotOf);
  });
}
