/**
 * Keeps text that a person typed from reordering the sentence it is put into. A name with
 * right-to-left letters, or with a bidi control it never closes (U+202E "right-to-left override"
 * in "foto\u202Egnp.exe"), would otherwise reverse the words after it: "Geen deadline" shown as
 * "enildaed neeG". Unicode's bidi algorithm (UAX #9, "Explicit Directional Isolates") offers first
 * strong isolate … pop directional isolate around inserted text, the plain-text form of HTML's
 * `<bdi>`. Text with neither right-to-left letters nor bidi controls cannot reorder its
 * surroundings in a left-to-right sentence, so it is left exactly as it is.
 */

const FSI = '\u2068';
const PDI = '\u2069';

/** Bidi controls and the right-to-left scripts' blocks (Hebrew … Arabic extended, presentation forms, Adlam …). */
const mayReorder =
  /[\p{Bidi_Control}\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** `text` wrapped in an isolate when it could reorder what is around it; otherwise unchanged. */
export function isolateBidi(text: string): string {
  return mayReorder.test(text) ? `${FSI}${text}${PDI}` : text;
}

/** Names typed by people, each isolated, joined for a sentence: "GGD, Politie". */
export function joinIsolated(names: readonly string[], separator = ', '): string {
  return names.map(isolateBidi).join(separator);
}
