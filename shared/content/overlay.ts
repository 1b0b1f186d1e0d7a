/**
 * Editions are one base plus an overlay. Question ids come from the base, so a traject that
 * switches edition keeps every answer; an overlay only adds or rewords what its edition says.
 */
import type { BouwsteenId, BouwsteenInput, GuidanceInput, SheetInput, SheetItemInput } from './schema.ts';

/** A question or sheet id to insert after, or `'start'` / `'end'`. */
type Position = string;

export type OverlayOp =
  /** Guidance beside a question (question id) or as a free-standing item at the end of a sheet (sheet id). */
  | { op: 'addGuidance'; to: string; guidance: GuidanceInput; at?: 'start' | 'end' }
  | { op: 'setPrompt'; question: string; prompt: string }
  | { op: 'setHelp'; question: string; help: string[] }
  /** Insert items into a sheet after a question (by id), or at its start or end (`'start'`, `'end'`). */
  | { op: 'insertItems'; sheet: string; after: Position; items: SheetItemInput[] }
  | { op: 'replaceItem'; id: string; item: SheetItemInput }
  | { op: 'removeItems'; ids: string[] }
  | { op: 'setResultaat'; bouwsteen: BouwsteenId; resultaat: NonNullable<BouwsteenInput['resultaat']> }
  | { op: 'addSheet'; bouwsteen: BouwsteenId; after: Position; sheet: SheetInput }
  | { op: 'addBouwsteenItems'; bouwsteen: BouwsteenId; where: 'intro' | 'vooraf'; items: SheetItemInput[] };

export interface EditionOverlay {
  readonly id: 'sgg' | 'algemeen' | 'kwaliteitsmodel';
  readonly version: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly publisher: string;
  readonly sources: readonly string[];
  readonly intro?: readonly SheetItemInput[];
  readonly ops: readonly OverlayOp[];
  /** Replaces the base's bouwstenen entirely (the 6-step kwaliteitsmodel), reusing base question ids. */
  readonly bouwstenen?: readonly BouwsteenInput[];
  readonly stepMapping?: readonly { step: number; title: string; bouwsteen: BouwsteenId }[];
}

export class OverlayError extends Error {
  constructor(edition: string, op: OverlayOp, reason: string) {
    super(`overlay ${edition}: ${op.op} ${JSON.stringify(targetOf(op))}: ${reason}`);
    this.name = 'OverlayError';
  }
}

function targetOf(op: OverlayOp): string {
  switch (op.op) {
    case 'addGuidance':
      return op.to;
    case 'setPrompt':
    case 'setHelp':
      return op.question;
    case 'insertItems':
      return `${op.sheet}@${op.after}`;
    case 'replaceItem':
      return op.id;
    case 'removeItems':
      return op.ids.join(',');
    case 'setResultaat':
    case 'addSheet':
    case 'addBouwsteenItems':
      return op.bouwsteen;
  }
}

type MutableItems = SheetItemInput[];

/** Every item list in a bouwsteen (intro, vooraf, each sheet) so ops can find a question wherever it stands. */
function itemLists(b: BouwsteenInput): MutableItems[] {
  return [b.intro ?? [], b.vooraf ?? [], ...b.sheets.map((s) => s.items)] as MutableItems[];
}

function findQuestion(
  bouwstenen: BouwsteenInput[],
  id: string,
): { list: MutableItems; index: number } | undefined {
  for (const b of bouwstenen) {
    for (const list of itemLists(b)) {
      const index = list.findIndex((item) => item.type === 'question' && item.id === id);
      if (index >= 0) return { list, index };
    }
  }
  return undefined;
}

function findSheet(bouwstenen: BouwsteenInput[], id: string): SheetInput | undefined {
  for (const b of bouwstenen) {
    const sheet = b.sheets.find((s) => s.id === id);
    if (sheet) return sheet;
  }
  return undefined;
}

/** Applies an overlay to a deep copy of the base. Throws OverlayError when a target does not exist. */
export function applyOverlay(base: readonly BouwsteenInput[], overlay: EditionOverlay): BouwsteenInput[] {
  // Content is plain JSON-shaped data, so a JSON round trip is a faithful deep copy.
  const bouwstenen = JSON.parse(JSON.stringify(overlay.bouwstenen ?? base)) as BouwsteenInput[];
  const fail = (op: OverlayOp, reason: string): never => {
    throw new OverlayError(overlay.id, op, reason);
  };
  const bouwsteen = (op: OverlayOp, id: BouwsteenId): BouwsteenInput =>
    bouwstenen.find((b) => b.id === id) ?? fail(op, 'no such bouwsteen');

  for (const op of overlay.ops) {
    switch (op.op) {
      case 'addGuidance': {
        const found = findQuestion(bouwstenen, op.to);
        if (found) {
          const q = found.list[found.index];
          if (q?.type !== 'question') return fail(op, 'not a question');
          const guidance = [...(q.guidance ?? [])];
          if (op.at === 'start') guidance.unshift(op.guidance);
          else guidance.push(op.guidance);
          found.list[found.index] = { ...q, guidance };
          break;
        }
        const sheet = findSheet(bouwstenen, op.to) ?? fail(op, 'no such question or sheet');
        const item: SheetItemInput = { type: 'guidance', guidance: op.guidance };
        if (op.at === 'start') sheet.items.unshift(item);
        else sheet.items.push(item);
        break;
      }
      case 'setPrompt':
      case 'setHelp': {
        const found = findQuestion(bouwstenen, op.question) ?? fail(op, 'no such question');
        const q = found.list[found.index];
        if (q?.type !== 'question') return fail(op, 'not a question');
        found.list[found.index] =
          op.op === 'setPrompt' ? { ...q, prompt: op.prompt } : { ...q, help: op.help };
        break;
      }
      case 'insertItems': {
        const sheet = findSheet(bouwstenen, op.sheet) ?? fail(op, 'no such sheet');
        if (op.after === 'start') sheet.items.unshift(...op.items);
        else if (op.after === 'end') sheet.items.push(...op.items);
        else {
          const index = sheet.items.findIndex((item) => item.type === 'question' && item.id === op.after);
          if (index < 0) fail(op, 'no such question on that sheet');
          sheet.items.splice(index + 1, 0, ...op.items);
        }
        break;
      }
      case 'replaceItem': {
        const found = findQuestion(bouwstenen, op.id) ?? fail(op, 'no such question');
        found.list[found.index] = op.item;
        break;
      }
      case 'removeItems': {
        for (const id of op.ids) {
          const found = findQuestion(bouwstenen, id) ?? fail(op, `no such question ${id}`);
          found.list.splice(found.index, 1);
        }
        break;
      }
      case 'setResultaat':
        bouwsteen(op, op.bouwsteen).resultaat = op.resultaat;
        break;
      case 'addSheet': {
        const b = bouwsteen(op, op.bouwsteen);
        if (op.after === 'start') b.sheets.unshift(op.sheet);
        else if (op.after === 'end') b.sheets.push(op.sheet);
        else {
          const index = b.sheets.findIndex((s) => s.id === op.after);
          if (index < 0) fail(op, 'no such sheet');
          b.sheets.splice(index + 1, 0, op.sheet);
        }
        break;
      }
      case 'addBouwsteenItems': {
        const b = bouwsteen(op, op.bouwsteen);
        b[op.where] = [...(b[op.where] ?? []), ...op.items];
        break;
      }
    }
  }
  return bouwstenen;
}
