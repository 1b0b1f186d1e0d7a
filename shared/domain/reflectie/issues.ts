/**
 * What can be wrong with a reflectie or a meeting, as codes. A Validation error carries them as
 * i18n keys (`reflectie.validation.<code>`), so the host shows a Dutch sentence for each.
 */
import { KompasError } from '../errors.ts';

export const reflectieIssues = [
  'tijdzone',
  'startInVerleden',
  'eindVoorStart',
  'geenDeelnemers',
  'deelnemerZonderEmail',
  'teveelDeelnemers',
  'herhalingEindigtVoorStart',
  'afgerond',
  'datumInToekomst',
  'geenBouwsteen',
  'bouwsteenZonderReflectie',
  'bouwsteenNietInReflectie',
  'vraagNietInReflectie',
  'verkeerdeAntwoordsoort',
  'geenCijfervraag',
  'themaOnbekend',
  'deelnemerOnbekend',
  'dubbelCijfer',
  'geenActies',
  'deadlineVoorReflectie',
  'alGepland',
  'nietGepland',
  'geannuleerd',
  'linkOngeldig',
] as const;
export type ReflectieIssue = (typeof reflectieIssues)[number];
export type ReflectieIssueKey = `reflectie.validation.${ReflectieIssue}`;

export function issueKey(issue: ReflectieIssue): ReflectieIssueKey {
  return `reflectie.validation.${issue}`;
}

/** A Validation error whose issues are the i18n keys of `issues`, each once, in order. */
export function reflectieInvalid(what: string, issues: readonly ReflectieIssue[]): KompasError {
  const keys = [...new Set(issues)].map(issueKey);
  return new KompasError('Validation', `${what} is invalid: ${keys.join(', ')}`, { issues: keys });
}
