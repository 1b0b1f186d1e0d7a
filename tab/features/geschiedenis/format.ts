/** Instants and questions as people read them on the Geschiedenis screen. */
import type { Question } from '../../../shared/content/schema.ts';
import type { Locale } from '../../../shared/i18n/index.ts';
import { type T } from '../../app/index.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** "2 maart 2026 om 11:15", in the Netherlands' time zone where the partners work. */
export function formatInstant(locale: Locale, instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const tag = locale === 'en' ? 'en-GB' : 'nl-NL';
  let format = formats.get(tag);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(tag, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    });
    formats.set(tag, format);
  }
  return format.format(date);
}

/** The question's prompt, or its id when the edition no longer has it. */
export function promptOf(t: T, question: Question | undefined, questionId: string): string {
  return question?.prompt ?? t('geschiedenis.question.missing', { id: questionId });
}
