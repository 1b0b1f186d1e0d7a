import type { QuestionId } from '../content/schema.ts';
import type { TrajectId, Version } from '../domain/ids.ts';
import type {
  Actie,
  Activiteit,
  Answer,
  EntityKind,
  EntityMap,
  Indicator,
  Meting,
  Overleg,
  Partner,
  Reflectie,
  Stored,
  Traject,
} from '../domain/model.ts';

/** An item the store could not read as a domain record (edited by hand in SharePoint, an old column …). */
export interface LoadProblem {
  readonly kind: EntityKind;
  /** The store's item id, so an admin can find it in the list. */
  readonly itemId: string;
  /** What was wrong, per field, in plain words for the report. */
  readonly issues: readonly string[];
}

/** Everything the Overzicht and the worksheets need for one traject. */
export interface TrajectSnapshot {
  readonly traject: Stored<Traject>;
  readonly antwoorden: readonly Stored<Answer>[];
  readonly partners: readonly Stored<Partner>[];
  readonly indicatoren: readonly Stored<Indicator>[];
  readonly metingen: readonly Stored<Meting>[];
  readonly activiteiten: readonly Stored<Activiteit>[];
  readonly reflecties: readonly Stored<Reflectie>[];
  readonly acties: readonly Stored<Actie>[];
  readonly overleggen: readonly Stored<Overleg>[];
  /** Items that were skipped, reported instead of crashing the load. */
  readonly problems: readonly LoadProblem[];
}

export interface AnswerRevision {
  readonly questionId: QuestionId;
  readonly revisie: number;
  readonly auteur: string;
  readonly gewijzigd: string;
  readonly value: Answer['value'];
}

/**
 * Where a partnership's work is kept: SharePoint lists through Graph in production,
 * memory in tests. Both pass the same contract suite (tests/contract).
 *
 * Errors are KompasError with codes NotFound, Conflict (with `theirs`), Throttled,
 * PermissionDenied, Network, Validation or NotProvisioned.
 */
export interface TrajectRepository {
  listTrajecten(): Promise<{
    readonly trajecten: readonly Stored<Traject>[];
    readonly problems: readonly LoadProblem[];
  }>;
  openTraject(id: TrajectId): Promise<TrajectSnapshot>;
  /**
   * Creates the record when `expected` is undefined, otherwise updates it if the stored version
   * still equals `expected`. Creating is idempotent by the record's id: retrying a create whose
   * outcome was unknown never duplicates; creating an id that exists with other content is a Conflict.
   */
  save<K extends EntityKind>(
    kind: K,
    entity: EntityMap[K],
    expected?: Version,
  ): Promise<Stored<EntityMap[K]>>;
  /** Deletes when the stored version still equals `expected`; deleting what is gone succeeds. */
  remove(kind: EntityKind, id: string, expected: Version): Promise<void>;
  /** Earlier revisions of a traject's answers, newest first. */
  answerHistory(trajectId: TrajectId, questionId?: QuestionId): Promise<readonly AnswerRevision[]>;
}
