/**
 * The Kompas content controls of a document and what is wrong with them: the same answer twice
 * (copy and paste), answers of a building block that were deleted, or controls of another traject.
 */
import { questionsOfBouwsteen } from '../../../shared/content/queries.ts';
import type { Edition, Question } from '../../../shared/content/schema.ts';
import { BLANK_OWNER, fieldsOf, parseTag, type KompasTag } from '../../../shared/document/answer-text.ts';
import type {
  Block,
  ContentControl,
  ControlBlock,
  KompasDocument,
} from '../../../shared/document/document-model.ts';
import { documentStrings } from '../../../shared/document/strings.ts';
import type { ControlSnapshot } from '../../host/office/read-controls.ts';

/** A question's control, or one field's: `2.ambitie`, `4.kwaliteit#doelen`. */
export type ControlKey = string;

export function keyOf(tag: Pick<KompasTag, 'question' | 'field'>): ControlKey {
  return tag.field === undefined ? tag.question : `${tag.question}#${tag.field}`;
}

export interface KompasSnapshot extends ControlSnapshot {
  readonly parsed: KompasTag;
  readonly key: ControlKey;
}

/** Our controls, in document order; a municipality's own controls are left alone. */
export function kompasControls(controls: readonly ControlSnapshot[]): KompasSnapshot[] {
  return controls.flatMap((c) => {
    const parsed = parseTag(c.tag);
    return parsed === undefined ? [] : [{ ...c, parsed, key: keyOf(parsed) }];
  });
}

/** Where controls belong together: a sheet, or a bouwsteen's introduction and questions beforehand. */
export interface Unit {
  readonly id: string;
  readonly title: string;
  readonly keys: readonly ControlKey[];
}

export interface ControlInfo {
  readonly key: ControlKey;
  readonly question: Question;
  readonly field: string | undefined;
  /** "Ambitie" or "Vraag: Veld", for the pane (the document's own titles may be shortened). */
  readonly title: string;
  readonly unit: Unit;
}

/** The controls a question renders: one, or one per field (see `renderKompas`). */
export function controlsOfQuestion(
  question: Question,
): { key: ControlKey; field: string | undefined; title: string }[] {
  const fields = fieldsOf(question);
  if (fields === undefined) return [{ key: question.id, field: undefined, title: question.shortLabel }];
  return fields.map((f) => ({
    key: keyOf({ question: question.id, field: f.id }),
    field: f.id,
    title: `${question.shortLabel}: ${f.label}`,
  }));
}

const catalogs = new WeakMap<Edition, ReadonlyMap<ControlKey, ControlInfo>>();

/** Every control an edition can put in a document, with its unit. */
export function controlCatalog(edition: Edition): ReadonlyMap<ControlKey, ControlInfo> {
  const cached = catalogs.get(edition);
  if (cached !== undefined) return cached;
  const s = documentStrings.nl;
  const catalog = new Map<ControlKey, ControlInfo>();
  for (const bouwsteen of edition.bouwstenen) {
    const heading = s.bouwsteenHeading(s.bouwsteenLabel(bouwsteen.id), bouwsteen.title);
    const byUnit = new Map<
      string,
      {
        title: string;
        entries: { question: Question; key: ControlKey; field: string | undefined; title: string }[];
      }
    >();
    for (const place of questionsOfBouwsteen(bouwsteen)) {
      const unitId = place.sheet?.id ?? `${bouwsteen.id}/vooraf`;
      // The sheet's own title; questions before the sheets go by the bouwsteen's heading.
      const unitTitle = place.sheet === undefined ? heading : place.sheet.title;
      let unit = byUnit.get(unitId);
      if (unit === undefined) {
        unit = { title: unitTitle, entries: [] };
        byUnit.set(unitId, unit);
      }
      for (const c of controlsOfQuestion(place.question))
        unit.entries.push({ question: place.question, ...c });
    }
    for (const [id, { title, entries }] of byUnit) {
      const unit: Unit = { id, title, keys: entries.map((e) => e.key) };
      for (const e of entries)
        catalog.set(e.key, { key: e.key, question: e.question, field: e.field, title: e.title, unit });
    }
  }
  catalogs.set(edition, catalog);
  return catalog;
}

/** Every content control of a rendered document, by tag, tables included. */
export function controlsOfDocument(doc: KompasDocument): Map<string, ContentControl> {
  const found = new Map<string, ContentControl>();
  const visit = (blocks: readonly (Block | ControlBlock)[]) => {
    for (const b of blocks) {
      if (b.type === 'control') found.set(b.tag, b);
      else if (b.type === 'table') for (const row of b.rows) for (const cell of row) visit(cell.blocks);
    }
  };
  visit(doc.blocks);
  return found;
}

export type ControlIssue =
  /** The same answer stands more than once (copied); `differ` when the copies were edited apart. */
  | {
      readonly kind: 'duplicate';
      readonly key: ControlKey;
      readonly title: string;
      readonly ids: readonly number[];
      readonly differ: boolean;
    }
  /** A control of an inserted sheet is gone; `near` is a control of the same sheet to go to. */
  | {
      readonly kind: 'missing';
      readonly key: ControlKey;
      readonly title: string;
      readonly unit: string;
      readonly near: number | undefined;
    }
  /** Controls filled from another traject: never written back to this one. */
  | {
      readonly kind: 'otherTraject';
      readonly key: ControlKey;
      readonly title: string;
      readonly ids: readonly number[];
    }
  /** A tag this edition does not know (another edition, or a tag edited by hand). */
  | { readonly kind: 'unknownQuestion'; readonly tag: string; readonly ids: readonly number[] };

/** Whether the control shows its placeholder (ours, or the one Word shows in a control emptied by hand). */
export function showsPlaceholder(snapshot: Pick<ControlSnapshot, 'text' | 'placeholderText'>): boolean {
  const text = snapshot.text.trim();
  return text === '' || text === documentStrings.nl.noAnswer || text === snapshot.placeholderText.trim();
}

/** Word's text with line ends as "\n", the placeholder as empty, and no trailing empty paragraphs. */
export function wordText(snapshot: Pick<ControlSnapshot, 'text' | 'placeholderText'>): string {
  if (showsPlaceholder(snapshot)) return '';
  // Word separates paragraphs with "\r" and line breaks with a vertical tab.
  return snapshot.text.replace(/\r\n?|\v/g, '\n').replace(/\n+$/, '');
}

/** Same answer text, ignoring how Word ends lines and blank lines between paragraphs. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/\r\n?|\v/g, '\n')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join('\n');
  return norm(a) === norm(b);
}

/**
 * What is wrong with the document's Kompas controls for this traject (or, without one, for blank
 * templates). Missing controls are looked for per sheet that is in the document at all, so
 * inserting one sheet never reports the rest of the kompas as missing.
 */
export function findIssues(args: {
  readonly edition: Edition;
  readonly controls: readonly ControlSnapshot[];
  readonly trajectId: string | undefined;
}): ControlIssue[] {
  const catalog = controlCatalog(args.edition);
  const issues: ControlIssue[] = [];
  const ours = kompasControls(args.controls);
  const mine = (c: KompasSnapshot) => c.parsed.owner === BLANK_OWNER || c.parsed.owner === args.trajectId;

  const unknown = new Map<string, number[]>();
  const foreign = new Map<ControlKey, number[]>();
  const byKey = new Map<ControlKey, KompasSnapshot[]>();
  for (const c of ours) {
    if (!catalog.has(c.key)) {
      unknown.set(c.tag, [...(unknown.get(c.tag) ?? []), c.id]);
    } else if (args.trajectId !== undefined && !mine(c)) {
      foreign.set(c.key, [...(foreign.get(c.key) ?? []), c.id]);
    } else {
      byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
    }
  }

  for (const [key, copies] of byKey) {
    if (copies.length < 2) continue;
    const first = copies[0];
    issues.push({
      kind: 'duplicate',
      key,
      title: catalog.get(key)?.title ?? key,
      ids: copies.map((c) => c.id),
      differ: first !== undefined && copies.some((c) => !sameText(wordText(c), wordText(first))),
    });
  }

  const units = new Map<string, { unit: Unit; near: number }>();
  for (const [key, copies] of byKey) {
    const info = catalog.get(key);
    const first = copies[0];
    if (info !== undefined && first !== undefined && !units.has(info.unit.id)) {
      units.set(info.unit.id, { unit: info.unit, near: first.id });
    }
  }
  for (const { unit, near } of units.values()) {
    for (const key of unit.keys) {
      if (byKey.has(key)) continue;
      issues.push({ kind: 'missing', key, title: catalog.get(key)?.title ?? key, unit: unit.title, near });
    }
  }

  for (const [key, ids] of foreign) {
    issues.push({ kind: 'otherTraject', key, title: catalog.get(key)?.title ?? key, ids });
  }
  for (const [tag, ids] of unknown) issues.push({ kind: 'unknownQuestion', tag, ids });
  return issues;
}
