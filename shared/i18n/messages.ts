/** The shape of the catalogue: `nl.ts` is the source; every other locale has the same keys. */
import type { QuestionKind } from '../content/schema.ts';
import type { ErrorCode } from '../domain/errors.ts';
import type { ProgressStatusName } from '../domain/rules/progress.ts';
import type { ReflectieStatus } from '../domain/rules/schedule.ts';
import type { WarningCode } from '../domain/rules/warnings.ts';
import type { nl } from './nl.ts';

/**
 * A whole sentence per plural category, chosen by `Intl.PluralRules` on the number in the
 * `plural` parameter. `other` is required; Dutch and English use `one` and `other`.
 */
export interface PluralMessage {
  readonly plural: string;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}
export type MessageValue = string | PluralMessage;
/** The plural categories `Intl.PluralRules` can select. */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof pluralCategories)[number];

type Source = typeof nl;
export type MessageKey = keyof Source;

/**
 * Another locale of a set of Dutch messages: the same keys (no more, no fewer when written as an
 * object literal), a string where Dutch has a string, plural forms on the same number where it has those.
 */
export type TranslationOf<Dutch> = {
  readonly [K in keyof Dutch]: Dutch[K] extends string
    ? string
    : PluralMessage & { readonly plural: Dutch[K] extends { plural: infer P } ? P : never };
};
/** A locale of the whole catalogue. */
export type Messages = TranslationOf<Source>;

type Holes<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;
type VariantsOf<V> = V extends string ? V : V[Exclude<keyof V, 'plural'> & keyof V];
/** The named placeholders of a message in `nl`, including the number that picks a plural form. */
export type ParamName<K extends MessageKey> =
  Holes<VariantsOf<Source[K]>> | (Source[K] extends { plural: infer P extends string } ? P : never);
export type ParamValue = string | number;
export type Params<K extends MessageKey> = { readonly [P in ParamName<K>]: ParamValue };
/** No argument for messages without placeholders, a params object for the others. */
export type ParamsArg<K extends MessageKey> = [ParamName<K>] extends [never] ? [] : [params: Params<K>];
/** Keys whose message takes no parameters, e.g. for validation messages kept as keys in a model. */
export type PlainKey = { [K in MessageKey]: [ParamName<K>] extends [never] ? K : never }[MessageKey];

/** Keys the domain's codes need, checked against `nl` at compile time in `nl.ts`. */
export type RequiredKey =
  | `error.${ErrorCode}`
  | `warning.${WarningCode}`
  | `progress.status.${ProgressStatusName}`
  | `schedule.status.${ReflectieStatus['status']}`
  | `questionKind.${QuestionKind}`;
