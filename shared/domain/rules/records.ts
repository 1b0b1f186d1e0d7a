/** The records the rules read: a traject snapshot without the store's versions and load problems. */
import type {
  Actie,
  Activiteit,
  Answer,
  Indicator,
  Meting,
  Overleg,
  Partner,
  Reflectie,
  Traject,
} from '../model.ts';

/**
 * Everything recorded on one traject. A port's `TrajectSnapshot` (with `Stored<T>` records)
 * is assignable to it, so rules run on what the repository returns and on test builders alike.
 */
export interface TrajectRecords {
  readonly traject: Traject;
  readonly antwoorden: readonly Answer[];
  readonly partners: readonly Partner[];
  readonly indicatoren: readonly Indicator[];
  readonly metingen: readonly Meting[];
  readonly activiteiten: readonly Activiteit[];
  readonly reflecties: readonly Reflectie[];
  readonly acties: readonly Actie[];
  readonly overleggen: readonly Overleg[];
}

/** The records that can answer a question. */
export type AnswerSources = Pick<
  TrajectRecords,
  'antwoorden' | 'partners' | 'indicatoren' | 'activiteiten' | 'acties' | 'reflecties'
>;
