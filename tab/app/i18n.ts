/** `useT()`: the shared catalogue's strings in the host's locale (Teams `app.locale`). */
import { useMemo } from 'react';
import { translator, type Locale, type MessageKey, type Translate } from '../../shared/i18n/index.ts';
import { useServices } from './services.tsx';

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
