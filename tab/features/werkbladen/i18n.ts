/**
 * `useWt()`: the shell's strings plus the Werkbladen screen's own keys (`shared/i18n/werkbladen.ts`),
 * in the host's locale. Once the lead merges those keys into the shared catalogue this becomes `useT()`.
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
import { werkbladenMessages } from '../../../shared/i18n/werkbladen.ts';
import { translateTab, useLocale, type Key as ShellKey } from '../../app/index.ts';
import type { ArgsOf as ShellArgsOf } from '../../app/i18n.ts';

type Own = typeof werkbladenMessages.nl;
type OwnKey = keyof Own;

type Holes<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;
type VariantsOf<V> = V extends string ? V : V[Exclude<keyof V, 'plural'> & keyof V];
type OwnParamName<K extends OwnKey> =
  Holes<VariantsOf<Own[K]>> | (Own[K] extends { plural: infer P extends string } ? P : never);
type OwnArgs<K extends OwnKey> = [OwnParamName<K>] extends [never]
  ? []
  : [params: { readonly [P in OwnParamName<K>]: ParamValue }];

export type WKey = OwnKey | ShellKey;
/** Params of a key: the screen's own keys here, the shell's keys as the shell types them. */
export type WArgs<K extends WKey> = K extends OwnKey
  ? OwnArgs<K>
  : K extends ShellKey
    ? ShellArgsOf<K>
    : never;
export type Wt = <K extends WKey>(key: K, ...args: WArgs<K>) => string;

function isOwnKey(key: WKey): key is OwnKey {
  return Object.hasOwn(werkbladenMessages.nl, key);
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
  return locale === 'en' ? werkbladenMessages.en[key] : werkbladenMessages.nl[key];
}

/** The string for `key` in `locale`, filled with its params. */
export function translateW<K extends WKey>(locale: Locale, key: K, ...args: WArgs<K>): string {
  const params: Readonly<Record<string, ParamValue>> = args[0] ?? {};
  if (!isOwnKey(key)) {
    // The shell's translator takes the same params; the key decides their shape.
    return (translateTab as (l: Locale, k: ShellKey, p: Readonly<Record<string, ParamValue>>) => string)(
      locale,
      key,
      params,
    );
  }
  const message = ownMessage(locale, key);
  const template = typeof message === 'string' ? message : pick(locale, message, params);
  // Pseudo-locale: accent the template, never the person's own text in the placeholders.
  return fill(locale, locale === pseudoLocale ? pseudoize(template) : template, params);
}

export function translatorW(locale: Locale): Wt {
  return (key, ...args) => translateW(locale, key, ...args);
}

/** `t(key, params)` for the Werkbladen screen, in the current locale. */
export function useWt(): Wt {
  const locale = useLocale();
  return useMemo(() => translatorW(locale), [locale]);
}
