/**
 * A traject as the person last left it: the stored snapshot with the outbox's unsaved changes on
 * top, so work that survived a reload shows (and is edited further) instead of older stored data.
 */
import type { Version } from '../domain/ids.ts';
import type {
  Actie,
  Activiteit,
  Answer,
  EntityKind,
  Indicator,
  Meting,
  Overleg,
  Partner,
  Reflectie,
  Traject,
} from '../domain/model.ts';
import type { LoadProblem, TrajectSnapshot } from '../ports/traject-repository.ts';
import type { Change, SaveChange } from './changes.ts';

/** A record with the stored version an edit applies to; undefined while it is not stored yet. */
export type Current<T> = T & { readonly version: Version | undefined };

export interface TrajectView {
  readonly traject: Current<Traject>;
  readonly antwoorden: readonly Current<Answer>[];
  readonly partners: readonly Current<Partner>[];
  readonly indicatoren: readonly Current<Indicator>[];
  readonly metingen: readonly Current<Meting>[];
  readonly activiteiten: readonly Current<Activiteit>[];
  readonly reflecties: readonly Current<Reflectie>[];
  readonly acties: readonly Current<Actie>[];
  readonly overleggen: readonly Current<Overleg>[];
  readonly problems: readonly LoadProblem[];
}

/** Replaces, adds or drops the records of one list as the changes say. */
function overlay<T extends { readonly id: string }>(
  records: readonly Current<T>[],
  changes: readonly Change[],
  kind: Exclude<EntityKind, 'traject'>,
  entityOf: (change: SaveChange) => T | undefined,
): Current<T>[] {
  let result = [...records];
  for (const change of changes) {
    if (change.kind !== kind) continue;
    if (change.op === 'remove') {
      result = result.filter((r) => r.id !== change.id);
      continue;
    }
    const entity = entityOf(change);
    if (entity === undefined) continue;
    const at = result.findIndex((r) => r.id === entity.id);
    const current: Current<T> = { ...entity, version: result[at]?.version };
    if (at === -1) result.push(current);
    else result[at] = current;
  }
  return result;
}

/**
 * Applies unsaved changes (oldest first) to a stored snapshot. `traject` stands in for a traject
 * whose creation is still waiting in the outbox (then there is no snapshot yet).
 */
export function applyUnsaved(
  snapshot: TrajectSnapshot | { readonly traject: Traject },
  changes: readonly Change[],
): TrajectView {
  const stored: TrajectSnapshot | undefined = 'antwoorden' in snapshot ? snapshot : undefined;
  let traject: Traject = snapshot.traject;
  for (const c of changes) {
    if (c.op === 'save' && c.kind === 'traject' && c.entity.id === traject.id) traject = c.entity;
  }
  return {
    traject: { ...traject, version: stored?.traject.version },
    antwoorden: overlay(stored?.antwoorden ?? [], changes, 'antwoord', (c) =>
      c.kind === 'antwoord' ? c.entity : undefined,
    ),
    partners: overlay(stored?.partners ?? [], changes, 'partner', (c) =>
      c.kind === 'partner' ? c.entity : undefined,
    ),
    indicatoren: overlay(stored?.indicatoren ?? [], changes, 'indicator', (c) =>
      c.kind === 'indicator' ? c.entity : undefined,
    ),
    metingen: overlay(stored?.metingen ?? [], changes, 'meting', (c) =>
      c.kind === 'meting' ? c.entity : undefined,
    ),
    activiteiten: overlay(stored?.activiteiten ?? [], changes, 'activiteit', (c) =>
      c.kind === 'activiteit' ? c.entity : undefined,
    ),
    reflecties: overlay(stored?.reflecties ?? [], changes, 'reflectie', (c) =>
      c.kind === 'reflectie' ? c.entity : undefined,
    ),
    acties: overlay(stored?.acties ?? [], changes, 'actie', (c) =>
      c.kind === 'actie' ? c.entity : undefined,
    ),
    overleggen: overlay(stored?.overleggen ?? [], changes, 'overleg', (c) =>
      c.kind === 'overleg' ? c.entity : undefined,
    ),
    problems: stored?.problems ?? [],
  };
}
