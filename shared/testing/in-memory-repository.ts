/**
 * TrajectRepository in memory, with the Graph store's semantics: versions change on every
 * write, stale versions conflict (with theirs), creating is idempotent by id, answers keep
 * their history. Passes the same contract suite as the Graph repository (tests/contract).
 */
import type { QuestionId } from '../content/schema.ts';
import { KompasError } from '../domain/errors.ts';
import { VersionSchema, type TrajectId, type Version } from '../domain/ids.ts';
import {
  entityKinds,
  entitySchemas,
  type Answer,
  type EntityKind,
  type EntityMap,
  type Stored,
  type Traject,
} from '../domain/model.ts';
import type {
  AnswerRevision,
  LoadProblem,
  TrajectRepository,
  TrajectSnapshot,
} from '../ports/traject-repository.ts';

interface Row {
  readonly json: string;
  readonly version: Version;
}

export class InMemoryTrajectRepository implements TrajectRepository {
  private readonly rows = new Map<EntityKind, Map<string, Row>>(entityKinds.map((k) => [k, new Map()]));
  private readonly revisions = new Map<string, AnswerRevision[]>();
  private readonly problems: LoadProblem[] = [];
  private counter = 0;

  listTrajecten(): Promise<{ trajecten: Stored<Traject>[]; problems: LoadProblem[] }> {
    return Promise.resolve({
      trajecten: [...this.table('traject').values()].map((row) => this.stored('traject', row)),
      problems: this.problems.filter((p) => p.kind === 'traject'),
    });
  }

  openTraject(id: TrajectId): Promise<TrajectSnapshot> {
    const row = this.table('traject').get(id);
    if (!row) return Promise.reject(new KompasError('NotFound', `Traject ${id} not found`));
    const of = <K extends Exclude<EntityKind, 'traject'>>(kind: K): Stored<EntityMap[K]>[] =>
      [...this.table(kind).values()].map((r) => this.stored(kind, r)).filter((e) => e.trajectId === id);
    return Promise.resolve({
      traject: this.stored('traject', row),
      antwoorden: of('antwoord'),
      partners: of('partner'),
      indicatoren: of('indicator'),
      metingen: of('meting'),
      activiteiten: of('activiteit'),
      reflecties: of('reflectie'),
      acties: of('actie'),
      overleggen: of('overleg'),
      problems: [...this.problems],
    });
  }

  save<K extends EntityKind>(
    kind: K,
    entity: EntityMap[K],
    expected?: Version,
  ): Promise<Stored<EntityMap[K]>> {
    try {
      return Promise.resolve(this.saveNow(kind, entity, expected));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new KompasError('Unknown', String(e)));
    }
  }

  remove(kind: EntityKind, id: string, expected: Version): Promise<void> {
    const row = this.table(kind).get(id);
    if (!row) return Promise.resolve();
    if (row.version !== expected) {
      return Promise.reject(
        new KompasError('Conflict', `${kind} ${id} was changed by someone else`, {
          theirs: this.stored(kind, row),
          status: 412,
        }),
      );
    }
    this.table(kind).delete(id);
    // SharePoint removes an item's versions with it.
    if (kind === 'antwoord') this.revisions.delete(id);
    return Promise.resolve();
  }

  answerHistory(trajectId: TrajectId, questionId?: QuestionId): Promise<AnswerRevision[]> {
    const all: AnswerRevision[] = [];
    for (const [answerId, revisions] of this.revisions) {
      const current = this.table('antwoord').get(answerId);
      if (!current) continue;
      const answer = this.stored('antwoord', current);
      if (answer.trajectId !== trajectId) continue;
      if (questionId !== undefined && answer.questionId !== questionId) continue;
      all.push(...revisions);
    }
    return Promise.resolve(
      all
        .map((r) => ({ ...r, value: clone(r.value) }))
        .sort((a, b) => b.gewijzigd.localeCompare(a.gewijzigd) || b.revisie - a.revisie),
    );
  }

  // ---- test controls ----

  /**
   * Another user edits a record: `change` gets the current record and returns the new one,
   * which is stored with a new version, so the caller's version becomes stale.
   */
  simulateOtherUserEdit<K extends EntityKind>(
    kind: K,
    id: string,
    change: (current: EntityMap[K]) => EntityMap[K],
  ): Stored<EntityMap[K]> {
    const row = this.table(kind).get(id);
    if (!row) throw new KompasError('NotFound', `${kind} ${id} not found`);
    const current = this.stored(kind, row);
    const { version: _version, ...plain } = current;
    return this.write(kind, change(plain as unknown as EntityMap[K]));
  }

  /** Another user deletes a record. */
  simulateOtherUserDelete(kind: EntityKind, id: string): void {
    this.table(kind).delete(id);
    if (kind === 'antwoord') this.revisions.delete(id);
  }

  /** Reports an unreadable item in every snapshot, as a hand-edited SharePoint item would be. */
  addLoadProblem(problem: LoadProblem): void {
    this.problems.push(problem);
  }

  // ---- internals ----

  private saveNow<K extends EntityKind>(
    kind: K,
    entity: EntityMap[K],
    expected?: Version,
  ): Stored<EntityMap[K]> {
    const parsed = entitySchemas[kind].safeParse(entity);
    if (!parsed.success) {
      throw new KompasError('Validation', `Invalid ${kind}`, {
        issues: parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`),
      });
    }
    const value = parsed.data;
    const existing = this.table(kind).get(value.id);
    if (expected === undefined) {
      if (!existing) return this.write(kind, value);
      // A retried create: the same content is the same record; other content is someone else's.
      if (existing.json === canonical(value)) return this.stored(kind, existing);
      throw new KompasError('Conflict', `${kind} ${value.id} already exists with other content`, {
        theirs: this.stored(kind, existing),
        status: 409,
      });
    }
    if (!existing) throw new KompasError('NotFound', `${kind} ${value.id} was deleted`, { status: 404 });
    if (existing.version !== expected) {
      // Same rule as the Graph store: a stale write that matches what is stored already landed.
      if (existing.json === canonical(value)) return this.stored(kind, existing);
      throw new KompasError('Conflict', `${kind} ${value.id} was changed by someone else`, {
        theirs: this.stored(kind, existing),
        status: 412,
      });
    }
    return this.write(kind, value);
  }

  private write<K extends EntityKind>(kind: K, value: EntityMap[K]): Stored<EntityMap[K]> {
    const row: Row = { json: canonical(value), version: VersionSchema.parse(`mem-${++this.counter}`) };
    this.table(kind).set(value.id, row);
    if (kind === 'antwoord') {
      const answer = value as Answer;
      const list = this.revisions.get(answer.id) ?? [];
      list.push({
        questionId: answer.questionId,
        revisie: answer.revisie,
        auteur: answer.auteur,
        gewijzigd: answer.gewijzigd,
        value: clone(answer.value),
      });
      this.revisions.set(answer.id, list);
    }
    return this.stored(kind, row);
  }

  private table(kind: EntityKind): Map<string, Row> {
    const table = this.rows.get(kind);
    if (!table) throw new KompasError('Unknown', `No table for ${kind}`);
    return table;
  }

  /** A fresh copy every time, so callers cannot change what is stored. */
  private stored<K extends EntityKind>(kind: K, row: Row): Stored<EntityMap[K]> {
    const entity = entitySchemas[kind].parse(JSON.parse(row.json));
    return { ...entity, version: row.version };
  }
}

function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, x]) => [k, sort(x)]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value));
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
