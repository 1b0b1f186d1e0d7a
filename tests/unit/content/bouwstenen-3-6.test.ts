/**
 * Bouwstenen 3-A … 6: base plus each edition's overlay for these bouwstenen only, so the check does not
 * depend on the other bouwstenen being complete. Expectations are read from the seeds wherever the seed
 * has the structure (what works, the quality table, the do's and don'ts, the question sentences).
 */
import { describe, expect, it } from 'vitest';
import { bouwsteen3A } from '../../../shared/content/base/bouwsteen-3a.ts';
import { bouwsteen3B } from '../../../shared/content/base/bouwsteen-3b.ts';
import { bouwsteen4 } from '../../../shared/content/base/bouwsteen-4.ts';
import { bouwsteen5 } from '../../../shared/content/base/bouwsteen-5.ts';
import { bouwsteen6 } from '../../../shared/content/base/bouwsteen-6.ts';
import { algemeen3A } from '../../../shared/content/editions/algemeen/bouwsteen-3a.ts';
import { algemeen5 } from '../../../shared/content/editions/algemeen/bouwsteen-5.ts';
import { sgg3A } from '../../../shared/content/editions/sgg/bouwsteen-3a.ts';
import { sgg3B } from '../../../shared/content/editions/sgg/bouwsteen-3b.ts';
import { sgg4 } from '../../../shared/content/editions/sgg/bouwsteen-4.ts';
import { sgg5 } from '../../../shared/content/editions/sgg/bouwsteen-5.ts';
import { sgg6 } from '../../../shared/content/editions/sgg/bouwsteen-6.ts';
import { applyOverlay, type OverlayOp } from '../../../shared/content/overlay.ts';
import {
  BouwsteenSchema,
  type Bouwsteen,
  type Question,
  type QuestionInput,
  type SheetItem,
} from '../../../shared/content/schema.ts';
import { readSeed, type SeedId } from '../../fixtures/seeds.ts';

const base = [bouwsteen3A, bouwsteen3B, bouwsteen4, bouwsteen5, bouwsteen6];

function build(id: 'sgg' | 'algemeen', ops: readonly OverlayOp[]): Bouwsteen[] {
  const overlay = { id, version: '0.0.0', title: id, publisher: 'NJi', sources: ['test'], ops };
  return applyOverlay(base, overlay).map((b) => BouwsteenSchema.parse(b));
}

const editions = {
  sgg: build('sgg', [...sgg3A, ...sgg3B, ...sgg4, ...sgg5, ...sgg6]),
  algemeen: build('algemeen', [...algemeen3A, ...algemeen5]),
};
const basis = build('algemeen', []);

const itemsOf = (b: Bouwsteen): SheetItem[] => [...b.intro, ...b.vooraf, ...b.sheets.flatMap((s) => s.items)];
const questionsOf = (bs: readonly Bouwsteen[]): Question[] =>
  bs.flatMap(itemsOf).filter((i): i is Question => i.type === 'question');

function question(bs: readonly Bouwsteen[], id: string): Question {
  const q = questionsOf(bs).find((x) => x.id === id);
  if (!q) throw new Error(`question ${id} missing`);
  return q;
}

function input<K extends QuestionInput['kind']>(
  bs: readonly Bouwsteen[],
  id: string,
  kind: K,
): Extract<QuestionInput, { kind: K }> {
  const i = question(bs, id).input;
  if (i.kind !== kind) throw new Error(`question ${id} is ${i.kind}, expected ${kind}`);
  return i as Extract<QuestionInput, { kind: K }>;
}

/** Every string in the content, joined, with white space folded. */
function fullText(value: unknown): string {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return strings.join('\n').replace(/\s+/g, ' ');
}

/** The PDF artefacts of these seeds, repaired as the content rules prescribe. */
const repairs: [RegExp, string][] = [
  [/maatschappe lijke/g, 'maatschappelijke'],
  [/bouw steen/g, 'bouwsteen'],
  [/belang-\s*rijk/g, 'belangrijk'],
  [/leef-omgevingen/g, 'leefomgevingen'],
  [/organi satie/g, 'organisatie'],
  [/\\([()])/g, '$1'],
];

function normalise(text: string): string {
  let t = text.replace(/\*\*|★|\*/g, '').replace(/<[^>]+>/g, ' ');
  for (const [from, to] of repairs) t = t.replace(from, to);
  return t.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Question sentences of a seed (from `start` on): every sentence ending in "?", per paragraph and bullet. */
function questionSentences(seed: SeedId, start?: string): string[] {
  const raw = readSeed(seed);
  const text = start === undefined ? raw : raw.slice(raw.indexOf(start));
  return text
    .split(/\n\s*\n|\n(?=[A-Z•\d-])|•|\t/)
    .map((p) => normalise(p).replace(/\s+/g, ' ').trim())
    .flatMap((p) => p.split(/(?<=[.?!:])\s+/))
    .map((s) => s.replace(/^(\d\.?\s+|- |Vervolg – )+/, '').trim())
    .filter((s) => s.endsWith('?'));
}

describe('bouwstenen 3-A … 6', () => {
  it('have unique question ids with the bouwsteen prefix in both editions', () => {
    for (const bs of Object.values(editions)) {
      for (const b of bs) {
        for (const q of questionsOf([b])) expect(q.id.split('.')[0]).toBe(b.id);
      }
      const ids = questionsOf(bs).map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('use the required ids with the right kinds', () => {
    for (const bs of Object.values(editions)) {
      for (const category of ['kennis', 'principes', 'randvoorwaarden', 'anders'] as const) {
        expect(input(bs, `3A.${category}`, 'veranderverhaal').category).toBe(category);
      }
      expect(question(bs, '3A.anders').optional).toBe(true);
      expect(question(bs, '3A.kennis').optional).toBe(false);
      expect(input(bs, '3A.prioriteit', 'prioritering').from).toEqual([
        '3A.kennis',
        '3A.principes',
        '3A.randvoorwaarden',
        '3A.anders',
      ]);
      expect(question(bs, '3A.prioriteit').prompt).toMatch(/^Welke elementen vinden we het belangrijkste\?/);
      expect(input(bs, '3A.indicatoren', 'indicators')).toMatchObject({ scope: 'veranderverhaal', slots: 3 });
      expect(input(bs, '5.indicatoren', 'indicators')).toMatchObject({ scope: 'uitkomst', slots: 3 });
      expect(input(bs, '3B.matrix', 'activityMatrix').resultsFrom).toBe('2.resultaten');
      expect(input(bs, '4.kwaliteit', 'qualityTable').rows).toHaveLength(7);
      expect(input(bs, '6.samen-leren', 'dosDonts').fields).toHaveLength(4);
    }
  });

  it('point the cross references of the seed at the bouwstenen they name', () => {
    const crossRefs = Object.fromEntries(
      questionsOf(editions.sgg).flatMap((q) => (q.crossRef ? [[q.id, q.crossRef.question]] : [])),
    );
    expect(crossRefs).toEqual({
      '3A.bereiken': '2.resultaten',
      '3A.prioriteit': '2.doelgroepen',
      '3B.ambitie': '1B.ambities',
      '3B.matrix': '2.resultaten',
      '5.overkoepelend': '2.resultaten',
    });
    expect(question(editions.sgg, '3B.ambitie').crossRef?.note).toBe(
      'Vul hier de ambitie uit bouwsteen 1 in.',
    );
  });

  it('has the six elements of what works in the SGG edition only', () => {
    // The bold leads of the bullets under "Kennis over wat werkt" in seed 003.
    const seed = readSeed('003');
    const section = seed.slice(seed.indexOf('Kennis over wat werkt\n'), seed.indexOf('Tip: Bekijk factoren'));
    const leads = [...section.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1] ?? '');
    expect(leads).toHaveLength(6);

    const bullets = question(editions.sgg, '3A.kennis').guidance.flatMap((g) => g.bullets);
    expect(bullets.map((b) => b.lead)).toEqual(leads);
    const algemeen = fullText(editions.algemeen);
    const basisText = fullText(basis);
    for (const lead of leads) {
      expect(algemeen).not.toContain(lead);
      expect(basisText).not.toContain(lead);
    }
  });

  it('keeps advice on seksueel grensoverschrijdend gedrag out of the base', () => {
    const basisText = fullText(basis);
    for (const term of [/seksue/i, /grensoverschrijd/i, /SKJ/, /meldpunt/i])
      expect(basisText).not.toMatch(term);
    expect(fullText(editions.sgg)).toMatch(/seksueel grensoverschrijdend gedrag/);
  });

  it('has the rows of the activity matrix', () => {
    const matrix = input(editions.sgg, '3B.matrix', 'activityMatrix');
    expect(matrix.veranderverhaalRow.label).toBe('Wat willen we bereiken vanuit ons veranderverhaal?');
    expect(matrix.rows).toEqual([
      { id: 'preventie', label: 'Activiteiten op het gebied van preventie' },
      { id: 'basis', label: 'Activiteiten in de basis' },
      { id: 'eerstelijns', label: 'Activiteiten in de eerstelijns' },
      { id: 'intensief', label: 'Activiteiten voor intensieve ondersteuning' },
    ]);
    const seedFootnote = /^\* (Bij activiteiten in de basis.*)$/m.exec(readSeed('003'))?.[1];
    expect(seedFootnote).toBeDefined();
    expect(matrix.footnote).toBe(seedFootnote);
  });

  it('has every row of the quality table with all its possible questions', () => {
    // Seed 003 prints each row as "<label>\t<ul …> • question • question …\t<answer cell>".
    const seed = readSeed('003');
    const section = seed.slice(
      seed.indexOf('Wat is de huidige kwaliteit van deze activiteit?'),
      seed.indexOf('In gesprek over de huidige kwaliteit'),
    );
    const rows = [...section.matchAll(/^([^\t\n]+)\t(?:<ul[^>]*>([^\t]*))?\t/gm)]
      .map((m) => ({
        label: (m[1] ?? '').trim(),
        questions: (m[2] ?? '')
          .split('•')
          .map((q) => q.trim())
          .filter((q) => q !== ''),
      }))
      .filter((r) => r.label !== '');
    // The seed's "Metten" and the open "Anders, namelijk:" row, as the content names them.
    const label = (seedLabel: string): string =>
      seedLabel.replace(/^Metten /, 'Meten ').replace(/^Anders, namelijk:$/, 'Anders, namelijk');
    const expected = rows.map((r) => ({ label: label(r.label), questions: r.questions }));
    expect(expected.map((r) => r.label)).toEqual([
      'Deskundigheid',
      'Onderbouwing aanpak',
      'Faciliteren medewerkers',
      'Meten van kwaliteit',
      'Kwaliteitskaders en -eisen',
      'Samenwerken',
      'Anders, namelijk',
    ]);

    const table = input(editions.sgg, '4.kwaliteit', 'qualityTable');
    expect(table.rows.map((r) => ({ label: r.label, questions: r.questions }))).toEqual(expected);
    expect(new Set(table.rows.map((r) => r.id)).size).toBe(7);
  });

  it("has the do's and don'ts of bouwsteen 6 as in the seed", () => {
    const seedFields = [...readSeed('003').matchAll(/^(Do's|Don'ts|Waarden|Verwachtingen)\. (.+)$/gm)].map(
      (m) => ({ label: m[1], prompt: m[2] }),
    );
    expect(seedFields).toHaveLength(4);
    const fields = input(editions.sgg, '6.samen-leren', 'dosDonts').fields;
    expect(fields.map((f) => ({ label: f.label, prompt: f.prompt }))).toEqual(seedFields);
  });

  it('sets the cadence of every question on the Leren-en-verbeteren sheets from their markers', () => {
    const sheets = editions.sgg.flatMap((b) => b.sheets).filter((s) => s.kind === 'lerenEnVerbeteren');
    expect(sheets.map((s) => s.id)).toEqual([
      '3A/leren-en-verbeteren',
      '3B/leren-en-verbeteren',
      '4/leren-en-verbeteren',
      '5/leren-en-verbeteren',
      '6/leren-en-verbeteren',
    ]);
    for (const sheet of sheets) {
      expect(sheet.actie).toBeDefined();
      // Questions under "Vul de vraag hieronder nu in." are answered once; the rest every cycle.
      let expected: 'eenmalig' | 'periodiek' = 'periodiek';
      for (const item of sheet.items) {
        if (item.type === 'heading' && item.text.startsWith('Vul de vraag hieronder nu in'))
          expected = 'eenmalig';
        if (item.type === 'heading' && /^Vul de vragen .*periodiek in/.test(item.text))
          expected = 'periodiek';
        if (item.type === 'question')
          expect({ id: item.id, cadence: item.cadence }).toEqual({ id: item.id, cadence: expected });
      }
    }
    const eenmalig = sheets
      .flatMap((s) => s.items)
      .filter((i): i is Question => i.type === 'question' && i.cadence === 'eenmalig');
    expect(eenmalig.map((q) => [q.id, q.input.kind])).toEqual([
      ['3B.lv.afspraken', 'frequency'],
      ['4.lv.afspraken', 'frequency'],
    ]);
    for (const step of ['herkennen', 'begrijpen', 'waarderen', 'verbeteren'] as const) {
      for (const bs of ['3A', '5', '6'])
        expect(input(editions.sgg, `${bs}.lv.${step}`, 'reflection').step).toBe(step);
    }
  });

  it.each([
    ['003', 'sgg', 'Bouwsteen 3-A'],
    ['001', 'algemeen', undefined],
    ['000', 'algemeen', undefined],
  ] as const)('contains every question sentence of seed %s in the %s edition', (seed, edition, start) => {
    const text = normalise(fullText(editions[edition]));
    const sentences = questionSentences(seed, start);
    expect(sentences.length).toBeGreaterThan(20);
    expect(sentences.filter((s) => !text.includes(s))).toEqual([]);
  });

  it('keeps the links of the generic seeds with their urls in the algemeen edition', () => {
    const urls = new Set(
      editions.algemeen
        .flatMap(itemsOf)
        .flatMap((i) => (i.type === 'question' ? i.guidance : i.type === 'guidance' ? [i.guidance] : []))
        .flatMap((g) => g.links.map((l) => l.url)),
    );
    for (const seed of ['000', '001'] as const) {
      for (const [url] of readSeed(seed).matchAll(/https?:\/\/\S+/g)) expect(urls).toContain(url);
    }
  });
});
