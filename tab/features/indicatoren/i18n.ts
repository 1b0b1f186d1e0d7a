/**
 * `useSt()`: the shell's strings plus the keys of the Indicatoren, Activiteiten and Geschiedenis
 * screens (`shared/i18n/screens.ts`), in the host's locale. Once the lead merges those keys into
 * the shell's catalogue, `useSt` becomes `useT` and this file goes.
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
import { screensMessages, type ScreensKey } from '../../../shared/i18n/screens.ts';
import { translateTab, useLocale, type Key as ShellKey } from '../../app/index.ts';
import type { ArgsOf as ShellArgsOf } from '../../app/i18n.ts';

type Own = typeof screensMessages.nl;

type Holes<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;
type VariantsOf<V> = V extends string ? V : V[Exclude<keyof V, 'plural'> & keyof V];
type OwnParamName<K extends ScreensKey> =
  Holes<VariantsOf<Own[K]>> | (Own[K] extends { plural: infer P extends string } ? P : never);
type OwnArgs<K extends ScreensKey> = [OwnParamName<K>] extends [never]
  ? []
  : [params: { readonly [P in OwnParamName<K>]: ParamValue }];

/** The screens' own keys that take no parameters (validation messages are such keys). */
export type PlainKey = { [K in ScreensKey]: [OwnParamName<K>] extends [never] ? K : never }[ScreensKey];

export type SKey = ScreensKey | ShellKey;
export type SArgs<K extends SKey> = K extends ScreensKey
  ? OwnArgs<K>
  : K extends ShellKey
    ? ShellArgsOf<K>
    : never;
export type St = <K extends SKey>(key: K, ...args: SArgs<K>) => string;

function isOwnKey(key: SKey): key is ScreensKey {
  return Object.hasOwn(screensMessages.nl, key);
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

function ownMessage(locale: Locale, key: ScreensKey): MessageValue {
  return locale === 'en' ? screensMessages.en[key] : screensMessages.nl[key];
}

/** The string for `key` in `locale`, filled with its params. */
export function translateS<K extends SKey>(locale: Locale, key: K, ...args: SArgs<K>): string {
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

export function translatorS(locale: Locale): St {
  return (key, ...args) => translateS(locale, key, ...args);
}

/** `t(key, params)` for these screens, in the current locale. */
export function useSt(): St {
  const locale = useLocale();
  return useMemo(() => translatorS(locale), [locale]);
}

/** A field's validation message, as a key (so models stay free of the locale). */
export type FieldError =
  { readonly key: PlainKey } | { readonly key: 'screens.validation.tooLong'; readonly max: number };

export function tooLong(max: number): FieldError {
  return { key: 'screens.validation.tooLong', max };
}

export function errorText(t: St, error: FieldError): string {
  return error.key === 'screens.validation.tooLong' ? t(error.key, { max: error.max }) : t(error.key);
}
