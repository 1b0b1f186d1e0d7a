/**
 * Bouwsteen 0's cijfers: every participant gives each theme of the samenwerking a 1–10.
 * "Bespreek met elkaar de verschillen en wat er nodig is om een hoger cijfer te halen":
 * the spread per theme shows where the partners see it differently and who to ask.
 */
import type { GradeEntry } from '../answer.ts';

export interface ThemeSpread {
  readonly thema: string;
  /** Participants who gave this theme a cijfer. */
  readonly aantal: number;
  readonly min: number;
  readonly max: number;
  /** Unrounded; the UI formats it. */
  readonly gemiddelde: number;
  /** `max - min`: 0 when everyone agrees. */
  readonly verschil: number;
  /** Participants who gave the lowest cijfer, in the order they were entered. */
  readonly laagst: readonly string[];
  /** Participants who gave the highest cijfer. */
  readonly hoogst: readonly string[];
}

/** One cijfer per participant per theme: a later entry for the same pair replaces the earlier. */
export function latestGrades(cijfers: readonly GradeEntry[]): GradeEntry[] {
  const byKey = new Map<string, GradeEntry>();
  for (const entry of cijfers) {
    const key = JSON.stringify([entry.deelnemer, entry.thema]);
    byKey.delete(key);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/** `existing` with `incoming` added; an incoming cijfer replaces the one of that participant and theme. */
export function mergeGrades(existing: readonly GradeEntry[], incoming: readonly GradeEntry[]): GradeEntry[] {
  const key = (e: GradeEntry) => JSON.stringify([e.deelnemer, e.thema]);
  const replaced = new Set(incoming.map(key));
  return [...existing.filter((e) => !replaced.has(key(e))), ...incoming];
}

/**
 * The spread of cijfers per theme: in `themaOrder` (the question's themes) first, then any other
 * theme in the order it first appears. Themes nobody graded are left out.
 */
export function gradeSpread(
  cijfers: readonly GradeEntry[],
  themaOrder: readonly string[] = [],
): ThemeSpread[] {
  const byTheme = new Map<string, GradeEntry[]>();
  for (const thema of themaOrder) byTheme.set(thema, []);
  for (const entry of latestGrades(cijfers)) {
    const list = byTheme.get(entry.thema) ?? [];
    list.push(entry);
    byTheme.set(entry.thema, list);
  }
  const out: ThemeSpread[] = [];
  for (const [thema, entries] of byTheme) {
    if (entries.length === 0) continue;
    const values = entries.map((e) => e.cijfer);
    const min = Math.min(...values);
    const max = Math.max(...values);
    out.push({
      thema,
      aantal: entries.length,
      min,
      max,
      gemiddelde: values.reduce((sum, v) => sum + v, 0) / values.length,
      verschil: max - min,
      laagst: entries.filter((e) => e.cijfer === min).map((e) => e.deelnemer),
      hoogst: entries.filter((e) => e.cijfer === max).map((e) => e.deelnemer),
    });
  }
  return out;
}
