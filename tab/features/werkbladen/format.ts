/** Dates and times as people read them, in the screen's locale. */
import type { Locale } from '../../../shared/i18n/index.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** "2 maart 2026 om 10:15" for an ISO instant, in the Netherlands' time zone where the partners work. */
export function formatDateTime(locale: Locale, instant: string): string {
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
