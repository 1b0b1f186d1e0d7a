/**
 * A combination of mine and theirs to offer when two people edited the same answer. Only a
 * suggestion: the person sees both and chooses. There is no common ancestor to diff against:
 * texts are combined by their lines, keeping the lines both have once and each side's own lines
 * in place, so what neither changed is not repeated; where both changed the same piece, theirs
 * stands before mine.
 */
import type { AnswerValue, ListEntry } from '../domain/answer.ts';
import type { Answer, Stored } from '../domain/model.ts';
import type { AnyEntity, Change } from './changes.ts';

/** Beyond this many line pairs the comparison costs too much for a suggestion: both texts are offered whole. */
const MAX_LINE_PAIRS = 250_000;

/** A blank line matches almost anywhere; a line with text is what anchors the two versions. */
function weight(line: string): number {
  return line.trim() === '' ? 1 : 1000;
}

/** The lines both texts have, in order, as index pairs (a common subsequence heaviest in text lines). */
function commonLines(a: readonly string[], b: readonly string[]): [number, number][] {
  const width = b.length + 1;
  // best[i * width + j]: the heaviest common subsequence of a[i..] and b[j..].
  const best = new Float64Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const line = a[i] as string;
      best[i * width + j] =
        line === b[j]
          ? weight(line) + (best[(i + 1) * width + j + 1] as number)
          : Math.max(best[(i + 1) * width + j] as number, best[i * width + j + 1] as number);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((best[(i + 1) * width + j] as number) >= (best[i * width + j + 1] as number)) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** The two texts combined line by line; undefined when they share no line with text. */
function mergeLines(theirs: string, mine: string): string | undefined {
  const a = theirs.split('\n');
  const b = mine.split('\n');
  if (a.length * b.length > MAX_LINE_PAIRS) return undefined;
  const pairs = commonLines(a, b);
  if (!pairs.some(([i]) => weight(a[i] as string) > 1)) return undefined;
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  for (const [ci, cj] of [...pairs, [a.length, b.length] as const]) {
    lines.push(...a.slice(i, ci), ...b.slice(j, cj));
    if (ci < a.length) lines.push(a[ci] as string);
    i = ci + 1;
    j = cj + 1;
  }
  return lines.join('\n');
}

/**
 * Both texts, unless one already contains the other (someone only added to it); the lines they
 * share appear once. Without a shared line, theirs then mine, as paragraphs.
 */
export function mergeText(theirs: string, mine: string): string {
  if (mine.includes(theirs)) return mine;
  if (theirs.includes(mine)) return theirs;
  return mergeLines(theirs, mine) ?? `${theirs.trimEnd()}\n\n${mine.trimStart()}`;
}

/** Union by entry id, in theirs' order, then the entries only mine has. */
export function mergeList(theirs: readonly ListEntry[], mine: readonly ListEntry[]): ListEntry[] {
  const mineById = new Map(mine.map((e) => [e.id, e]));
  const theirIds = new Set(theirs.map((e) => e.id));
  return [...theirs.map((e) => mineById.get(e.id) ?? e), ...mine.filter((e) => !theirIds.has(e.id))];
}

function mergeFields(
  theirs: Readonly<Record<string, string>>,
  mine: Readonly<Record<string, string>>,
): Record<string, string> {
  const merged: Record<string, string> = { ...theirs };
  for (const [field, text] of Object.entries(mine)) {
    const their = theirs[field];
    merged[field] = their === undefined ? text : mergeText(their, text);
  }
  return merged;
}

/** Undefined when these kinds of value cannot be combined (grades, tables, choices …). */
export function mergeValues(theirs: AnswerValue, mine: AnswerValue): AnswerValue | undefined {
  if (theirs.kind === 'text' && mine.kind === 'text') {
    return { kind: 'text', text: mergeText(theirs.text, mine.text) };
  }
  if (theirs.kind === 'list' && mine.kind === 'list') {
    return { kind: 'list', items: mergeList(theirs.items, mine.items) };
  }
  if (theirs.kind === 'fields' && mine.kind === 'fields') {
    return { kind: 'fields', fields: mergeFields(theirs.fields, mine.fields) };
  }
  return undefined;
}

function isAnswer(record: AnyEntity): record is Answer {
  return 'questionId' in record && 'revisie' in record;
}

/** The merged answer to offer for a conflict, or undefined when the kind does not allow one. */
export function suggestMerge(mine: Change, theirs: Stored<AnyEntity> | undefined): Answer | undefined {
  if (mine.op !== 'save' || mine.kind !== 'antwoord' || theirs === undefined || !isAnswer(theirs)) {
    return undefined;
  }
  const value = mergeValues(theirs.value, mine.entity.value);
  if (value === undefined) return undefined;
  return { ...mine.entity, value, revisie: theirs.revisie + 1 };
}
