/**
 * Bouwstenen 0-A … 2: the ids other code depends on, the partner overview and the grades
 * against seed 003, cross references, Leren-en-verbeteren cadence, and what each overlay adds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bouwsteen0A } from '../../../shared/content/base/bouwsteen-0a.ts';
import { bouwsteen0B } from '../../../shared/content/base/bouwsteen-0b.ts';
import { bouwsteen1A } from '../../../shared/content/base/bouwsteen-1a.ts';
import { bouwsteen1B } from '../../../shared/content/base/bouwsteen-1b.ts';
import { bouwsteen2 } from '../../../shared/content/base/bouwsteen-2.ts';
import { algemeen2 } from '../../../shared/content/editions/algemeen/bouwsteen-2.ts';
import { algemeenOverlay } from '../../../shared/content/editions/algemeen/index.ts';
import { sgg0A } from '../../../shared/content/editions/sgg/bouwsteen-0a.ts';
import { sgg0B } from '../../../shared/content/editions/sgg/bouwsteen-0b.ts';
import { sgg1A } from '../../../shared/content/editions/sgg/bouwsteen-1a.ts';
import { sgg1B } from '../../../shared/content/editions/sgg/bouwsteen-1b.ts';
import { sgg2 } from '../../../shared/content/editions/sgg/bouwsteen-2.ts';
import { sggOverlay } from '../../../shared/content/editions/sgg/index.ts';
import { applyOverlay, type OverlayOp } from '../../../shared/content/overlay.ts';
import {
  BouwsteenSchema,
  type Bouwsteen,
  type Guidance,
  type Question,
  type QuestionInput,
  type QuestionKind,
} from '../../../shared/content/schema.ts';

const seedsDir = path.resolve(import.meta.dirname, '../../../../shared/seeds');

function seed(name: string): string {
  const file = path.join(seedsDir, name);
  if (!fs.existsSync(file))
    throw new Error(`seed ${name} not found in ${seedsDir} (the shared/ folder beside the checkout)`);
  return fs.readFileSync(file, 'utf8');
}

const seed003 = seed('003_5171f1eb69702403.txt');
const seed004 = seed('004_5a189afd27617be1.txt');
/** Seed 003 from "Bouwsteen O-A" up to, not including, "Bouwsteen 3-A". */
const seed003Part = seed003.slice(seed003.indexOf('Bouwsteen O-A'), seed003.indexOf('Bouwsteen 3-A'));

const base = [bouwsteen0A, bouwsteen0B, bouwsteen1A, bouwsteen1B, bouwsteen2];
const sggOps = [...sgg0A, ...sgg0B, ...sgg1A, ...sgg1B, ...sgg2];

// Built from these bouwstenen only, so the test does not depend on the state of 3-A … 6.
function build(id: 'sgg' | 'algemeen', ops: readonly OverlayOp[]): Bouwsteen[] {
  return applyOverlay(base, { id, version: '1.0.0', title: 'test', publisher: 'test', sources: [], ops }).map(
    (b) => BouwsteenSchema.parse(b),
  );
}

const editions = {
  basis: build('sgg', []),
  sgg: build('sgg', sggOps),
  algemeen: build('algemeen', algemeen2),
};

function questions(bouwstenen: readonly Bouwsteen[]): Question[] {
  return bouwstenen
    .flatMap((b) => [...b.intro, ...b.vooraf, ...b.sheets.flatMap((s) => s.items)])
    .filter((item): item is Question => item.type === 'question');
}

function question(bouwstenen: readonly Bouwsteen[], id: string): Question {
  const found = questions(bouwstenen).find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

function inputOf<K extends QuestionKind>(q: Question, kind: K): Extract<QuestionInput, { kind: K }> {
  if (q.input.kind !== kind) throw new Error(`${q.id} is ${q.input.kind}, expected ${kind}`);
  return q.input as Extract<QuestionInput, { kind: K }>;
}

function guidanceOf(bouwstenen: readonly Bouwsteen[]): Guidance[] {
  return bouwstenen.flatMap((b) =>
    [...b.intro, ...b.vooraf, ...b.sheets.flatMap((s) => s.items)].flatMap((item) =>
      item.type === 'question' ? item.guidance : item.type === 'guidance' ? [item.guidance] : [],
    ),
  );
}

describe.each(['sgg', 'algemeen'] as const)('bouwstenen 0-A … 2 in %s', (edition) => {
  const bs = editions[edition];

  it.each([
    ['0A.vraagstuk', 'longText'],
    ['0A.partners', 'partnerOverview'],
    ['0A.gezamenlijk-vraagstuk.opvalt', 'longText'],
    ['0B.vraagstuk', 'longText'],
    ['0B.lv.afspraken', 'frequency'],
    ['0B.lv.cijfers', 'grades'],
    ['0B.lv.acties', 'actions'],
    ['1B.ambities', 'list'],
    ['1B.lv.afspraken', 'frequency'],
    ['2.ambitie', 'longText'],
    ['2.doelgroepen', 'longText'],
    ['2.resultaten', 'list'],
    ['2.indicatoren', 'indicators'],
    ['2.vooraf.betrekken', 'longText'],
    ['2.vooraf.partners', 'longText'],
    ['2.lv.afspraken', 'frequency'],
  ] as const)('%s is a %s question', (id, kind) => {
    expect(question(bs, id).input.kind).toBe(kind);
  });

  it('keeps question ids unique', () => {
    const ids = questions(bs).map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the agreed shapes of the lists and indicators', () => {
    expect(inputOf(question(bs, '1B.ambities'), 'list')).toEqual({
      kind: 'list',
      itemLabel: 'Ambitie',
      softMax: 3,
    });
    expect(inputOf(question(bs, '2.resultaten'), 'list').itemLabel).toBe('Maatschappelijk resultaat');
    expect(inputOf(question(bs, '2.indicatoren'), 'indicators')).toMatchObject({
      scope: 'maatschappelijk-resultaat',
      slots: seed003Part.split('\nIndicator of signaal:').length - 1,
    });
  });

  it('cross-references 0-A and 1-B where the seed says so', () => {
    expect(question(bs, '0B.vraagstuk').crossRef).toEqual({
      question: '0A.gezamenlijk-vraagstuk.opvalt',
      note: 'Zet hier nogmaals het gezamenlijke vraagstuk uit sheet 2 van bouwsteen 0-A neer.',
    });
    expect(question(bs, '2.ambitie').crossRef).toEqual({
      question: '1B.ambities',
      note: 'Neem de ambitie uit bouwsteen 1 als uitgangspunt bij het beantwoorden van deze vraag.',
    });
    // "sheet 2 van bouwsteen 0-A" is the sheet that holds the referenced question.
    const sheet2 = bs.find((b) => b.id === '0A')?.sheets[1];
    expect(sheet2?.title).toBe('Wat is ons gezamenlijke vraagstuk?');
    expect(
      sheet2?.items.some((i) => i.type === 'question' && i.id === '0A.gezamenlijk-vraagstuk.opvalt'),
    ).toBe(true);
  });

  it('puts a Leren-en-verbeteren sheet last in 0-B, 1-B and 2 only, with cadence on every question', () => {
    for (const b of bs) {
      const lv = b.sheets.filter((s) => s.kind === 'lerenEnVerbeteren');
      if (!['0B', '1B', '2'].includes(b.id)) {
        expect(lv, b.id).toEqual([]);
        continue;
      }
      expect(
        lv.map((s) => s.id),
        b.id,
      ).toEqual([b.sheets.at(-1)?.id]);
      const sheet = b.sheets.at(-1);
      const qs = (sheet?.items ?? []).filter((i): i is Question => i.type === 'question');
      expect(sheet?.actie, b.id).toBeTruthy();
      // The agreement comes first and is answered once; everything after it every cycle.
      expect(qs[0]?.id).toBe(`${b.id}.lv.afspraken`);
      expect(qs[0]?.input.kind).toBe('frequency');
      expect(qs[0]?.cadence).toBe('eenmalig');
      expect(qs.slice(1).map((q) => q.cadence)).toEqual(qs.slice(1).map(() => 'periodiek'));
    }
  });

  it.each(['1B', '2'])('asks the four reflection questions of %s in step order', (id) => {
    const reflection = questions(bs.filter((b) => b.id === id)).filter((q) => q.input.kind === 'reflection');
    expect(reflection.map((q) => [q.id, inputOf(q, 'reflection').step])).toEqual([
      [`${id}.lv.herkennen`, 'herkennen'],
      [`${id}.lv.begrijpen`, 'begrijpen'],
      [`${id}.lv.waarderen`, 'waarderen'],
      [`${id}.lv.verbeteren`, 'verbeteren'],
    ]);
  });

  it('grades the five themes of the samenwerking with the seed questions', () => {
    const grades = inputOf(question(bs, '0B.lv.cijfers'), 'grades');
    expect(grades.themes.map((t) => [t.id, t.label])).toEqual([
      ['gezamenlijkVraagstuk', 'Gezamenlijk vraagstuk'],
      ['belangen', 'Belangen'],
      ['relatie', 'Relatie'],
      ['organisatie', 'Organisatie'],
      ['proces', 'Proces'],
    ]);
    expect([grades.min, grades.max]).toEqual([1, 10]);
    for (const theme of grades.themes) {
      const line = seed003Part.split('\n').find((l) => l.startsWith(`${theme.label}: `));
      expect(theme.prompt, theme.label).toBe(line?.slice(theme.label.length + 2).trim());
    }
  });
});

describe('the 0-A partner overview', () => {
  const overview = inputOf(question(editions.basis, '0A.partners'), 'partnerOverview');
  const lines = seed003Part.split('\n');
  const header = lines.findIndex((l) => l.startsWith('Domein\t'));
  const levelLabels = (lines[header] ?? '').split('\t').slice(1);
  const rows = lines.slice(header + 1, header + 1 + overview.domains.length).map((l) => l.split('\t'));
  // The one PDF artefact repaired in the table: a line-break hyphen in a narrow cell.
  const repair = (cell: string) => cell.replace('jeugd-reclassering', 'jeugdreclassering').trim();

  it('has the agreed domains and levels in the seed order', () => {
    expect(overview.domains.map((d) => [d.id, d.label])).toEqual([
      ['opvangOnderwijs', 'Opvang en onderwijs'],
      ['welzijnSportCultuur', 'Welzijn, sport en cultuur'],
      ['gezondheidZorg', 'Gezondheid en zorg'],
      ['wonenWerkInkomen', 'Wonen, werk en inkomen'],
      ['veiligheid', 'Veiligheid'],
    ]);
    expect(overview.levels.map((l) => l.id)).toEqual([
      'basisvoorzieningen',
      'basisondersteuning',
      'intensief',
    ]);
    expect(overview.levels.map((l) => l.label)).toEqual(levelLabels);
    expect(rows.map((r) => r[0])).toEqual(overview.domains.map((d) => d.label));
  });

  it('suggests every organisation of the seed in its cell, and nothing else', () => {
    const cells = rows.flatMap((row) =>
      overview.levels.map((level, i) => ({
        domain: overview.domains.find((d) => d.label === row[0])?.id,
        level: level.id,
        seed: repair(row[i + 1] ?? ''),
      })),
    );
    for (const cell of cells) {
      const suggested = overview.suggestions.find((s) => s.domain === cell.domain && s.level === cell.level);
      expect(suggested?.organisations.join(' ') ?? '', `${cell.domain} × ${cell.level}`).toBe(cell.seed);
    }
    expect(overview.suggestions).toHaveLength(cells.filter((c) => c.seed !== '').length);
  });
});

describe('what each overlay adds', () => {
  const texts = (gs: readonly Guidance[]) => gs.flatMap((g) => [...g.text, ...g.bullets.map((b) => b.text)]);

  it('is wired into the editions', () => {
    expect(sggOverlay.ops).toEqual(expect.arrayContaining(sggOps));
    expect(algemeenOverlay.ops).toEqual(expect.arrayContaining([...algemeen2]));
  });

  it('keeps the theme out of the base and the algemeen edition, and in the sgg edition', () => {
    const theme = /seks|grensoverschrijd|lhbt/i;
    expect(texts(guidanceOf(editions.basis)).filter((t) => theme.test(t))).toEqual([]);
    expect(texts(guidanceOf(editions.algemeen)).filter((t) => theme.test(t))).toEqual([]);
    expect(texts(guidanceOf(editions.sgg)).filter((t) => theme.test(t)).length).toBeGreaterThanOrEqual(6);
    expect(question(editions.sgg, '2.doelgroepen').guidance.map((g) => g.kind)).toEqual(['advies']);
  });

  it('keeps every link of seed 003 for these bouwstenen in the sgg edition', () => {
    const links = guidanceOf(editions.sgg).flatMap((g) => g.links);
    const titles = [...seed003Part.matchAll(/\[([^\]]+)\]\(#\)/g)].map((m) =>
      (m[1] ?? '').replace(/\\([()])/g, '$1').replace('^e', 'e'),
    );
    const urls = [...seed003Part.matchAll(/\bwww\.[^\s,]+[a-z]/g)].map((m) => `https://${m[0]}`);
    expect(titles.length).toBeGreaterThan(0);
    expect(links.map((l) => l.title)).toEqual(expect.arrayContaining(titles));
    expect(links.map((l) => l.url)).toEqual(expect.arrayContaining(urls));
  });

  it('gives the algemeen edition the generic worksheet wording, examples and links', () => {
    expect(question(editions.algemeen, '2.bereikt').prompt).toBe(
      'Waaraan zien we dat ons resultaat bereikt is of dat we op de goede weg zijn?',
    );
    expect(question(editions.sgg, '2.bereikt').prompt).toMatch(/^Waarom zien we/);
    const voorbeelden = guidanceOf(editions.algemeen).filter((g) => g.kind === 'voorbeeld');
    // Every "Voorbeeld" passage of seed 004, by its first words.
    const seedExamples = [...seed004.matchAll(/Voorbeeld(?: [a-z]+:|\.) (\S+ \S+ \S+)/g)].map(
      (m) => m[1] ?? '',
    );
    expect(seedExamples).toHaveLength(8);
    for (const start of seedExamples) {
      expect(
        voorbeelden.some((g) => g.text.some((t) => t.replace(/^[A-Z][a-z]+: /, '').startsWith(start))),
        start,
      ).toBe(true);
    }
    const urls = guidanceOf(editions.algemeen).flatMap((g) => g.links.map((l) => l.url));
    for (const url of seed004.match(/https:\/\/\S+/g) ?? []) expect(urls).toContain(url);
    expect(voorbeelden.length).toBe(seedExamples.length);
  });
});
