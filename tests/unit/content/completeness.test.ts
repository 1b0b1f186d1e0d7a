/**
 * Completeness of the content against the NJi seeds: every question sentence, every link and the first
 * sentence of every Tip / Advies / Voorbeeld / Let op of a seed must be in the edition built from it.
 * The seeds are PDF extractions, so they are normalised first with an explicit, reviewed repair table.
 */
import { describe, expect, it } from 'vitest';
import {
  getEdition,
  type Edition,
  type EditionId,
  type Guidance,
  type GuidanceKind,
} from '../../../shared/content/index.ts';
import { readSeed, seedFiles, seedIds, type SeedId } from '../../fixtures/seeds.ts';

/** The edition that must hold everything of each seed. */
const editionOfSeed: Record<SeedId, EditionId> = {
  '000': 'algemeen',
  '001': 'algemeen',
  '002': 'kwaliteitsmodel',
  '003': 'sgg',
  '004': 'algemeen',
};

// ---------------------------------------------------------------------------------------------------------
// Repairs: PDF artefacts only (broken words, the letter O for zero, markup), never the NJi's wording.
// `from` is written with one space where the seed breaks the word (a line break or spaces in the PDF).

interface Repair {
  readonly seed: SeedId;
  readonly from: string;
  readonly to: string;
}

const repairs: readonly Repair[] = [
  // Seed 000 (bouwsteen 5): words split by the extraction.
  { seed: '000', from: 'organi satie', to: 'organisatie' },
  { seed: '000', from: 'verduur zamen', to: 'verduurzamen' },
  { seed: '000', from: 'handelings perspectief', to: 'handelingsperspectief' },
  { seed: '000', from: 'over dracht', to: 'overdracht' },
  // Seed 001 (bouwsteen 3-A): split words and diagram labels.
  { seed: '001', from: 'maatschappe lijke', to: 'maatschappelijke' },
  { seed: '001', from: 'bouw steen', to: 'bouwsteen' },
  { seed: '001', from: 'belang- rijk', to: 'belangrijk' },
  { seed: '001', from: 'Rand - voorwaarden', to: 'Randvoorwaarden' },
  { seed: '001', from: 'Rand voorwaarden', to: 'Randvoorwaarden' },
  { seed: '001', from: 'verander verhaal', to: 'veranderverhaal' },
  // Seed 002 (kwaliteitsmodel): hyphenation at the end of PDF lines.
  { seed: '002', from: 'bur- gers', to: 'burgers' },
  { seed: '002', from: 'moni- toringsinformatie', to: 'monitoringsinformatie' },
  { seed: '002', from: 'maatschap- pelijke', to: 'maatschappelijke' },
  { seed: '002', from: 'maatschappe- lijke', to: 'maatschappelijke' },
  { seed: '002', from: 'maat- schappelijke', to: 'maatschappelijke' },
  { seed: '002', from: 'maat- schappelijk', to: 'maatschappelijk' },
  { seed: '002', from: 'voorzienin- gen', to: 'voorzieningen' },
  { seed: '002', from: 'pro- gramma’s', to: 'programma’s' },
  { seed: '002', from: 'specialis- tische', to: 'specialistische' },
  { seed: '002', from: 'jeugdbe- scherming', to: 'jeugdbescherming' },
  { seed: '002', from: 'bedrijfsle- ven', to: 'bedrijfsleven' },
  { seed: '002', from: 'subsi- dieafspraken', to: 'subsidieafspraken' },
  { seed: '002', from: 'part- ners', to: 'partners' },
  { seed: '002', from: 'wor- den', to: 'worden' },
  { seed: '002', from: 'verantwoordelijk- heid', to: 'verantwoordelijkheid' },
  { seed: '002', from: 'kwaliteits- beleid', to: 'kwaliteitsbeleid' },
  // A genuine compound hyphen that happens to fall at a line end.
  { seed: '002', from: 'outcome- indicatoren', to: 'outcome-indicatoren' },
  { seed: '002', from: 'vergelijk- bare', to: 'vergelijkbare' },
  { seed: '002', from: 'gele- verde', to: 'geleverde' },
  { seed: '002', from: 'verantwoorde- lijkheid', to: 'verantwoordelijkheid' },
  { seed: '002', from: 'verbe- teringen', to: 'verbeteringen' },
  { seed: '002', from: 'in- stellingen', to: 'instellingen' },
  // Seed 003 (SGG edition): the letter O for zero, a diagram label, a markdown superscript.
  { seed: '003', from: 'Bouwsteen O-A', to: 'Bouwsteen 0-A' },
  { seed: '003', from: 'bouwsteen O-A', to: 'bouwsteen 0-A' },
  { seed: '003', from: 'bouwsteen O.', to: 'bouwsteen 0.' },
  { seed: '003', from: 'Rand- voorwaarden', to: 'Randvoorwaarden' },
  { seed: '003', from: '25^e', to: '25e' },
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const repairPattern = (r: Repair) => new RegExp(r.from.split(' ').map(escapeRegExp).join('\\s+'), 'g');

function repaired(seed: SeedId): string {
  return repairs
    .filter((r) => r.seed === seed)
    .reduce((text, r) => text.replace(repairPattern(r), r.to), readSeed(seed));
}

// ---------------------------------------------------------------------------------------------------------
// Non-content lines that end in a question mark. Each entry: the sentence, its seed and why it is not content.

const allowList: readonly { seed: SeedId; sentence: string; reason: string }[] = [
  {
    seed: '003',
    sentence: 'Hoe werken we succesvol samen aan een vraagstuk?',
    reason: 'cover page slogan under "IMPACT MAKEN DOE JE SAMEN", not a worksheet question',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Text handling shared by the seeds and the editions.

/** Folds what is typography rather than wording: white space, quote shapes, the ellipsis character. */
function fold(s: string): string {
  return s
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Sentence {
  readonly text: string;
  /** Ends in . ? or ! */
  readonly terminal: boolean;
  /** Last sentence before a line boundary: with no terminal punctuation, a heading or a box title. */
  readonly endsSegment: boolean;
}

const HARD = '\u0000';

/**
 * Splits a seed into sentences. Lines are joined into segments (the PDF wraps sentences, and seed 002 puts a
 * blank line after every wrapped line); a segment ends at a bullet, a table cell or link, or where a line
 * without trailing punctuation is followed by one starting with a capital (a heading or box title).
 */
function sentencesOf(text: string): Sentence[] {
  const marked = text
    .replace(/<[^>]*>/g, HARD) // the HTML of seed 003's quality table
    .replace(/\[([^\]]*)\]\([^)]*\)/g, `${HARD}$1${HARD}`) // a markdown link stands on its own
    .replace(/\\([()[\]])/g, '$1')
    .replace(/\*|★|▶/g, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\t|•|»/g, HARD)
    .replace(/^\s*- /gm, HARD)
    .replace(/\u00a0/g, ' ');

  const segments: string[] = [];
  for (const block of marked.split(HARD)) {
    let current: string[] = [];
    for (const line of block.split('\n').map((l) => l.trim())) {
      if (line === '') continue;
      const previous = current.at(-1);
      if (previous !== undefined && /^[\p{Lu}\d"'“‘]/u.test(line) && !/[,;(\-–]$/.test(previous)) {
        segments.push(current.join(' '));
        current = [];
      }
      current.push(line);
    }
    if (current.length > 0) segments.push(current.join(' '));
  }

  return segments.flatMap((segment) => {
    const parts = fold(segment)
      .split(/(?<=[?!])\s+|(?<=\.)\s+(?=[\p{Lu}\d"'(])|(?<=:)\s+(?=\p{Lu})/u)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return parts.map((s, i) => ({
      text: s,
      terminal: /[.?!]$/.test(s),
      endsSegment: i === parts.length - 1,
    }));
  });
}

/** A sentence as the content should hold it: without list numbering or the "Vervolg –" of a continued page. */
function clean(sentence: string): string {
  return sentence
    .replace(/^Vervolg – /, '')
    .replace(/^\d{1,2}[.)]?\s+(?=\p{Lu})/u, '')
    .trim();
}

function questionSentences(seed: SeedId): string[] {
  const allowed = new Set(allowList.filter((a) => a.seed === seed).map((a) => fold(a.sentence)));
  const found = sentencesOf(repaired(seed))
    .map((s) => clean(s.text))
    .filter((s) => s.endsWith('?') && !allowed.has(s));
  return [...new Set(found)];
}

const markerKinds: Record<string, GuidanceKind> = {
  Tip: 'tip',
  Tips: 'tip',
  Advies: 'advies',
  Adviezen: 'advies',
  Voorbeeld: 'voorbeeld',
  'Voorbeeld indicatoren': 'voorbeeld',
  'Voorbeeld signaal': 'voorbeeld',
  'Let op!': 'letop',
};

interface Passage {
  readonly kind: GuidanceKind;
  readonly marker: string;
  readonly firstSentence: string;
}

/** Every Tip / Advies / Voorbeeld / Let op passage of a seed with its first sentence (box titles skipped). */
function guidancePassages(seed: SeedId): Passage[] {
  const sentences = sentencesOf(repaired(seed));
  const passages: Passage[] = [];
  sentences.forEach((s, i) => {
    const marker = s.text.replace(/[:.]$/, '');
    const kind = markerKinds[marker];
    if (kind === undefined) return;
    // A box may open with a short title ("Tip: Continu in gesprek"); its first real sentence follows.
    const isTitle = (t: Sentence) => !t.terminal && t.endsSegment && t.text.split(' ').length <= 5;
    let first = sentences[i + 1];
    for (let skip = 2; skip <= 3 && first !== undefined && isTitle(first); skip++)
      first = sentences[i + skip];
    if (first !== undefined) passages.push({ kind, marker, firstSentence: clean(first.text) });
  });
  return passages;
}

const urlPattern = /(?:https?:\/\/|www\.)[^\s<>()[\],]+/g;
const normaliseUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/[/.;:]+$/, '');

function seedUrls(seed: SeedId): string[] {
  return [...new Set([...readSeed(seed).matchAll(urlPattern)].map((m) => normaliseUrl(m[0])))];
}

/** Markdown link titles, without the table of contents (links marked ▶ navigate the PDF). */
function seedLinkTitles(seed: SeedId): { content: string[]; navigation: string[] } {
  const content: string[] = [];
  const navigation: string[] = [];
  for (const m of repaired(seed).matchAll(/\[([^\]]+)\]\([^)]*\)( ▶)?/g)) {
    const title = fold((m[1] ?? '').replace(/\\([()[\]])/g, '$1'));
    (m[2] === undefined ? content : navigation).push(title);
  }
  return { content: [...new Set(content)], navigation };
}

// ---------------------------------------------------------------------------------------------------------
// The edition side.

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (key !== 'url') strings(v, out);
  }
  return out;
}

function fullText(edition: Edition): string {
  return fold(strings(edition).join(' '));
}

function guidanceOf(value: unknown, out: Guidance[] = []): Guidance[] {
  if (Array.isArray(value)) for (const v of value) guidanceOf(v, out);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record['guidance'])) out.push(...(record['guidance'] as Guidance[]));
    else if (record['type'] === 'guidance') out.push(record['guidance'] as Guidance);
    for (const [key, v] of Object.entries(record)) if (key !== 'guidance') guidanceOf(v, out);
  }
  return out;
}

const guidanceText = (g: Guidance) =>
  fold(
    [...g.text, ...g.bullets.flatMap((b) => [b.lead ?? '', b.text]), ...g.links.map((l) => l.title)].join(
      ' ',
    ),
  );

function linksOf(edition: Edition): { titles: Set<string>; urls: Set<string> } {
  const links = guidanceOf(edition).flatMap((g) => g.links);
  return {
    titles: new Set(links.map((l) => fold(l.title))),
    urls: new Set(links.flatMap((l) => (l.url === undefined ? [] : [normaliseUrl(l.url)]))),
  };
}

function missingQuestions(seed: SeedId, edition: Edition): string[] {
  const text = fullText(edition);
  return questionSentences(seed)
    .filter((s) => !text.includes(s))
    .map((s) => `seed ${seed} → ${edition.id}: question sentence missing: «${s}»`);
}

function missingGuidance(seed: SeedId, edition: Edition): string[] {
  const byKind = new Map<GuidanceKind, string[]>();
  for (const g of guidanceOf(edition)) byKind.set(g.kind, [...(byKind.get(g.kind) ?? []), guidanceText(g)]);
  return guidancePassages(seed)
    .filter((p) => !(byKind.get(p.kind) ?? []).some((t) => t.includes(p.firstSentence)))
    .map(
      (p) => `seed ${seed} → ${edition.id}: no ${p.kind} guidance holds «${p.marker}: ${p.firstSentence}»`,
    );
}

// ---------------------------------------------------------------------------------------------------------

describe('the seed reader and its repairs', () => {
  it.each(repairs)('seed $seed: the repair of «$from» applies', (r) => {
    expect(
      readSeed(r.seed).match(repairPattern(r)),
      `repair «${r.from}» no longer matches seed ${r.seed}`,
    ).not.toBeNull();
  });

  it('every allow-list entry is a question sentence of its seed', () => {
    for (const entry of allowList) {
      const all = sentencesOf(repaired(entry.seed)).map((s) => clean(s.text));
      expect(all, `allow-list entry of seed ${entry.seed} not found`).toContain(fold(entry.sentence));
    }
  });

  it('extracts questions through wrapping, markup, tables and list numbers', () => {
    expect(questionSentences('002')).toEqual(
      expect.arrayContaining([
        'Gebruiken uw voorzieningen deze 3 outcome-indicatoren?',
        'Gaat u met uw instellingen in gesprek op basis van de outcome van hun diensten?',
        'Hoeveel cliënten kunnen na het traject zonder professionele hulp verder?',
        'Waaraan zien we dat het goed gaat?',
        "Wat is de mate van de 'no shows'?",
      ]),
    );
    expect(questionSentences('003')).toEqual(
      expect.arrayContaining([
        'Welke partijen betrekken we bij ons plan?',
        'Ontbreekt er inzet op het beoogde resultaat?',
        'Voelen uitvoerend medewerkers zich (vak)bekwaam om hun taken uit te voeren?',
        'Hoe kunnen we deze gezamenlijke aanpak en werkwijze gebruiken om bestaande werkwijzen en culturen te veranderen?',
      ]),
    );
    expect(questionSentences('001')).toContain(
      'Welke leidende principes en (politieke) waarden zijn belangrijk bij het toewerken naar deze resultaten?',
    );
    expect(questionSentences('003')).not.toContain('Hoe werken we succesvol samen aan een vraagstuk?');
    for (const seed of seedIds) expect(questionSentences(seed).length, `seed ${seed}`).toBeGreaterThan(10);
  });

  it('finds each guidance passage with its kind and first sentence', () => {
    expect(guidancePassages('002')).toEqual(
      expect.arrayContaining([
        {
          kind: 'tip',
          marker: 'Tip',
          firstSentence:
            'Formuleer het maatschappelijk resultaat samen met de burgers, voorzieningen en maatschappelijke partners.',
        },
        {
          kind: 'tip',
          marker: 'Tip',
          firstSentence: 'U kunt kwaliteitseisen opnemen in uw inkoop en- subsidievoorwaarden',
        },
        {
          kind: 'voorbeeld',
          marker: 'Voorbeeld',
          firstSentence: 'Vrijwilligers die schoolverlaters begeleiden.',
        },
      ]),
    );
    const sgg = guidancePassages('003');
    // "Tip: Let op dat alle partners …" is a tip; only "Let op!" opens a Let op passage.
    expect(sgg).toContainEqual({
      kind: 'tip',
      marker: 'Tip',
      firstSentence: 'Let op dat alle verschillende partners hun stem kunnen laten horen.',
    });
    expect(sgg.filter((p) => p.kind === 'letop').map((p) => p.firstSentence)).toEqual([
      'Niet alle vragen hoeven voor jouw activiteit of aanbod van toepassing te zijn.',
      'Niet alle vragen hoeven voor jouw activiteit of aanbod van toepassing te zijn.',
      'Niet alle vragen hoeven voor jouw activiteit of aanbod van toepassing te zijn.',
    ]);
    expect(sgg.filter((p) => p.kind === 'advies').length).toBeGreaterThan(10);
  });

  it('reads bare domains and full URLs, and tells content links from the table of contents', () => {
    expect(seedUrls('003')).toEqual(
      expect.arrayContaining([
        'www.nji.nl/handreiking-duurzame-jongerenparticipatie',
        'www.waarstaatjegemeente.nl',
      ]),
    );
    expect(seedUrls('000')).toContain(
      'www.nji.nl/sites/default/files/2021-09/Tool-Samen-in-gesprek-over-cijfers.pdf',
    );
    const links = seedLinkTitles('003');
    expect(links.content).toEqual(
      expect.arrayContaining(['Seks onder je 25e', 'Overzicht Jeugdveld (nji.nl)']),
    );
    expect(links.navigation).toHaveLength(10);
  });

  it('reports a question that an edition lacks', () => {
    const edition = getEdition('kwaliteitsmodel');
    const without = structuredClone(edition);
    for (const b of without.bouwstenen) {
      for (const s of b.sheets)
        s.items = s.items.filter((i) => !(i.type === 'question' && i.id === '4.km-kennis'));
    }
    expect(missingQuestions('002', edition)).toEqual([]);
    expect(missingQuestions('002', without)).toEqual([
      'seed 002 → kwaliteitsmodel: question sentence missing: «Welke kennis heeft u nodig om het goede gesprek met voorzieningen over kwaliteit aan te gaan?»',
    ]);
  });
});

describe.each(seedIds.map((seed) => [seed, editionOfSeed[seed]] as const))(
  'seed %s is complete in the %s edition',
  (seed, editionId) => {
    it('lists the seed among its sources', () => {
      expect(getEdition(editionId).sources).toContain(seedFiles[seed]);
    });

    it('contains every question sentence', () => {
      expect(missingQuestions(seed, getEdition(editionId))).toEqual([]);
    });

    it('keeps every URL as a link', () => {
      const { urls } = linksOf(getEdition(editionId));
      const missing = seedUrls(seed)
        .filter((u) => !urls.has(u))
        .map((u) => `seed ${seed} → ${editionId}: no link to ${u}`);
      expect(missing).toEqual([]);
    });

    it('keeps the first sentence of every Tip, Advies, Voorbeeld and Let op as guidance of that kind', () => {
      expect(missingGuidance(seed, getEdition(editionId))).toEqual([]);
    });
  },
);

describe('the links of seed 003 in the sgg edition', () => {
  it('keeps every link title', () => {
    const { titles } = linksOf(getEdition('sgg'));
    const missing = seedLinkTitles('003')
      .content.filter((t) => !titles.has(t))
      .map((t) => `seed 003 → sgg: no link titled «${t}»`);
    expect(missing).toEqual([]);
  });

  it('has a bouwsteen for every entry of the table of contents', () => {
    const bouwsteenTitles = getEdition('sgg').bouwstenen.map((b) => fold(b.title));
    const missing = seedLinkTitles('003')
      .navigation.map((t) => t.replace(/^[AB]\. /, ''))
      .filter((t) => !bouwsteenTitles.some((title) => title.includes(t)))
      .map((t) => `seed 003 → sgg: no bouwsteen titled «${t}»`);
    expect(missing).toEqual([]);
  });
});
