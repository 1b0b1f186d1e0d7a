/** Making user text safe for HTML and formatting meeting dates in Dutch. */
import { z } from 'zod';
import type { LocalDateTime } from '../domain/reflectie/zoned.ts';
import { dateOf, timeOf } from '../domain/reflectie/zoned.ts';
import type { IsoDate } from '../domain/time.ts';
import { reflectieText, type ReflectieLocale } from '../i18n/reflectie.ts';

/**
 * Whether a code point may stand in an invitation: no C0 controls but tab and line breaks,
 * no DEL, no non-characters and no lone surrogates.
 */
function allowed(codePoint: number): boolean {
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return true;
  if (codePoint < 0x20 || codePoint === 0x7f) return false;
  if (codePoint === 0xfffe || codePoint === 0xffff) return false;
  return codePoint < 0xd800 || codePoint > 0xdfff;
}

/** The text without characters a mail client or calendar may choke on. */
export function cleanText(text: string): string {
  let out = '';
  for (const ch of text) {
    // for…of yields a lone surrogate on its own, so it is dropped here.
    if (allowed(ch.codePointAt(0) ?? 0)) out += ch;
  }
  return out;
}

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** User text as HTML text or attribute value: inert, whatever it contains. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (ch) => entities[ch] ?? ch);
}

const WebUrl = z.url({ protocol: /^https?$/ });

/** The link when it is an http(s) URL; anything else (javascript:, data:, text) is no link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.trim();
  // The URL parser forgives spaces and line breaks; an invitation or .ics line must not hold them.
  if (/[\s"<>]/.test(trimmed) || cleanText(trimmed) !== trimmed) return undefined;
  const parsed = WebUrl.safeParse(trimmed);
  return parsed.success ? parsed.data : undefined;
}

const tags: Readonly<Record<ReflectieLocale, string>> = { nl: 'nl-NL', en: 'en-GB' };
const longDates = new Map<string, Intl.DateTimeFormat>();
const shortDates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A calendar date as a UTC Date, so formatting never shifts the day. */
function utcDay(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new RangeError(`not a date: ${date}`);
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day;
}

/** "dinsdag 12 januari 2027". */
export function formatLongDate(locale: ReflectieLocale, date: IsoDate): string {
  const format = cached(
    longDates,
    locale,
    () =>
      new Intl.DateTimeFormat(tags[locale], {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(utcDay(date));
}

/** "12 januari 2027", for deadlines and measurement dates. */
export function formatShortDate(locale: ReflectieLocale, date: IsoDate): string {
  const format = cached(
    shortDates,
    locale,
    () =>
      new Intl.DateTimeFormat(tags[locale], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(utcDay(date));
}

/** "dinsdag 12 januari 2027, 14:00": the wall-clock time as agreed, whatever the device's zone. */
export function formatDateTime(locale: ReflectieLocale, local: LocalDateTime): string {
  return `${formatLongDate(locale, dateOf(local))}, ${timeOf(local)}`;
}

/** "dinsdag 12 januari 2027, 14:00 tot 15:30", or both full moments when it ends on another day. */
export function formatWhen(locale: ReflectieLocale, start: LocalDateTime, eind: LocalDateTime): string {
  if (dateOf(start) === dateOf(eind)) {
    return reflectieText(locale, 'reflectie.agenda.wanneer', {
      datum: formatLongDate(locale, dateOf(start)),
      van: timeOf(start),
      tot: timeOf(eind),
    });
  }
  return reflectieText(locale, 'reflectie.agenda.wanneerMeerdereDagen', {
    van: formatDateTime(locale, start),
    tot: formatDateTime(locale, eind),
  });
}

/** A figure in the locale's notation: 12,5 in Dutch. */
export function formatFigure(locale: ReflectieLocale, value: number): string {
  return cached(numbers, locale, () => new Intl.NumberFormat(tags[locale])).format(value);
}
