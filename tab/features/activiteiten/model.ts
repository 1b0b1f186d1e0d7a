/** What the Activiteiten screen derives from the edition and the traject, and its form's rules. */
import type { TrajectView } from '../../../shared/application/index.ts';
import { allQuestions, findQuestion } from '../../../shared/content/queries.ts';
import type { BouwsteenId, Edition, QuestionId } from '../../../shared/content/schema.ts';
import type { ListEntry } from '../../../shared/domain/answer.ts';
import { EntryIdSchema, PartnerIdSchema } from '../../../shared/domain/ids.ts';
import { activiteitNiveaus, type Activiteit } from '../../../shared/domain/model.ts';
import {
  activityMatrixQuestion,
  answerTo,
  resultatenOf,
  resultatenQuestionId,
  type ActiviteitNiveau,
} from '../../../shared/domain/rules/index.ts';
import { tooLong, type FieldError } from '../common/field-error.ts';

export const niveaus = activiteitNiveaus;

export function isNiveau(value: string): value is ActiviteitNiveau {
  return (niveaus as readonly string[]).includes(value);
}

/** The filled maatschappelijke resultaten, in their list order. */
export function filledResultaten(edition: Edition, view: Pick<TrajectView, 'antwoorden'>): ListEntry[] {
  return resultatenOf(edition, view).filter((r) => r.text.trim() !== '');
}

/** Where the resultaten are answered (bouwsteen 2), for the "go there" link. */
export function resultatenPlace(
  edition: Edition,
): { bouwsteen: BouwsteenId; questionId: QuestionId } | undefined {
  const place = findQuestion(edition, resultatenQuestionId(edition));
  return place === undefined ? undefined : { bouwsteen: place.bouwsteen.id, questionId: place.question.id };
}

export interface VeranderverhaalGroup {
  readonly questionId: string;
  /** The category's short label from the content ("Kennis over wat werkt"). */
  readonly label: string;
  readonly entries: readonly ListEntry[];
}

/** The filled elements of the veranderverhaal (3-A), per category question. */
export function veranderverhaalGroups(
  edition: Edition,
  view: Pick<TrajectView, 'antwoorden'>,
): VeranderverhaalGroup[] {
  return allQuestions(edition)
    .filter((l) => l.question.input.kind === 'veranderverhaal')
    .map(({ question }) => {
      const answer = answerTo(view.antwoorden, question.id);
      const entries =
        answer?.value.kind === 'list' ? answer.value.items.filter((i) => i.text.trim() !== '') : [];
      return { questionId: question.id, label: question.shortLabel, entries };
    })
    .filter((g) => g.entries.length > 0);
}

/** The row labels of the edition's 3-B matrix (content), by level; absent levels use the UI's words. */
export function niveauLabels(edition: Edition): ReadonlyMap<ActiviteitNiveau, string> {
  const rows = activityMatrixQuestion(edition)?.input.rows ?? [];
  return new Map(rows.flatMap((r) => (isNiveau(r.id) ? [[r.id, r.label] as const] : [])));
}

/** The label of the matrix's veranderverhaal row from the content, when the edition has a matrix. */
export function veranderverhaalRowLabel(edition: Edition): string | undefined {
  return activityMatrixQuestion(edition)?.input.veranderverhaalRow.label;
}

/** What a person edits of an activiteit. */
export interface ActiviteitDraft {
  readonly naam: string;
  /** '' until chosen. */
  readonly niveau: ActiviteitNiveau | '';
  readonly resultaten: readonly string[];
  readonly veranderverhaal: readonly string[];
  /** A partner id, or '' for none. */
  readonly aanbieder: string;
  readonly beschrijving: string;
}
export type ActiviteitField = keyof ActiviteitDraft;

export const emptyActiviteitDraft: ActiviteitDraft = {
  naam: '',
  niveau: '',
  resultaten: [],
  veranderverhaal: [],
  aanbieder: '',
  beschrijving: '',
};

export function draftOfActiviteit(activiteit: Activiteit): ActiviteitDraft {
  return {
    naam: activiteit.naam,
    niveau: activiteit.niveau,
    resultaten: activiteit.resultaten,
    veranderverhaal: activiteit.veranderverhaal,
    aanbieder: activiteit.aanbieder ?? '',
    beschrijving: activiteit.beschrijving,
  };
}

export function validateActiviteit(draft: ActiviteitDraft): Partial<Record<ActiviteitField, FieldError>> {
  const errors: Partial<Record<ActiviteitField, FieldError>> = {};
  const naam = draft.naam.trim();
  if (naam === '') errors.naam = { key: 'activiteiten.validation.naam' };
  else if (naam.length > 255) errors.naam = tooLong(255);
  if (draft.niveau === '') errors.niveau = { key: 'activiteiten.validation.niveau' };
  if (draft.beschrijving.length > 60_000) errors.beschrijving = tooLong(60_000);
  return errors;
}

/**
 * The record's fields from a valid draft. Links the form does not show (to a result removed since)
 * are kept: dropping them silently would change what someone else recorded.
 */
export function fieldsOfActiviteit(draft: ActiviteitDraft) {
  const aanbieder = PartnerIdSchema.safeParse(draft.aanbieder);
  const ids = (values: readonly string[]) =>
    values.flatMap((v) => {
      const id = EntryIdSchema.safeParse(v);
      return id.success ? [id.data] : [];
    });
  return {
    naam: draft.naam.trim(),
    ...(draft.niveau === '' ? {} : { niveau: draft.niveau }),
    resultaten: ids(draft.resultaten),
    veranderverhaal: ids(draft.veranderverhaal),
    ...(aanbieder.success ? { aanbieder: aanbieder.data } : {}),
    beschrijving: draft.beschrijving,
  };
}

/** Adds or removes one id, keeping the others (also those the form does not show). */
export function toggled(values: readonly string[], id: string, on: boolean): string[] {
  const rest = values.filter((v) => v !== id);
  return on ? [...rest, id] : rest;
}
