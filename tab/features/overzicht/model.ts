/**
 * What the Overzicht shows, derived from the open traject: the compass by bouwsteen number, the
 * next reflectie, the open acties, the indicators' latest movement and the warnings with their place.
 */
import type { OpenedTraject } from '../../../shared/application/index.ts';
import { allQuestions } from '../../../shared/content/queries.ts';
import type { Bouwsteen, Edition } from '../../../shared/content/schema.ts';
import type { Actie, Indicator, Meting } from '../../../shared/domain/model.ts';
import {
  agreementQuestion,
  latestMeting,
  movement,
  type BouwsteenProgress,
  type Movement,
  type ReflectieStatus,
  type Warning,
} from '../../../shared/domain/rules/index.ts';
import type { Route } from '../../app/index.ts';

export interface CompassGroup {
  /** 0–6. */
  readonly nummer: number;
  /** The A and B parts, or the one bouwsteen of that number. */
  readonly parts: readonly BouwsteenProgress[];
}

export interface NextReflectie {
  readonly bouwsteen: Bouwsteen;
  readonly status: Exclude<ReflectieStatus, { status: 'geen-afspraak' }>;
  readonly route: Route;
}

export interface IndicatorLine {
  readonly indicator: Indicator;
  readonly latest: Meting | undefined;
  readonly movement: Movement;
}

export interface WarningLine {
  readonly warning: Warning;
  readonly route: Route;
}

export interface OverzichtModel {
  readonly groups: readonly CompassGroup[];
  readonly total: { readonly answered: number; readonly required: number };
  readonly nextReflectie: NextReflectie | undefined;
  readonly openActies: readonly Actie[];
  readonly indicatoren: readonly IndicatorLine[];
  /** Where indicators are added: the edition's first `indicators` question. */
  readonly indicatorRoute: Route;
  readonly warnings: readonly WarningLine[];
}

/** How many indicators the Overzicht shows; the Indicatoren screen has them all. */
export const shownIndicators = 6;
export const shownActies = 5;

export function compassGroups(progress: readonly BouwsteenProgress[]): CompassGroup[] {
  const groups = new Map<number, BouwsteenProgress[]>();
  for (const b of progress) groups.set(b.bouwsteen.nummer, [...(groups.get(b.bouwsteen.nummer) ?? []), b]);
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([nummer, parts]) => ({ nummer, parts }));
}

function nextReflectieOf(progress: readonly BouwsteenProgress[]): NextReflectie | undefined {
  let next: NextReflectie | undefined;
  for (const b of progress) {
    const status = b.reflectie;
    if (status.status === 'geen-afspraak') continue;
    if (next !== undefined && next.status.due <= status.due) continue;
    const place = agreementQuestion(b.bouwsteen);
    next = {
      bouwsteen: b.bouwsteen,
      status,
      route:
        place === undefined
          ? { screen: 'werkbladen', bouwsteen: b.bouwsteen.id }
          : { screen: 'werkbladen', bouwsteen: place.bouwsteen, questionId: place.questionId },
    };
  }
  return next;
}

/** Open and in-progress acties, soonest deadline first; those without a deadline last. */
export function openActiesOf(acties: readonly Actie[]): Actie[] {
  return acties
    .filter((a) => a.status === 'open' || a.status === 'bezig')
    .sort((a, b) => (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31'));
}

export function warningRoute(warning: Warning): Route {
  switch (warning.code) {
    case 'actionOverdue':
      return { screen: 'acties' };
    case 'indicatorTargetYearPast':
      return warning.place === undefined
        ? { screen: 'indicatoren' }
        : { screen: 'werkbladen', bouwsteen: warning.place.bouwsteen, questionId: warning.place.questionId };
    case 'activityWithoutResult':
      return warning.place === undefined
        ? { screen: 'activiteiten' }
        : { screen: 'werkbladen', bouwsteen: warning.place.bouwsteen, questionId: warning.place.questionId };
    case 'listOverSoftMax':
    case 'resultWithoutIndicator':
    case 'reflectionOverdue':
      return {
        screen: 'werkbladen',
        bouwsteen: warning.place.bouwsteen,
        questionId: warning.place.questionId,
      };
  }
}

function indicatorRouteOf(edition: Edition): Route {
  const place = allQuestions(edition).find((l) => l.question.input.kind === 'indicators');
  return place === undefined
    ? { screen: 'indicatoren' }
    : { screen: 'werkbladen', bouwsteen: place.bouwsteen.id, questionId: place.question.id };
}

export function overzichtModel(opened: OpenedTraject): OverzichtModel {
  const { progress, warnings } = opened.overzicht;
  const { view } = opened;
  return {
    groups: compassGroups(progress.bouwstenen),
    total: { answered: progress.answered, required: progress.required },
    nextReflectie: nextReflectieOf(progress.bouwstenen),
    openActies: openActiesOf(view.acties),
    indicatoren: view.indicatoren.map((indicator) => ({
      indicator,
      latest: latestMeting(indicator.id, view.metingen),
      movement: movement(indicator, view.metingen),
    })),
    indicatorRoute: indicatorRouteOf(opened.edition),
    warnings: warnings.map((warning) => ({ warning, route: warningRoute(warning) })),
  };
}
