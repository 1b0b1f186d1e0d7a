/**
 * The whole Dutch catalogue, composed of its sections (one file per area; Dutch is the source).
 * Its type is where every key, parameter and plural comes from (`messages.ts` imports it as a
 * type). Its value is for tests and tooling only: the hosts never import it, because it holds every
 * screen's text; `translate` reads the registry, which each section fills when it loads.
 */
import { authMessages } from './auth.ts';
import { coreMessages } from './core.ts';
import type { MessageValue, RequiredKey } from './messages.ts';
import { reflectieMessages } from './reflectie-messages.ts';
import { reflectiesTabMessages } from './reflecties-tab.ts';
import { screensCommonMessages } from './screens-common.ts';
import { screensMessages } from './screens.ts';
import { sessionMessages } from './session.ts';
import { tabMessages } from './tab.ts';
import { werkbladenMessages } from './werkbladen.ts';
import { wordMessages } from './word.ts';

type Sections = [
  typeof coreMessages.nl,
  typeof authMessages.nl,
  typeof sessionMessages.nl,
  typeof tabMessages.nl,
  typeof screensCommonMessages.nl,
  typeof screensMessages.nl,
  typeof werkbladenMessages.nl,
  typeof reflectieMessages.nl,
  typeof reflectiesTabMessages.nl,
  typeof wordMessages.nl,
];

export const nl = {
  ...coreMessages.nl,
  ...authMessages.nl,
  ...sessionMessages.nl,
  ...tabMessages.nl,
  ...screensCommonMessages.nl,
  ...screensMessages.nl,
  ...werkbladenMessages.nl,
  ...reflectieMessages.nl,
  ...reflectiesTabMessages.nl,
  ...wordMessages.nl,
} as const satisfies Record<string, MessageValue>;

/** Keys that stand in more than one section: a later spread would silently win over an earlier one. */
type Clash<S extends readonly object[], Seen extends PropertyKey = never> = S extends readonly [
  infer Head extends object,
  ...infer Rest extends readonly object[],
]
  ? Extract<keyof Head, Seen> | Clash<Rest, Seen | keyof Head>
  : never;
const _everyKeyInOneSection: [Clash<Sections>] extends [never] ? true : Clash<Sections> = true;

// Compile-time check: every error code, warning code, status and question kind has a Dutch message.
type Missing = Exclude<RequiredKey, keyof typeof nl>;
const _everyCodeHasAMessage: [Missing] extends [never] ? true : Missing = true;
