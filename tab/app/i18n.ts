/**
 * `useT()`: the shared catalogue's strings in the host's locale (Teams `app.locale`). The shell's
 * sections are registered here, at boot; each lazily loaded screen registers its own section from
 * its `index.tsx`, so the first download carries only the shell's text.
 */
import { useMemo } from 'react';
import '../../shared/i18n/auth.ts';
import {
  reportMissingMessages,
  translator,
  type Locale,
  type MessageKey,
  type Translate,
} from '../../shared/i18n/index.ts';
import '../../shared/i18n/screens-common.ts';
import '../../shared/i18n/session.ts';
import '../../shared/i18n/tab.ts';
import { useServices } from './services.tsx';

// A key whose section never loaded shows as the key; in development, also say which one.
if (import.meta.env.DEV) {
  reportMissingMessages((key) =>
    console.error(`Kompas: no text for '${key}': import its section from the screen's index.tsx.`),
  );
}

/** A key of the one catalogue (`shared/i18n/nl.ts`). */
export type Key = MessageKey;
/** `t('tab.acties.count', { count: 3 })` → "3 acties". */
export type T = Translate;

/** `t(key, params)` in the current locale; re-renders when the language changes. */
export function useT(): T {
  const { locale } = useServices().host;
  return useMemo(() => translator(locale), [locale]);
}

/** The current locale, for formatting dates and numbers (`formatDate(locale, …)`). */
export function useLocale(): Locale {
  return useServices().host.locale;
}
