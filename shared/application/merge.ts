/**
 * A combination of mine and theirs to offer when two people edited the same answer. Only a
 * suggestion: the person sees both and chooses. There is no common ancestor to diff against,
 * so where both sides changed the same piece, mine wins and theirs stays visible beside it.
 */
import type { AnswerValue, ListEntry } from '../domain/answer.ts';
import type { Answer, Stored } from '../domain/model.ts';
import type { AnyEntity, Change } from './changes.ts';

/** Both texts, unless one already contains the other (someone only added to it). */
export function mergeText(theirs: string, mine: string): string {
  if (mine.includes(theirs)) return mine;
  if (theirs.includes(mine)) return theirs;
  return `${theirs.trimEnd()}\n\n${mine.trimStart()}`;
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
