/**
 * A small, host-independent document model: what `renderKompas` produces and the OOXML writer
 * consumes. It knows nothing of WordprocessingML, so another writer (HTML preview) can reuse it.
 */
import type { GuidanceKind } from '../content/schema.ts';

export interface TextRun {
  readonly type: 'text';
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** A hyperlink showing its title; `url` is http(s) (the content schema guarantees it). */
export interface LinkRun {
  readonly type: 'link';
  readonly text: string;
  readonly url: string;
}

export type Run = TextRun | LinkRun;

export type HeadingLevel = 1 | 2 | 3;

export interface Heading {
  readonly type: 'heading';
  readonly level: HeadingLevel;
  readonly text: string;
}

export interface Paragraph {
  readonly type: 'paragraph';
  readonly runs: readonly Run[];
}

export interface BulletList {
  readonly type: 'bullets';
  readonly items: readonly (readonly Run[])[];
}

/** Guidance kinds of the content, plus a cross-reference showing another question's answer. */
export type NoteKind = GuidanceKind | 'verwijzing';

/** A styled note. The label carries the meaning in words, so nothing depends on colour alone. */
export interface Note {
  readonly type: 'note';
  readonly kind: NoteKind;
  /** "Tip", "Let op!" …; absent for unlabelled help (`info`). */
  readonly label?: string;
  readonly blocks: readonly (Paragraph | BulletList)[];
}

export interface TableColumn {
  readonly header: string;
  /** Relative width; the writer scales the weights to the available width. */
  readonly weight: number;
}

export interface TableCell<B> {
  readonly blocks: readonly B[];
}

/** A table with one header row (repeated on each page). */
export interface Table<B = CellBlock> {
  readonly type: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell<B>[])[];
}

/** What a cell of a table outside a content control may hold. */
export type CellBlock = Paragraph | BulletList | ContentControl;

/** What a content control may hold: no nested controls, so every answer has exactly one control. */
export type ControlBlock = Paragraph | BulletList | Table<Paragraph | BulletList>;

export interface ControlLocks {
  /** The contents cannot be edited (record-based and structured answers). */
  readonly contentLocked: boolean;
  /** The control cannot be deleted, so its tag survives editing. */
  readonly controlLocked: boolean;
}

/** A block-level content control holding one answer (or one field of it). */
export interface ContentControl {
  readonly type: 'control';
  /** `kompas:<trajectId | blanco>:<questionId>[#<fieldId>]`, see `formatTag`. */
  readonly tag: string;
  /** Shown on the control's border; Word shows at most 64 characters. */
  readonly title: string;
  /** Shown, and marked as placeholder, while `value` is empty. */
  readonly placeholder: string;
  readonly value: readonly ControlBlock[];
  readonly locks: ControlLocks;
}

export type Block = Heading | Paragraph | BulletList | Note | ContentControl | Table;

export interface DocumentMeta {
  /** The document's title: traject name and edition. */
  readonly title: string;
  /** What was rendered: the kompas, a bouwsteen or a sheet. */
  readonly subject: string;
  readonly language: 'nl-NL';
}

export interface KompasDocument {
  readonly meta: DocumentMeta;
  readonly blocks: readonly Block[];
}

export function textRun(text: string, style: { bold?: boolean; italic?: boolean } = {}): TextRun {
  return {
    type: 'text',
    text,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
  };
}

export function paragraph(...runs: readonly (Run | string)[]): Paragraph {
  return { type: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? textRun(r) : r)) };
}

export function cell<B>(...blocks: readonly B[]): TableCell<B> {
  return { blocks };
}
