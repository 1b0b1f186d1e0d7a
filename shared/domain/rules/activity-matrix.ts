/**
 * The 3-B matrix: maatschappelijke resultaten (bouwsteen 2) as columns, levels of provision as
 * rows, activiteiten in the cells, and above them what each column serves of the veranderverhaal.
 */
import { allQuestions } from '../../content/queries.ts';
import type { Edition, Question, QuestionInput } from '../../content/schema.ts';
import type { ListEntry } from '../answer.ts';
import type { EntryId } from '../ids.ts';
import { activiteitNiveaus, type Activiteit } from '../model.ts';
import { answerTo } from './answered.ts';
import type { TrajectRecords } from './records.ts';

export type ActiviteitNiveau = (typeof activiteitNiveaus)[number];

export interface MatrixCell {
  readonly resultaatId: EntryId;
  readonly activiteiten: readonly Activiteit[];
}

export interface MatrixRow {
  readonly niveau: ActiviteitNiveau;
  /** One cell per column, in column order. */
  readonly cells: readonly MatrixCell[];
  /** Activiteiten on this level that contribute to no result in the columns. */
  readonly zonderResultaat: readonly Activiteit[];
}

export interface VeranderverhaalCell {
  readonly resultaatId: EntryId;
  /** Veranderverhaal entry ids the column's activiteiten serve, in order of first appearance. */
  readonly elementen: readonly EntryId[];
}

export interface ActivityMatrix {
  /** The filled results, in their list order. */
  readonly resultaten: readonly ListEntry[];
  readonly veranderverhaalRow: readonly VeranderverhaalCell[];
  /** One row per level, in the order of `activiteitNiveaus`. */
  readonly rows: readonly MatrixRow[];
  readonly gaps: MatrixGaps;
}

export interface MatrixGaps {
  readonly resultatenZonderActiviteit: readonly ListEntry[];
  /** Linked to no result, or only to results no longer in the list. */
  readonly activiteitenZonderResultaat: readonly Activiteit[];
}

/** Builds the matrix; blank result entries are left out, as the worksheet shows no empty column. */
export function buildActivityMatrix(
  resultaten: readonly ListEntry[],
  activiteiten: readonly Activiteit[],
): ActivityMatrix {
  const columns = resultaten.filter((r) => r.text.trim() !== '');
  const columnIds = new Set<string>(columns.map((r) => r.id));
  const contributes = (a: Activiteit, resultaatId: EntryId) => a.resultaten.includes(resultaatId);
  const linked = (a: Activiteit) => a.resultaten.some((id) => columnIds.has(id));

  const rows = activiteitNiveaus.map((niveau): MatrixRow => {
    const onLevel = activiteiten.filter((a) => a.niveau === niveau);
    return {
      niveau,
      cells: columns.map((r) => ({
        resultaatId: r.id,
        activiteiten: onLevel.filter((a) => contributes(a, r.id)),
      })),
      zonderResultaat: onLevel.filter((a) => !linked(a)),
    };
  });
  const veranderverhaalRow = columns.map((r) => ({
    resultaatId: r.id,
    elementen: [
      ...new Set(activiteiten.filter((a) => contributes(a, r.id)).flatMap((a) => a.veranderverhaal)),
    ],
  }));
  return {
    resultaten: columns,
    veranderverhaalRow,
    rows,
    gaps: {
      resultatenZonderActiviteit: columns.filter((r) => !activiteiten.some((a) => contributes(a, r.id))),
      activiteitenZonderResultaat: activiteiten.filter((a) => !linked(a)),
    },
  };
}

type MatrixInput = Extract<QuestionInput, { kind: 'activityMatrix' }>;

/** The edition's activity-matrix question (3-B), if it has one. */
export function activityMatrixQuestion(
  edition: Edition,
): (Question & { readonly input: MatrixInput }) | undefined {
  for (const { question } of allQuestions(edition)) {
    if (question.input.kind === 'activityMatrix') return { ...question, input: question.input };
  }
  return undefined;
}

/** The list the matrix takes its columns from: the matrix question's `resultsFrom`, else `2.resultaten`. */
export function resultatenQuestionId(edition: Edition): string {
  return activityMatrixQuestion(edition)?.input.resultsFrom ?? '2.resultaten';
}

/** The maatschappelijke resultaten as answered on the traject (empty when not answered). */
export function resultatenOf(edition: Edition, records: Pick<TrajectRecords, 'antwoorden'>): ListEntry[] {
  const answer = answerTo(records.antwoorden, resultatenQuestionId(edition));
  return answer?.value.kind === 'list' ? answer.value.items : [];
}

/** {@link buildActivityMatrix} for a traject. */
export function activityMatrixOf(
  edition: Edition,
  records: Pick<TrajectRecords, 'antwoorden' | 'activiteiten'>,
): ActivityMatrix {
  return buildActivityMatrix(resultatenOf(edition, records), records.activiteiten);
}
