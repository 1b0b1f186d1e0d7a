/** What the person can insert: the whole kompas, a bouwsteen or one sheet, as the values of one select. */
import type { Edition } from '../../../shared/content/schema.ts';
import type { DocumentSelection } from '../../../shared/document/render.ts';

export type SelectionValue = 'kompas' | `bouwsteen:${string}` | `sheet:${string}`;

export function selectionValue(selection: DocumentSelection): SelectionValue {
  switch (selection.kind) {
    case 'kompas':
      return 'kompas';
    case 'bouwsteen':
      return `bouwsteen:${selection.id}`;
    case 'sheet':
      return `sheet:${selection.id}`;
  }
}

/** A select's value as ours; anything else (it cannot happen with our options) means the whole kompas. */
export function asSelectionValue(value: string): SelectionValue {
  if (value.startsWith('bouwsteen:')) return `bouwsteen:${value.slice('bouwsteen:'.length)}`;
  if (value.startsWith('sheet:')) return `sheet:${value.slice('sheet:'.length)}`;
  return 'kompas';
}

/** The selection a value stands for in this edition; undefined when the edition has no such part. */
export function parseSelection(value: string, edition: Edition): DocumentSelection | undefined {
  if (value === 'kompas') return { kind: 'kompas' };
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (kind === 'bouwsteen') {
    const b = edition.bouwstenen.find((x) => x.id === id);
    return b === undefined ? undefined : { kind: 'bouwsteen', id: b.id };
  }
  if (kind === 'sheet') {
    const found = edition.bouwstenen.some((b) => b.sheets.some((s) => s.id === id));
    return found ? { kind: 'sheet', id } : undefined;
  }
  return undefined;
}

/** A file name Windows, macOS and SharePoint accept, from a Dutch title. */
export function docxFileName(title: string): string {
  const printable = [...title].map((c) => ((c.codePointAt(0) ?? 0) < 32 ? ' ' : c)).join('');
  const clean = printable
    .replace(/\s*:\s*/g, ' - ')
    .replace(/[\\/*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[-. ]+$/, '');
  return `${clean === '' ? 'Kompas' : clean}.docx`;
}
