/**
 * `useT()`: UI strings in the host's locale, from the shared catalogue plus the tab's own keys
 * (`shared/i18n/tab.ts`, until the lead merges them into `nl.ts`).
 */
import { useMemo } from 'react';
import {
  formatNumber,
  nl,
  translate,
  type Locale,
  type MessageKey,
  type MessageValue,
  type ParamValue,
  type PluralMessage,
} from '../../shared/i18n/index.ts';
import { authMessages } from '../../shared/i18n/auth.ts';
import { tabMessages } from '../../shared/i18n/tab.ts';
import { useServices } from './services.tsx';

/** The shared catalogue, the tab's own keys and sign-in's, until the lead merges them into `nl.ts`. */
const own = { nl: { ...tabMessages.nl, ...authMessages.nl }, en: { ...tabMessages.en, ...authMessages.en } };
type OwnKey = keyof typeof own.nl;
type Catalog = typeof nl & typeof own.nl;
export type Key = keyof Catalog;

type Holes<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;
type VariantsOf<V> = V extends string ? V : V[Exclude<keyof V, 'plural'> & keyof V];
type ParamName<K extends Key> =
  Holes<VariantsOf<Catalog[K]>> | (Catalog[K] extends { plural: infer P extends string } ? P : never);
/** No argument for messages without placeholders, a params object for the others. */
export type ArgsOf<K extends Key> = [ParamName<K>] extends [never]
  ? []
  : [params: { readonly [P in ParamName<K>]: ParamValue }];

/** `t('tab.acties.count', { count: 3 })` → "3 acties". */
export type T = <K extends Key>(key: K, ...args: ArgsOf<K>) => string;

function isSharedKey(key: Key): key is MessageKey {
  return Object.hasOwn(nl, key);
}

function pick(locale: Locale, message: PluralMessage, params: Readonly<Record<string, ParamValue>>): string {
  const n = Number(params[message.plural]);
  const category = new Intl.PluralRules(locale === 'en' ? 'en-GB' : 'nl-NL').select(n);
  return message[category] ?? message.other;
}

function fill(locale: Locale, template: string, params: Readonly<Record<string, ParamValue>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (hole, name: string) => {
    const value = params[name];
    if (value === undefined) return hole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

function ownMessage(locale: Locale, key: OwnKey): MessageValue {
  return locale === 'en' ? own.en[key] : own.nl[key];
}

/** The string for `key` in `locale`. */
export function translateTab<K extends Key>(locale: Locale, key: K, ...args: ArgsOf<K>): string {
  const params: Readonly<Record<string, ParamValue>> = args[0] ?? {};
  if (isSharedKey(key)) {
    // Same params shape as the shared catalogue's; the key decides it.
    return (translate as (l: Locale, k: MessageKey, p: Readonly<Record<string, ParamValue>>) => string)(
      locale,
      key,
      params,
    );
  }
  const message = ownMessage(locale, key);
  const template = typeof message === 'string' ? message : pick(locale, message, params);
  return fill(locale, template, params);
}

export function translatorFor(locale: Locale): T {
  return (key, ...args) => translateTab(locale, key, ...args);
}

/** `t(key, params)` in the current locale; re-renders when the language changes. */
export function useT(): T {
  const { locale } = useServices().host;
  return useMemo(() => translatorFor(locale), [locale]);
}

/** The current locale, for formatting dates and numbers (`formatDate(locale, …)`). */
export function useLocale(): Locale {
  return useServices().host.locale;
}
