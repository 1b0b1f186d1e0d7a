/**
 * Looking up and filling in UI strings, and formatting dates and numbers per locale. Messages come
 * from the registry (`registry.ts`): the core's section is registered here, the others by whoever
 * loads them.
 */
import { isolateBidi } from './bidi.ts';
import './core.ts';
import {
  pluralCategories,
  type MessageKey,
  type MessageValue,
  type ParamValue,
  type ParamsArg,
  type PluralCategory,
  type PluralMessage,
} from './messages.ts';
import { missingMessage, registeredMessage } from './registry.ts';

export const locales = ['nl', 'en'] as const;
/** Microsoft's pseudo-locale tag: accented, bracketed Dutch, to spot text that bypasses i18n. */
export const pseudoLocale = 'qps-ploc';
export type Locale = (typeof locales)[number] | typeof pseudoLocale;
export const defaultLocale: Locale = 'nl';

/** The BCP 47 tag Intl formats with: British English for day-month-year order. */
function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'nl-NL';
}

/** Maps a host's locale (Teams `app.locale`, Office `displayLanguage`: `en-us`, `nl-NL` …) to ours; Dutch otherwise. */
export function resolveLocale(tag: string | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (lower === pseudoLocale) return pseudoLocale;
  return lower === 'en' || lower.startsWith('en-') ? 'en' : 'nl';
}

const accents: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  n: 'ñ',
  c: 'ç',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
  N: 'Ñ',
  C: 'Ç',
};

/** Accents letters outside `{placeholders}` and brackets the text, so untranslated or cut-off text stands out. */
export function pseudoize(text: string): string {
  const body = text
    .split(/(\{[A-Za-z][A-Za-z0-9]*\})/)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((ch) => accents[ch] ?? ch).join('')))
    .join('');
  return `[${body}]`;
}

function pseudoMessage(value: MessageValue): MessageValue {
  if (typeof value === 'string') return pseudoize(value);
  const forms: Partial<Record<PluralCategory, string>> = {};
  for (const category of pluralCategories) {
    const text = value[category];
    if (text !== undefined) forms[category] = pseudoize(text);
  }
  return { ...forms, plural: value.plural, other: pseudoize(value.other) };
}

function messageOf(locale: Locale, key: MessageKey): MessageValue | undefined {
  if (locale !== pseudoLocale) return registeredMessage(locale, key);
  const dutch = registeredMessage('nl', key);
  return dutch === undefined ? undefined : pseudoMessage(dutch);
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, tag: string, make: () => T): T {
  let value = cache.get(tag);
  if (value === undefined) {
    value = make();
    cache.set(tag, value);
  }
  return value;
}

function pluralForm(
  locale: Locale,
  message: PluralMessage,
  params: Readonly<Record<string, ParamValue>>,
): string {
  const n = Number(params[message.plural]);
  const tag = intlTag(locale);
  const category = cached(pluralRules, tag, () => new Intl.PluralRules(tag)).select(n);
  return message[category] ?? message.other;
}

/** A number in the locale's notation: 1.234,5 in Dutch. Pass years and ids as strings. */
export function formatNumber(locale: Locale, value: number): string {
  const tag = intlTag(locale);
  return cached(numberFormats, tag, () => new Intl.NumberFormat(tag)).format(value);
}

/** Names typed by people as one phrase in the locale: "GGD, Politie en school"; each name isolated (bidi.ts). */
export function formatList(locale: Locale, names: readonly string[]): string {
  return new Intl.ListFormat(intlTag(locale), { type: 'conjunction' }).format(names.map(isolateBidi));
}

/** A calendar date in long form: "26 november 2026". Formatted in UTC, so the day never shifts. */
export function formatDate(locale: Locale, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) throw new RangeError(`not a calendar date: ${isoDate}`);
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  const tag = intlTag(locale);
  const format = cached(
    dateFormats,
    tag,
    () => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(date);
}

/**
 * Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing.
 * Text values are isolated where they could turn the sentence around them (see bidi.ts).
 */
function fill(locale: Locale, template: string, params: Readonly<Record<string, ParamValue>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (hole, name: string) => {
    const value = params[name];
    if (value === undefined) return hole;
    return typeof value === 'number' ? formatNumber(locale, value) : isolateBidi(value);
  });
}

/**
 * The UI string for `key` in `locale`, with its placeholders filled:
 * `translate('nl', 'progress.count', { count: 3, total: 5 })` → "3 van 5 vragen beantwoord".
 * A key whose section was not registered shows as the key itself (never a crash, never blank),
 * and is reported once.
 */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: ParamsArg<K>): string {
  const params: Readonly<Record<string, ParamValue>> = args[0] ?? {};
  const message = messageOf(locale, key);
  if (message === undefined) {
    missingMessage(key);
    return key;
  }
  const template = typeof message === 'string' ? message : pluralForm(locale, message, params);
  return fill(locale, template, params);
}

export type Translate = <K extends MessageKey>(key: K, ...args: ParamsArg<K>) => string;

/** `translate` bound to one locale, for a host to hand to its components. */
export function translator(locale: Locale): Translate {
  return (key, ...args) => translate(locale, key, ...args);
}
