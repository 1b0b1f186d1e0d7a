/**
 * Verbeteracties of a reflectie: turning the answer to "Verbeteren" into actions someone owns,
 * and, when the next cycle starts, "Zijn voorgenomen acties uitgevoerd?".
 */
import type { Bouwsteen, BouwsteenId } from '../../content/schema.ts';
import { actieStatussen, type Actie, type Reflectie } from '../model.ts';
import { finishedReflecties, type FinishedReflectie } from '../rules/answered.ts';
import type { TrajectRecords } from '../rules/records.ts';
import type { IsoDate } from '../time.ts';
import { previousReflectie } from './compare.ts';
import { stepQuestion } from './cycle.ts';
import { answerText } from './text.ts';

export type ActieStatus = Actie['status'];

/** A bullet, dash or number at the start of a line ("- ", "• ", "1. ", "2) "). */
const bulletLead = /^\s*(?:[-*•–—]|\d{1,3}[.)])\s+/;

/**
 * Candidate actions in a Verbeteren answer: one per line or bullet; a single paragraph is one
 * action. People still edit, split or drop them before they become actions.
 */
export function verbeterSuggesties(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(bulletLead, '').trim())
    .filter((line) => line !== '');
}

/** Actions a reflectie produced, for one of its bouwstenen or all of them. */
export function actiesVanReflectie(
  acties: readonly Actie[],
  reflectieId: string,
  bouwsteen?: BouwsteenId,
): Actie[] {
  return acties.filter(
    (a) =>
      a.herkomst.soort === 'reflectie' &&
      a.herkomst.reflectieId === reflectieId &&
      (bouwsteen === undefined || a.herkomst.bouwsteen === bouwsteen),
  );
}

export interface ReviewedAction {
  readonly actie: Actie;
  /** Still open or in progress after its deadline. */
  readonly verlopen: boolean;
}

export interface ActionReview {
  readonly bouwsteen: BouwsteenId;
  /** The cycle whose actions these are; undefined before the first finished cycle. */
  readonly vorige: FinishedReflectie | undefined;
  /** Open and in-progress actions first (overdue first among them), then done and dropped. */
  readonly acties: readonly ReviewedAction[];
  readonly telling: Readonly<Record<ActieStatus, number>>;
}

const pending = (status: ActieStatus): boolean => status === 'open' || status === 'bezig';

/**
 * The actions of the previous cycle of `bouwsteen` and how far they got. `current` is the cycle
 * being held (its own actions are not "previous"); without one, the latest finished cycle counts.
 */
export function reviewPreviousActions(
  records: Pick<TrajectRecords, 'reflecties' | 'acties'>,
  bouwsteen: BouwsteenId,
  today: IsoDate,
  current?: Reflectie,
): ActionReview {
  const vorige =
    current === undefined
      ? finishedReflecties(records.reflecties, bouwsteen)[0]
      : previousReflectie(
          records.reflecties,
          current.status === 'afgerond' ? current : { id: current.id, datum: current.datum },
          bouwsteen,
        );
  const telling = Object.fromEntries(actieStatussen.map((s) => [s, 0])) as Record<ActieStatus, number>;
  if (vorige === undefined) return { bouwsteen, vorige, acties: [], telling };
  const acties = actiesVanReflectie(records.acties, vorige.id, bouwsteen).map((actie) => ({
    actie,
    verlopen: pending(actie.status) && actie.deadline !== undefined && actie.deadline < today,
  }));
  for (const { actie } of acties) telling[actie.status] += 1;
  const rank = (a: ReviewedAction) => (a.verlopen ? 0 : pending(a.actie.status) ? 1 : 2);
  acties.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.actie.deadline ?? '9999-12-31').localeCompare(b.actie.deadline ?? '9999-12-31') ||
      a.actie.aangemaakt.localeCompare(b.actie.aangemaakt),
  );
  return { bouwsteen, vorige, acties, telling };
}

/** Open and in-progress actions of a bouwsteen, from its worksheets and its reflecties, by deadline. */
export function openActies(acties: readonly Actie[], bouwsteen: BouwsteenId): Actie[] {
  return acties
    .filter((a) => pending(a.status) && a.herkomst.bouwsteen === bouwsteen)
    .sort(
      (a, b) =>
        (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') ||
        a.aangemaakt.localeCompare(b.aangemaakt),
    );
}

/**
 * Suggested actions from a reflectie's answer to the Verbeteren step of a bouwsteen ("Welke
 * acties halen we hieruit?"); none when the sheet has no such step or it is unanswered.
 */
export function verbeterSuggestiesVan(bouwsteen: Bouwsteen, reflectie: Reflectie): string[] {
  const question = stepQuestion(bouwsteen, 'verbeteren');
  return question === undefined
    ? []
    : verbeterSuggesties(answerText(reflectie.antwoorden[question.id], question));
}
