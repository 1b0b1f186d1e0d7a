/** `useT()`: the shared catalogue's strings in the pane's locale (Office `displayLanguage`). */
import { createContext, useContext } from 'react';
import { translator, type MessageKey, type Translate } from '../../shared/i18n/index.ts';

/** A key of the one catalogue (`shared/i18n/nl.ts`). */
export type Key = MessageKey;
/** `t('word.insert.done', { count: 3 })`. */
export type T = Translate;

// The pane binds the locale once it has booted; Dutch until then.
const TranslatorContext = createContext<T>(translator('nl'));
export const TranslatorProvider = TranslatorContext.Provider;

export function useT(): T {
  return useContext(TranslatorContext);
}
