/**
 * `useRt()`: the shell's strings, the core's reflectie sentences (`reflectieMessages`) and this
 * screen's own keys (`shared/i18n/reflecties-tab.ts`), in the host's locale. Once the lead merges
 * both files into the shell's catalogue, `useRt` becomes `useT` and this file goes.
 */
import { useMemo } from 'react';
import {
  formatNumber,
  pseudoize,
  pseudoLocale,
  type Locale,
  type MessageValue,
  type ParamValue,
  type PluralMessage,
} from '../../../shared/i18n/index.ts';
import { reflectieMessages, type ReflectieMessageKey } from '../../../shared/i18n/reflectie.ts';
import { reflectiesTabMessages, type ReflectiesTabKey } from '../../../shared/i18n/reflecties-tab.ts';
import { translateTab, useLocale, type Key as ShellKey } from '../../app/index.ts';
import type { ArgsOf as ShellArgsOf } from '../../app/i18n.ts';

type Own = typeof reflectiesTabMessages.nl;
type Core = typeof reflectieMessages.nl;

type Holes<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;
type VariantsOf<V> = V extends string ? V : V[Exclude<keyof V, 'plural'> & keyof V];
type ParamNames<V> = Holes<VariantsOf<V>> | (V extends { plural: infer P extends string } ? P : never);
type ArgsFor<V> = [ParamNames<V>] extends [never]
  ? []
  : [params: { readonly [P in ParamNames<V>]: ParamValue }];

export type RKey = ReflectiesTabKey | ReflectieMessageKey | ShellKey;
export type RArgs<K extends RKey> = K extends ReflectiesTabKey
  ? ArgsFor<Own[K]>
  : K extends ReflectieMessageKey
    ? ArgsFor<Core[K]>
    : K extends ShellKey
      ? ShellArgsOf<K>
      : never;
export type Rt = <K extends RKey>(key: K, ...args: RArgs<K>) => string;

function isOwnKey(key: RKey): key is ReflectiesTabKey {
  return Object.hasOwn(reflectiesTabMessages.nl, key);
}

function isCoreKey(key: RKey): key is ReflectieMessageKey {
  return Object.hasOwn(reflectieMessages.nl, key);
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

function templateOf(locale: Locale, key: ReflectiesTabKey | ReflectieMessageKey): MessageValue {
  const lang = locale === 'en' ? 'en' : 'nl';
  return isOwnKey(key) ? reflectiesTabMessages[lang][key] : reflectieMessages[lang][key];
}

/** The string for `key` in `locale`, filled with its params. */
export function translateR<K extends RKey>(locale: Locale, key: K, ...args: RArgs<K>): string {
  const params: Readonly<Record<string, ParamValue>> = args[0] ?? {};
  if (!isOwnKey(key) && !isCoreKey(key)) {
    // The shell's translator takes the same params; the key decides their shape.
    return (translateTab as (l: Locale, k: ShellKey, p: Readonly<Record<string, ParamValue>>) => string)(
      locale,
      key,
      params,
    );
  }
  const message = templateOf(locale, key);
  const template = typeof message === 'string' ? message : pick(locale, message, params);
  // Pseudo-locale: accent the template, never the person's own text in the placeholders.
  return fill(locale, locale === pseudoLocale ? pseudoize(template) : template, params);
}

export function translatorR(locale: Locale): Rt {
  return (key, ...args) => translateR(locale, key, ...args);
}

/** `t(key, params)` for the Reflecties screen, in the current locale. */
export function useRt(): Rt {
  const locale = useLocale();
  return useMemo(() => translatorR(locale), [locale]);
}
