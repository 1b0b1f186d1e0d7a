/** How an actie's deadline, owner and origin read, shared by the Overzicht and the Acties screens. */
import { daysBetween } from '../../../shared/domain/rules/calendar.ts';
import type { Actie } from '../../../shared/domain/model.ts';
import type { IsoDate } from '../../../shared/domain/time.ts';
import { bouwsteenLabel, formatDate, type Locale } from '../../../shared/i18n/index.ts';
import type { T } from '../../app/index.ts';

export interface DeadlineText {
  /** "26 november 2026", or "Geen deadline". */
  readonly date: string;
  /** "Te laat: de deadline was 3 dagen geleden." — in words, not only in colour. */
  readonly warning: string | undefined;
  readonly overdue: boolean;
}

export function isOpen(actie: Pick<Actie, 'status'>): boolean {
  return actie.status === 'open' || actie.status === 'bezig';
}

export function deadlineText(t: T, locale: Locale, actie: Actie, today: IsoDate): DeadlineText {
  if (actie.deadline === undefined)
    return { date: t('tab.actie.noDeadline'), warning: undefined, overdue: false };
  const date = formatDate(locale, actie.deadline);
  if (!isOpen(actie)) return { date, warning: undefined, overdue: false };
  const dagen = daysBetween(actie.deadline, today);
  if (dagen > 0) return { date, warning: t('tab.actie.overdue', { dagen }), overdue: true };
  if (dagen === 0) return { date, warning: t('tab.actie.dueToday'), overdue: false };
  return { date, warning: undefined, overdue: false };
}

export function herkomstText(t: T, actie: Actie): string {
  const bouwsteen = bouwsteenLabel(actie.herkomst.bouwsteen);
  return actie.herkomst.soort === 'reflectie'
    ? t('tab.actie.herkomst.reflectie', { bouwsteen })
    : t('tab.actie.herkomst.bouwsteen', { bouwsteen });
}

export function statusText(t: T, status: Actie['status']): string {
  return t(`tab.actie.status.${status}`);
}
