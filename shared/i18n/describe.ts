/** Words for the domain's typed values: error codes, warnings, statuses. */
import type { BouwsteenId } from '../content/schema.ts';
import type { Frequency } from '../domain/answer.ts';
import type { ErrorCode } from '../domain/errors.ts';
import type { BouwsteenStatus, ProgressStatus } from '../domain/rules/progress.ts';
import type { ReflectieStatus } from '../domain/rules/schedule.ts';
import type { Warning } from '../domain/rules/warnings.ts';
import { formatDate, translate, type Locale } from './translate.ts';

/** "0A" → "0-A", as the NJi writes bouwsteen numbers. */
export function bouwsteenLabel(id: BouwsteenId): string {
  return id.replace(/^(\d)([A-Z])$/, '$1-$2');
}

/** The message people read for a KompasError's code. */
export function errorMessage(locale: Locale, code: ErrorCode): string {
  return translate(locale, `error.${code}`);
}

export function progressStatusLabel(locale: Locale, state: ProgressStatus | BouwsteenStatus): string {
  return translate(locale, `progress.status.${state.status}`);
}

export function reflectieStatusText(locale: Locale, state: ReflectieStatus): string {
  switch (state.status) {
    case 'geen-afspraak':
      return translate(locale, 'schedule.status.geen-afspraak');
    case 'gepland':
      return translate(locale, 'schedule.status.gepland', { datum: formatDate(locale, state.due) });
    case 'binnenkort':
      return translate(locale, 'schedule.status.binnenkort', { datum: formatDate(locale, state.due) });
    case 'verlopen':
      return translate(locale, 'schedule.status.verlopen', {
        datum: formatDate(locale, state.due),
        dagen: state.dagen,
      });
  }
}

export function frequencyText(locale: Locale, frequentie: Frequency): string {
  return translate(locale, `frequency.${frequentie.unit}`, { interval: frequentie.interval });
}

/** The sentence for a warning, with its data filled in. */
export function describeWarning(locale: Locale, warning: Warning): string {
  switch (warning.code) {
    case 'listOverSoftMax':
      return translate(locale, 'warning.listOverSoftMax', {
        vraag: warning.vraag,
        count: warning.count,
        max: warning.max,
      });
    case 'resultWithoutIndicator':
      return translate(locale, 'warning.resultWithoutIndicator', { resultaat: warning.resultaat });
    case 'indicatorTargetYearPast':
      // A year is not a quantity: "2025", never "2.025".
      return translate(locale, 'warning.indicatorTargetYearPast', {
        jaar: String(warning.jaar),
        indicator: warning.naam,
      });
    case 'activityWithoutResult':
      return translate(locale, 'warning.activityWithoutResult', { activiteit: warning.naam });
    case 'reflectionOverdue':
      return translate(locale, 'warning.reflectionOverdue', {
        bouwsteen: bouwsteenLabel(warning.place.bouwsteen),
        datum: formatDate(locale, warning.due),
        dagen: warning.dagen,
      });
    case 'actionOverdue':
      return translate(locale, 'warning.actionOverdue', {
        actie: warning.tekst,
        deadline: formatDate(locale, warning.deadline),
        dagen: warning.dagen,
      });
  }
}
