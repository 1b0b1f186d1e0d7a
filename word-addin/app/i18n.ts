/**
 * `useT()`: UI strings in the pane's locale, from the shared catalogue (error codes), the pane's own
 * keys (`shared/i18n/word.ts`) and sign-in's (`shared/i18n/auth.ts`), until the lead merges them.
 */
import { createContext, useContext } from 'react';
import { authMessages } from '../../shared/i18n/auth.ts';
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
import { wordMessages } from '../../shared/i18n/word.ts';

type Catalog = typeof nl & typeof wordMessages.nl & typeof authMessages.nl;
export type Key = keyof Catalog;

type Holes<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;
type VariantsOf<V> = V extends string ? V : V[Exclude<keyof V, 'plural'> & keyof V];
type ParamName<K extends Key> =
  Holes<VariantsOf<Catalog[K]>> | (Catalog[K] extends { plural: infer P extends string } ? P : never);
export type ArgsOf<K extends Key> = [ParamName<K>] extends [never]
  ? []
  : [params: { readonly [P in ParamName<K>]: ParamValue }];

/** `t('word.insert.done', { count: 3 })`. */
export type T = <K extends Key>(key: K, ...args: ArgsOf<K>) => string;

function isSharedKey(key: Key): key is MessageKey {
  return Object.hasOwn(nl, key);
}

function localMessage(locale: Locale, key: Exclude<Key, MessageKey>): MessageValue {
  const english = locale === 'en';
  if (Object.hasOwn(wordMessages.nl, key)) {
    const k = key as keyof typeof wordMessages.nl;
    return english ? wordMessages.en[k] : wordMessages.nl[k];
  }
  const k = key as keyof typeof authMessages.nl;
  return english ? authMessages.en[k] : authMessages.nl[k];
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

export function translateWord<K extends Key>(locale: Locale, key: K, ...args: ArgsOf<K>): string {
  const params: Readonly<Record<string, ParamValue>> = args[0] ?? {};
  if (isSharedKey(key)) {
    // Same params shape as the shared catalogue's; the key decides it.
    return (translate as (l: Locale, k: MessageKey, p: Readonly<Record<string, ParamValue>>) => string)(
      locale,
      key,
      params,
    );
  }
  const message = localMessage(locale, key);
  const template = typeof message === 'string' ? message : pick(locale, message, params);
  return fill(locale, template, params);
}

export function translatorFor(locale: Locale): T {
  return (key, ...args) => translateWord(locale, key, ...args);
}

const TranslatorContext = createContext<T>(translatorFor('nl'));
export const TranslatorProvider = TranslatorContext.Provider;

export function useT(): T {
  return useContext(TranslatorContext);
}
