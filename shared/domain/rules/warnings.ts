/**
 * The soft warnings the seeds give ("Ga niet tegelijkertijd werken aan meer dan drie ambities" …),
 * as typed values: a stable code, the ids to link to the place in the UI, and the data to show.
 * The words come from i18n (`warning.<code>`).
 */
import { allQuestions, findQuestion, type QuestionLocation } from '../../content/queries.ts';
import type { BouwsteenId, Edition, QuestionId, SheetId } from '../../content/schema.ts';
import type { ActieId, ActiviteitId, EntryId, IndicatorId, ReflectieId } from '../ids.ts';
import type { IsoDate } from '../time.ts';
import {
  activityMatrixOf,
  activityMatrixQuestion,
  resultatenOf,
  resultatenQuestionId,
} from './activity-matrix.ts';
import { answerTo } from './answered.ts';
import { daysBetween, yearOf } from './calendar.ts';
import type { ReflectieOf } from './progress.ts';
import type { AnswerSources, TrajectRecords } from './records.ts';
import { agreementQuestion, bouwsteenReflectieStatus } from './schedule.ts';

export const warningCodes = [
  'listOverSoftMax',
  'resultWithoutIndicator',
  'indicatorTargetYearPast',
  'activityWithoutResult',
  'reflectionOverdue',
  'actionOverdue',
] as const;
export type WarningCode = (typeof warningCodes)[number];

/** A question to open: its bouwsteen, its sheet (absent for intro and vooraf questions) and its id. */
export interface QuestionPlace {
  readonly bouwsteen: BouwsteenId;
  readonly sheetId?: SheetId;
  readonly questionId: QuestionId;
}

export type Warning =
  | {
      readonly code: 'listOverSoftMax';
      readonly place: QuestionPlace;
      /** The list's short label, from the content. */
      readonly vraag: string;
      readonly count: number;
      readonly max: number;
    }
  | {
      readonly code: 'resultWithoutIndicator';
      readonly place: QuestionPlace;
      readonly entryId: EntryId;
      readonly resultaat: string;
    }
  | {
      readonly code: 'indicatorTargetYearPast';
      /** The question the indicator was entered on, when known. */
      readonly place?: QuestionPlace;
      readonly indicatorId: IndicatorId;
      readonly naam: string;
      readonly jaar: number;
    }
  | {
      readonly code: 'activityWithoutResult';
      readonly place?: QuestionPlace;
      readonly activiteitId: ActiviteitId;
      readonly naam: string;
    }
  | {
      readonly code: 'reflectionOverdue';
      readonly place: QuestionPlace & { readonly sheetId: SheetId };
      readonly due: IsoDate;
      readonly dagen: number;
    }
  | {
      readonly code: 'actionOverdue';
      readonly place: {
        readonly bouwsteen: BouwsteenId;
        readonly questionId?: QuestionId;
        readonly reflectieId?: ReflectieId;
      };
      readonly actieId: ActieId;
      readonly tekst: string;
      readonly deadline: IsoDate;
      readonly dagen: number;
    };

export type WarningOf<C extends WarningCode> = Extract<Warning, { code: C }>;

function placeAt({ bouwsteen, sheet, question }: QuestionLocation): QuestionPlace {
  return sheet === undefined
    ? { bouwsteen: bouwsteen.id, questionId: question.id }
    : { bouwsteen: bouwsteen.id, sheetId: sheet.id, questionId: question.id };
}

function placeOf(edition: Edition, questionId: string): QuestionPlace | undefined {
  const location = findQuestion(edition, questionId);
  return location && placeAt(location);
}

/** Lists with more filled entries than their soft maximum (e.g. more than three ambities). */
export function listOverSoftMaxWarnings(
  edition: Edition,
  records: Pick<TrajectRecords, 'antwoorden'>,
): WarningOf<'listOverSoftMax'>[] {
  return allQuestions(edition).flatMap((location): WarningOf<'listOverSoftMax'>[] => {
    const { question } = location;
    if (question.input.kind !== 'list' || question.input.softMax === undefined) return [];
    const answer = answerTo(records.antwoorden, question.id);
    if (answer?.value.kind !== 'list') return [];
    const count = answer.value.items.filter((i) => i.text.trim() !== '').length;
    const max = question.input.softMax;
    if (count <= max) return [];
    return [{ code: 'listOverSoftMax', place: placeAt(location), vraag: question.shortLabel, count, max }];
  });
}

/** Maatschappelijke resultaten that no indicator or signaal is linked to. */
export function resultWithoutIndicatorWarnings(
  edition: Edition,
  records: Pick<TrajectRecords, 'antwoorden' | 'indicatoren'>,
): WarningOf<'resultWithoutIndicator'>[] {
  const place = placeOf(edition, resultatenQuestionId(edition));
  if (place === undefined) return [];
  const measured = new Set<string>(
    records.indicatoren.flatMap((i) => (i.koppeling.soort === 'resultaat' ? [i.koppeling.entryId] : [])),
  );
  return resultatenOf(edition, records)
    .filter((r) => r.text.trim() !== '' && !measured.has(r.id))
    .map((r) => ({ code: 'resultWithoutIndicator', place, entryId: r.id, resultaat: r.text.trim() }));
}

/** Indicators whose target year lies before this year. */
export function indicatorTargetYearPastWarnings(
  edition: Edition,
  records: Pick<TrajectRecords, 'indicatoren'>,
  today: IsoDate,
): WarningOf<'indicatorTargetYearPast'>[] {
  const year = yearOf(today);
  return records.indicatoren.flatMap((i): WarningOf<'indicatorTargetYearPast'>[] => {
    if (i.doel === undefined || i.doel.jaar >= year) return [];
    const place = i.herkomst === undefined ? undefined : placeOf(edition, i.herkomst);
    const base = {
      code: 'indicatorTargetYearPast',
      indicatorId: i.id,
      naam: i.naam,
      jaar: i.doel.jaar,
    } as const;
    return [place === undefined ? base : { ...base, place }];
  });
}

/** Activiteiten that contribute to no maatschappelijk resultaat (or only to ones no longer listed). */
export function activityWithoutResultWarnings(
  edition: Edition,
  records: Pick<TrajectRecords, 'antwoorden' | 'activiteiten'>,
): WarningOf<'activityWithoutResult'>[] {
  const matrix = activityMatrixQuestion(edition);
  const place = matrix && placeOf(edition, matrix.id);
  return activityMatrixOf(edition, records).gaps.activiteitenZonderResultaat.map((a) => {
    const base = { code: 'activityWithoutResult', activiteitId: a.id, naam: a.naam } as const;
    return place === undefined ? base : { ...base, place };
  });
}

/**
 * Bouwstenen whose reflectie is overdue. Give it the `reflectieOf` the progress gets, so the
 * warning and the compass tell the same due date (the application's also knows Outlook meetings).
 */
export function reflectionOverdueWarnings(
  edition: Edition,
  records: AnswerSources,
  today: IsoDate,
  reflectieOf: ReflectieOf = bouwsteenReflectieStatus,
): WarningOf<'reflectionOverdue'>[] {
  return edition.bouwstenen.flatMap((b): WarningOf<'reflectionOverdue'>[] => {
    const place = agreementQuestion(b);
    const status = reflectieOf(b, records, today);
    if (place === undefined || status.status !== 'verlopen') return [];
    return [{ code: 'reflectionOverdue', place, due: status.due, dagen: status.dagen }];
  });
}

/** Acties past their deadline that are neither done nor dropped. */
export function actionOverdueWarnings(
  records: Pick<TrajectRecords, 'acties'>,
  today: IsoDate,
): WarningOf<'actionOverdue'>[] {
  return records.acties.flatMap((a): WarningOf<'actionOverdue'>[] => {
    if (a.deadline === undefined || a.status === 'afgerond' || a.status === 'vervallen') return [];
    const dagen = daysBetween(a.deadline, today);
    if (dagen <= 0) return [];
    const { herkomst } = a;
    const place =
      herkomst.soort === 'reflectie'
        ? { bouwsteen: herkomst.bouwsteen, reflectieId: herkomst.reflectieId }
        : herkomst.questionId === undefined
          ? { bouwsteen: herkomst.bouwsteen }
          : { bouwsteen: herkomst.bouwsteen, questionId: herkomst.questionId };
    return [{ code: 'actionOverdue', place, actieId: a.id, tekst: a.tekst, deadline: a.deadline, dagen }];
  });
}

/** Every warning for a traject on `today`, grouped by code in the order of {@link warningCodes}. */
export function warnings(
  edition: Edition,
  records: TrajectRecords,
  today: IsoDate,
  reflectieOf: ReflectieOf = bouwsteenReflectieStatus,
): Warning[] {
  return [
    ...listOverSoftMaxWarnings(edition, records),
    ...resultWithoutIndicatorWarnings(edition, records),
    ...indicatorTargetYearPastWarnings(edition, records, today),
    ...activityWithoutResultWarnings(edition, records),
    ...reflectionOverdueWarnings(edition, records, today, reflectieOf),
    ...actionOverdueWarnings(records, today),
  ];
}
