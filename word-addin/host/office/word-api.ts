/**
 * The part of the Word JavaScript API Kompas uses, declared here because Office.js is a global from
 * Microsoft's CDN, not an npm package. Everything is WordApi 1.3 or older (perpetual/LTSC Office),
 * except the change events (WordApi 1.5), which callers use only when the capability port says so.
 * The real `Word` global satisfies these shapes; tests run the same code on a hand-written fake.
 */

/** `Word.InsertLocation` for `Range.insertOoxml`. */
export type InsertLocation = 'Replace' | 'Start' | 'End' | 'Before' | 'After';
/** `Word.InsertLocation` values `ContentControl.insertText` accepts. */
export type TextLocation = 'Replace' | 'Start' | 'End';
/** `Word.RangeLocation` (WordApi 1.3). */
export type RangeLocation = 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content';

/** A proxy object: its properties hold values only after `load` and `context.sync()`. */
export interface Loadable {
  /** Comma-separated property names, as Office.js takes them. */
  load(propertyNames: string): this;
}

export interface WordRange extends Loadable {
  readonly text: string;
  readonly contentControls: WordContentControlCollection;
  /** WordApi 1.3; `isNullObject` after a sync when the range is not in a content control. */
  readonly parentContentControlOrNullObject: WordContentControl;
  insertOoxml(ooxml: string, location: InsertLocation): WordRange;
  select(): void;
}

export interface WordEventSource<A> {
  add(handler: (args: A) => Promise<unknown>): unknown;
}

/** What `onDataChanged` and `onDeleted` pass (WordApi 1.5). */
export interface ContentControlEventArgs {
  readonly ids?: readonly number[];
}

export interface WordContentControl extends Loadable {
  readonly id: number;
  tag: string;
  title: string;
  readonly text: string;
  /** Shown while the control is empty (WordApi 1.1). */
  readonly placeholderText: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  readonly isNullObject: boolean;
  insertText(text: string, location: TextLocation): WordRange;
  insertOoxml(ooxml: string, location: TextLocation): WordRange;
  /** WordApi 1.3. */
  getRange(location?: RangeLocation): WordRange;
  /** WordApi 1.5: check the capability port first. */
  readonly onDataChanged?: WordEventSource<ContentControlEventArgs> | undefined;
  readonly onDeleted?: WordEventSource<ContentControlEventArgs> | undefined;
}

export interface WordContentControlCollection extends Loadable {
  readonly items: readonly WordContentControl[];
  /** Throws ItemNotFound on sync when no control has this id. */
  getById(id: number): WordContentControl;
}

export interface WordDocument {
  readonly contentControls: WordContentControlCollection;
  getSelection(): WordRange;
}

export interface WordRequestContext {
  readonly document: WordDocument;
  sync(): Promise<void>;
}

/** `Word.run`: one batch against the document, with as few `context.sync()` round trips as we can. */
export interface WordRunner {
  run<T>(batch: (context: WordRequestContext) => Promise<T>): Promise<T>;
}

/** `Office.context.requirements`. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}
