/**
 * The catalogue's section for what every record screen of the Teams tab shares
 * (tab/features/common: Partners and Acties as well as Indicatoren and Activiteiten), so it is
 * registered with the shell (`tab/app/i18n.ts`) rather than with one screen.
 */
import type { MessageValue, TranslationOf } from './messages.ts';
import { registerMessages } from './registry.ts';

const nl = {
  'screens.validation.tooLong': 'Gebruik hooguit {max} tekens.',
  'screens.notFilled': 'Niet ingevuld',
} as const satisfies Record<string, MessageValue>;

const en: TranslationOf<typeof nl> = {
  'screens.validation.tooLong': 'Use at most {max} characters.',
  'screens.notFilled': 'Not filled in',
};

export const screensCommonMessages = { nl, en } as const;
registerMessages(screensCommonMessages);
