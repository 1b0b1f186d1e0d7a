/**
 * What the document held when the pane last filled it or saved from it, in this session. It tells a
 * person's edit in Word apart from an answer that changed in Teams since: only the first is written
 * back, and its save is based on the answer version the document was filled from, so a change made
 * in Teams in between surfaces as a conflict instead of being overwritten.
 */
import type { Version } from '../../../shared/domain/ids.ts';

export interface AnswerBase {
  readonly revisie: number;
  readonly version: Version | undefined;
}

export class Baseline {
  /** Control id → the text Kompas wrote into it or saved from it. */
  readonly texts = new Map<number, string>();
  /** Question id → the stored answer the document was filled from. */
  readonly answers = new Map<string, AnswerBase>();

  clear(): void {
    this.texts.clear();
    this.answers.clear();
  }
}
