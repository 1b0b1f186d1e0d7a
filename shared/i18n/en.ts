/**
 * The whole English catalogue: the same keys as `nl.ts`, section by section (enforced by the
 * `Messages` type). For tests and tooling only, like `nl.ts`: the hosts get text from the registry.
 */
import { authMessages } from './auth.ts';
import { coreMessages } from './core.ts';
import type { MessageKey, Messages } from './messages.ts';
import { reflectieMessages } from './reflectie-messages.ts';
import { reflectiesTabMessages } from './reflecties-tab.ts';
import { screensCommonMessages } from './screens-common.ts';
import { screensMessages } from './screens.ts';
import { sessionMessages } from './session.ts';
import { tabMessages } from './tab.ts';
import { werkbladenMessages } from './werkbladen.ts';
import { wordMessages } from './word.ts';

const all = {
  ...coreMessages.en,
  ...authMessages.en,
  ...sessionMessages.en,
  ...tabMessages.en,
  ...screensCommonMessages.en,
  ...screensMessages.en,
  ...werkbladenMessages.en,
  ...reflectieMessages.en,
  ...reflectiesTabMessages.en,
  ...wordMessages.en,
};

// Compile-time check: `Messages` demands every Dutch key; spreads escape the excess-property check,
// so this catches an English key Dutch lacks.
type Extra = Exclude<keyof typeof all, MessageKey>;
const _noExtraKeys: [Extra] extends [never] ? true : Extra = true;

export const en: Messages = all;
