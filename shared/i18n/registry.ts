/**
 * The messages `translate` reads. The catalogue's *type* holds every key (`nl.ts`); the *values*
 * arrive section by section, so a host's first download carries only what its shell shows: the
 * core's section comes with `translate`, a host's shell sections with its `app/i18n.ts`, and a
 * lazily loaded screen's section with its chunk. Each section module registers itself when it is
 * first imported, so whoever imports a section's strings can also translate them.
 */
import type { MessageKey, MessageValue, TranslationOf } from './messages.ts';

/** The locales a section is written in; the pseudo-locale is derived from Dutch. */
export type SectionLocale = 'nl' | 'en';

/** A section's Dutch messages: keys of the catalogue only. */
export type DutchSection<D> = { readonly [K in keyof D]: K extends MessageKey ? MessageValue : never };

/** A part of the catalogue, nl and en with the same keys and plural shapes. */
export interface MessageSection<D extends DutchSection<D>> {
  readonly nl: D;
  readonly en: TranslationOf<D>;
}

const registered: { readonly [L in SectionLocale]: Map<string, MessageValue> } = {
  nl: new Map(),
  en: new Map(),
};

/** Makes a section's messages available to `translate`. Registering a section again changes nothing. */
export function registerMessages<D extends DutchSection<D>>(section: MessageSection<D>): void {
  for (const locale of ['nl', 'en'] as const) {
    const messages: Readonly<Record<string, MessageValue>> = section[locale];
    for (const [key, value] of Object.entries(messages)) registered[locale].set(key, value);
  }
}

/** The registered message, or undefined while the section holding `key` has not been loaded. */
export function registeredMessage(locale: SectionLocale, key: MessageKey): MessageValue | undefined {
  return registered[locale].get(key);
}

/** Whether the section holding `key` has been registered. */
export function isRegistered(key: MessageKey): boolean {
  return registered.nl.has(key);
}

let report: ((key: MessageKey) => void) | undefined;
const reported = new Set<string>();

/**
 * Where a missing key is reported (once per key): a host passes `console.error` in development.
 * The core has no console; without a reporter a missing key only shows as its fallback text.
 */
export function reportMissingMessages(reporter: ((key: MessageKey) => void) | undefined): void {
  report = reporter;
}

/** Records that `key` was asked for before its section was registered. */
export function missingMessage(key: MessageKey): void {
  if (report === undefined || reported.has(key)) return;
  reported.add(key);
  report(key);
}
