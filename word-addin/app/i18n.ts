/**
 * `useT()`: the shared catalogue's strings in the pane's locale (Office `displayLanguage`). The
 * pane's sections (Word, sign-in, signing out) are registered here; the tab's screens are not.
 */
import { createContext, useContext } from 'react';
import '../../shared/i18n/auth.ts';
import { reportMissingMessages, translator, type Translate } from '../../shared/i18n/index.ts';
import '../../shared/i18n/session.ts';
import '../../shared/i18n/word.ts';

// A key whose section was not registered shows as the key; in development, also say which one.
if (import.meta.env.DEV) {
  reportMissingMessages((key) =>
    console.error(`Kompas: no text for '${key}': register its section in word-addin/app/i18n.ts.`),
  );
}

/** `t('word.insert.done', { count: 3 })`. */
export type T = Translate;

// The pane binds the locale once it has booted; Dutch until then.
const TranslatorContext = createContext<T>(translator('nl'));
export const TranslatorProvider = TranslatorContext.Provider;

export function useT(): T {
  return useContext(TranslatorContext);
}
