/**
 * Leren en verbeteren's sentences for the core (meeting subjects, agendas, cancellations). The
 * strings live in the one catalogue (`reflectie-messages.ts` is its section, registered by
 * importing it here, so the meeting builder's callers need nothing else); this module keeps the
 * names the meeting builder imports.
 */
import { reflectieMessages, type ReflectieMessageKey } from './reflectie-messages.ts';
import type { ParamsArg } from './messages.ts';
import { translate } from './translate.ts';

export { reflectieMessages, type ReflectieMessageKey };
export type ReflectieLocale = keyof typeof reflectieMessages;

/**
 * `translate` for the core's reflectie keys, in nl or en. Callers format numbers and dates first,
 * so the text never depends on the device's locale.
 */
export function reflectieText<K extends ReflectieMessageKey>(
  locale: ReflectieLocale,
  key: K,
  ...args: ParamsArg<K>
): string {
  return translate(locale, key, ...args);
}
