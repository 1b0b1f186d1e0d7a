/** How one record's unsaved change is written to the PendingStore, and read back after a reload. */
import { z } from 'zod';
import { TrajectIdSchema, VersionSchema, type Version } from '../domain/ids.ts';
import { entityKinds } from '../domain/model.ts';
import { issueLines, keyOfChange, parseEntity, saveChange, type AnyEntity, type Change } from './changes.ts';

/**
 * A request whose outcome is unknown (the connection dropped, the tab closed mid-save): it may be
 * stored. Kept so that finding it in the store later reads as our own write, not someone else's.
 */
export type InDoubt = { readonly op: 'save'; readonly entity: AnyEntity } | { readonly op: 'remove' };

export interface PendingEntryData {
  readonly key: string;
  /** Order of first enqueue, so records are sent first come, first served. */
  readonly seq: number;
  readonly change: Change;
  readonly base: Version | undefined;
  readonly inDoubt: readonly InDoubt[];
}

const kind = z.enum(entityKinds);
const PersistedSchema = z.strictObject({
  format: z.literal(1),
  seq: z.number().int().nonnegative(),
  change: z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('save'), kind, entity: z.unknown() }),
    z.strictObject({ op: z.literal('remove'), kind, id: z.string().min(1), trajectId: TrajectIdSchema }),
  ]),
  base: VersionSchema.optional(),
  inDoubt: z
    .array(
      z.discriminatedUnion('op', [
        z.strictObject({ op: z.literal('save'), entity: z.unknown() }),
        z.strictObject({ op: z.literal('remove') }),
      ]),
    )
    .max(64),
});

export function serializeEntry(entry: PendingEntryData): string {
  const { change } = entry;
  return JSON.stringify({
    format: 1,
    seq: entry.seq,
    change:
      change.op === 'save'
        ? { op: 'save', kind: change.kind, entity: change.entity }
        : { op: 'remove', kind: change.kind, id: change.id, trajectId: change.trajectId },
    base: entry.base,
    inDoubt: entry.inDoubt,
  });
}

export type ParsedEntry =
  | { readonly ok: PendingEntryData }
  | { readonly problem: { readonly key: string; readonly issues: readonly string[] } };

/** Parses what a PendingStore returned; an unreadable entry is reported, never guessed at. */
export function parseEntry(key: string, text: string): ParsedEntry {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: { key, issues: ['not JSON'] } };
  }
  const outer = PersistedSchema.safeParse(json);
  if (!outer.success) return { problem: { key, issues: issueLines(outer.error) } };
  const { change: raw, seq, base, inDoubt: rawDoubts } = outer.data;

  let change: Change;
  if (raw.op === 'save') {
    const entity = parseEntity(raw.kind, raw.entity);
    if (!entity.success) {
      return { problem: { key, issues: issueLines(entity.error).map((i) => `change.entity.${i}`) } };
    }
    change = saveChange(raw.kind, entity.data, base);
  } else {
    change = { ...raw, base };
  }
  if (keyOfChange(change) !== key) return { problem: { key, issues: [`holds ${keyOfChange(change)}`] } };

  const inDoubt: InDoubt[] = [];
  for (const doubt of rawDoubts) {
    if (doubt.op === 'remove') {
      inDoubt.push(doubt);
      continue;
    }
    const entity = parseEntity(raw.kind, doubt.entity);
    if (!entity.success) {
      return { problem: { key, issues: issueLines(entity.error).map((i) => `inDoubt.${i}`) } };
    }
    inDoubt.push({ op: 'save', entity: entity.data });
  }
  return { ok: { key, seq, change, base, inDoubt } };
}
