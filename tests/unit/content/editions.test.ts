/**
 * The three editions as data: they build and validate, their references resolve, every kind of question is
 * used and validated, no PDF artefacts remain, and a question id means the same kind of answer everywhere.
 */
import { describe, expect, it } from 'vitest';
import {
  EditionSchema,
  QuestionSchema,
  allQuestions,
  editionIds,
  getEdition,
  questionKinds,
  type Edition,
  type EditionId,
  type Question,
  type QuestionInputData,
  type QuestionKind,
  type SheetItem,
} from '../../../shared/content/index.ts';
import { readSeed, type SeedId } from '../../fixtures/seeds.ts';

/** Every question of an edition, its own intro included. */
function questionsOf(edition: Edition): Question[] {
  const intro = edition.intro.filter((i: SheetItem): i is Question => i.type === 'question');
  return [...intro, ...allQuestions(edition).map((l) => l.question)];
}

function byId(edition: Edition): Map<string, Question> {
  return new Map(questionsOf(edition).map((q) => [q.id as string, q]));
}

describe.each(editionIds)('the %s edition', (editionId) => {
  it('builds and validates with EditionSchema', () => {
    const edition = getEdition(editionId);
    expect(EditionSchema.parse(edition)).toEqual(edition);
    expect(edition.id).toBe(editionId);
  });

  it('has unique question ids', () => {
    const ids = questionsOf(getEdition(editionId)).map((q) => q.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates, `${editionId}: duplicate question ids`).toEqual([]);
  });

  it('resolves every cross reference to a question of the right kind', () => {
    const edition = getEdition(editionId);
    const questions = byId(edition);
    const problems: string[] = [];
    const expectKind = (from: string, target: string, kinds: readonly QuestionKind[] | 'any') => {
      const found = questions.get(target);
      if (found === undefined) problems.push(`${from} → ${target}: no such question`);
      else if (target === from) problems.push(`${from} refers to itself`);
      else if (kinds !== 'any' && !kinds.includes(found.input.kind)) {
        problems.push(`${from} → ${target}: is ${found.input.kind}, expected ${kinds.join(' or ')}`);
      }
    };
    for (const q of questions.values()) {
      if (q.crossRef) expectKind(q.id, q.crossRef.question, 'any');
      if (q.input.kind === 'prioritering')
        for (const id of q.input.from) expectKind(q.id, id, ['veranderverhaal']);
      if (q.input.kind === 'activityMatrix') expectKind(q.id, q.input.resultsFrom, ['list']);
    }
    expect(problems, `${editionId}: unresolved references`).toEqual([]);
  });

  it('gives every question of a Leren-en-verbeteren sheet a cadence', () => {
    const missing = allQuestions(getEdition(editionId))
      .filter((l) => l.sheet?.kind === 'lerenEnVerbeteren' && l.question.cadence === undefined)
      .map((l) => `${editionId}: ${l.question.id} on ${l.sheet?.id ?? ''} has no cadence`);
    expect(missing).toEqual([]);
  });

  it('gives every question a short label of at most 60 characters', () => {
    const tooLong = questionsOf(getEdition(editionId)).filter((q) => q.shortLabel.length > 60);
    expect(tooLong.map((q) => q.id)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------

/** Text the seeds spell this way on purpose (mid-line in the PDF), so the artefact checks let it pass. */
const genuineSpellings: readonly { seed: SeedId; text: string; reason: string }[] = [
  { seed: '002', text: 'informatie - functie', reason: 'spaced so in the middle of a line of the seed' },
  { seed: '002', text: 'inkoop en- subsidievoorwaarden', reason: 'the NJi’s own misplaced hyphen' },
  { seed: '002', text: 'beïnvloeden- denk', reason: 'the NJi’s hyphen used as a dash' },
  {
    seed: '003',
    text: 'Materiaal & trainingen - seksuele grensoverschrijding',
    reason: 'part of a link title, the dash separates the page’s title parts',
  },
];

const artefacts: readonly { name: string; pattern: RegExp }[] = [
  { name: 'markdown bold', pattern: /\*\*/ },
  { name: 'star', pattern: /★/ },
  { name: 'word broken around a spaced hyphen', pattern: /\p{L} - /u },
  // "in- en uitreders", "Voor- en vroegschoolse" are Dutch; "maatschappe- lijke" is not.
  { name: 'word broken after a hyphen', pattern: /\p{L}- (?!(?:en|of|tot)\b)\p{Ll}/u },
  { name: 'double space', pattern: / {2}/ },
  { name: 'line break inside a text', pattern: /\n/ },
  { name: 'letter O for zero', pattern: /\bO-[AB]\b|\bbouwsteen O\b/i },
];

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (key !== 'url') stringsOf(v, out);
  }
  return out;
}

function artefactsIn(value: unknown): string[] {
  return stringsOf(value).flatMap((s) => {
    const checked = genuineSpellings.reduce((t, g) => t.split(g.text).join('¤'), s);
    return artefacts.filter((a) => a.pattern.test(checked)).map((a) => `${a.name}: «${s}»`);
  });
}

describe('PDF artefacts', () => {
  it.each(editionIds)('none remain in any string of the %s edition', (editionId) => {
    expect(artefactsIn(getEdition(editionId))).toEqual([]);
  });

  it('flags each kind of artefact', () => {
    const broken = [
      '**Tip:**',
      '★ Advies',
      'Rand - voorwaarden',
      'maatschappe- lijke',
      'twee  spaties',
      'regel\nbreuk',
    ];
    expect(artefactsIn([...broken, 'bouwsteen O-A'])).toHaveLength(broken.length + 1);
    expect(artefactsIn(['in- en uitreders', 'Kwaliteitskaders en -eisen', 'Jeugd- of opvoedhulp'])).toEqual(
      [],
    );
  });

  it.each(genuineSpellings)('«$text» is how seed $seed has it', ({ seed, text }) => {
    expect(readSeed(seed).replace(/\s+/g, ' ')).toContain(text);
  });
});

// ---------------------------------------------------------------------------------------------------------

type Sample<K extends QuestionKind> = {
  valid: Extract<QuestionInputData['input'], { kind: K }>;
  invalid: Record<string, unknown> & { kind: K };
};

const fields2 = [
  { id: 'eerder', label: 'Eerder' },
  { id: 'nu', label: 'Op dit moment' },
];

/** A well-formed and a malformed input for every kind; the mapped type forces a sample for each new kind. */
const samples: { [K in QuestionKind]: Sample<K> } = {
  text: { valid: { kind: 'text' }, invalid: { kind: 'text', itemLabel: 'Regel' } },
  longText: { valid: { kind: 'longText' }, invalid: { kind: 'longText', slots: 3 } },
  list: {
    valid: { kind: 'list', itemLabel: 'Ambitie', softMax: 3 },
    invalid: { kind: 'list', itemLabel: 'Ambitie', softMax: 0 },
  },
  indicators: {
    valid: {
      kind: 'indicators',
      scope: 'uitkomst',
      slots: 3,
      presets: [{ naam: 'Uitval', definitie: 'Hoeveel cliënten haken tijdens een traject af?' }],
    },
    invalid: { kind: 'indicators', scope: 'output', slots: 3 },
  },
  partnerOverview: {
    valid: {
      kind: 'partnerOverview',
      domains: [{ id: 'veiligheid', label: 'Veiligheid' }],
      levels: [{ id: 'basisvoorzieningen', label: 'Basisvoorzieningen' }],
      suggestions: [
        { domain: 'veiligheid', level: 'basisvoorzieningen', organisations: ['Buurtvereniging'] },
      ],
    },
    invalid: {
      kind: 'partnerOverview',
      levels: [{ id: 'basisvoorzieningen', label: 'Basisvoorzieningen' }],
      suggestions: [],
    },
  },
  grades: {
    valid: { kind: 'grades', themes: [{ id: 'relatie', label: 'Relatie' }], min: 1, max: 10 },
    invalid: { kind: 'grades', themes: [{ id: 'relatie', label: 'Relatie' }], min: 1, max: 11 },
  },
  veranderverhaal: {
    valid: { kind: 'veranderverhaal', category: 'kennis' },
    invalid: { kind: 'veranderverhaal', category: 'wensen' },
  },
  prioritering: {
    valid: { kind: 'prioritering', from: ['3A.kennis', '3A.principes'] },
    invalid: { kind: 'prioritering', from: [] },
  },
  activityMatrix: {
    valid: {
      kind: 'activityMatrix',
      resultsFrom: '2.resultaten',
      veranderverhaalRow: {
        id: 'veranderverhaal',
        label: 'Wat willen we bereiken vanuit ons veranderverhaal?',
      },
      rows: [{ id: 'preventie', label: 'Activiteiten op het gebied van preventie' }],
    },
    invalid: {
      kind: 'activityMatrix',
      resultsFrom: '2.resultaten',
      veranderverhaalRow: {
        id: 'veranderverhaal',
        label: 'Wat willen we bereiken vanuit ons veranderverhaal?',
      },
      rows: [],
    },
  },
  qualityTable: {
    valid: {
      kind: 'qualityTable',
      rows: [
        { id: 'deskundigheid', label: 'Deskundigheid', questions: ['Welke opleiding hebben zij gevolgd?'] },
      ],
    },
    invalid: { kind: 'qualityTable', rows: [] },
  },
  roleSplit: {
    valid: { kind: 'roleSplit', fields: fields2 },
    invalid: { kind: 'roleSplit', fields: fields2.slice(0, 1) },
  },
  beforeNow: { valid: { kind: 'beforeNow', fields: fields2 }, invalid: { kind: 'beforeNow', fields: [] } },
  keepImprove: {
    valid: { kind: 'keepImprove', fields: fields2 },
    invalid: { kind: 'keepImprove', fields: [{ id: 'Vasthouden', label: 'Goed' }, ...fields2] },
  },
  dosDonts: {
    valid: { kind: 'dosDonts', fields: fields2 },
    invalid: { kind: 'dosDonts', fields: [{ id: 'dos', label: '' }, ...fields2] },
  },
  reflection: {
    valid: { kind: 'reflection', step: 'herkennen' },
    invalid: { kind: 'reflection', step: 'evalueren' },
  },
  actions: { valid: { kind: 'actions' }, invalid: { kind: 'actions', slots: 3 } },
  frequency: { valid: { kind: 'frequency' }, invalid: { kind: 'frequency', interval: 3 } },
  table: {
    valid: {
      kind: 'table',
      columns: [{ id: 'burgers', label: 'Burgers' }],
      rows: [{ id: 'rol', label: 'Rol' }],
    },
    invalid: { kind: 'table', columns: [], rows: [{ id: 'rol', label: 'Rol' }] },
  },
  checklist: {
    valid: {
      kind: 'checklist',
      items: [{ id: 'scholing', text: 'Worden de professionals voldoende geschoold?' }],
    },
    invalid: { kind: 'checklist', items: [{ id: 'scholing', text: ' Worden de professionals geschoold?' }] },
  },
};

describe('question kinds', () => {
  const question = (input: unknown) => ({
    type: 'question',
    id: '2.voorbeeld',
    prompt: 'Wat willen we bereiken?',
    shortLabel: 'Voorbeeld',
    input,
  });

  it.each(questionKinds)('%s: a well-formed question validates, a malformed one is rejected', (kind) => {
    const sample = samples[kind];
    expect(QuestionSchema.safeParse(question(sample.valid)).error).toBeUndefined();
    expect(QuestionSchema.safeParse(question(sample.invalid)).success).toBe(false);
  });

  it('every kind is used by at least one edition', () => {
    const used = new Set(editionIds.flatMap((id) => questionsOf(getEdition(id)).map((q) => q.input.kind)));
    expect(questionKinds.filter((k) => !used.has(k))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('switching edition', () => {
  it('loses no answer: a question id present in two editions has the same kind in both', () => {
    const kinds = new Map<string, { edition: EditionId; kind: QuestionKind }>();
    const conflicts: string[] = [];
    for (const editionId of editionIds) {
      for (const q of questionsOf(getEdition(editionId))) {
        const seen = kinds.get(q.id);
        if (seen === undefined) kinds.set(q.id, { edition: editionId, kind: q.input.kind });
        else if (seen.kind !== q.input.kind) {
          conflicts.push(`${q.id}: ${seen.kind} in ${seen.edition}, ${q.input.kind} in ${editionId}`);
        }
      }
    }
    expect(conflicts).toEqual([]);
  });
});

describe('the kwaliteitsmodel edition', () => {
  const edition = () => getEdition('kwaliteitsmodel');

  it('maps its six steps, in order, onto the bouwstenen it replaces', () => {
    const e = edition();
    expect(e.stepMapping.map((s) => [s.step, s.bouwsteen])).toEqual([
      [1, '1B'],
      [2, '2'],
      [3, '3B'],
      [4, '4'],
      [5, '5'],
      [6, '6'],
    ]);
    expect(e.bouwstenen.map((b) => [b.id, b.nummer])).toEqual(
      e.stepMapping.map((s) => [s.bouwsteen, s.step]),
    );
    e.bouwstenen.forEach((b, i) => expect(b.title.startsWith(`Stap ${i + 1}: `)).toBe(true));
  });

  it('gives each step’s questions the prefix of its bouwsteen', () => {
    const wrong = allQuestions(edition())
      .filter((l) => !l.question.id.startsWith(`${l.bouwsteen.id}.`))
      .map((l) => `${l.question.id} in ${l.bouwsteen.id}`);
    expect(wrong).toEqual([]);
  });

  it('reuses only ids of the base; its own questions have km- ids no other edition uses', () => {
    const base = byId(getEdition('algemeen'));
    const sgg = byId(getEdition('sgg'));
    const problems: string[] = [];
    for (const q of questionsOf(edition())) {
      const own = q.id.split('.').some((part) => part.startsWith('km-'));
      if (own && (base.has(q.id) || sgg.has(q.id)))
        problems.push(`${q.id} is a km- id but also in another edition`);
      if (!own && !(base.has(q.id) && sgg.has(q.id)))
        problems.push(`${q.id} is not a base id: give it a km- id`);
    }
    expect(problems).toEqual([]);
  });

  it('shares the answers of the base where a step asks the same thing', () => {
    const ids = questionsOf(edition()).map((q) => q.id as string);
    expect(ids).toEqual(
      expect.arrayContaining([
        '1B.ambities',
        '2.ambitie',
        '2.resultaten',
        '2.indicatoren',
        '5.indicatoren',
        '6.lv.acties',
      ]),
    );
  });

  it('offers the three harmonised outcome indicators as presets', () => {
    const input = byId(edition()).get('5.indicatoren')?.input;
    expect(input?.kind === 'indicators' ? input.presets.map((p) => p.naam) : []).toEqual([
      'Doelrealisatie',
      'Uitval',
      'Tevredenheid',
    ]);
  });

  it('has the players table of step 3 and the checklist of step 4', () => {
    const questions = byId(edition());
    const table = questions.get('3B.km-spelers')?.input;
    expect(
      table?.kind === 'table' ? [table.columns.map((c) => c.id), table.rows.map((r) => r.id)] : [],
    ).toEqual([
      ['burgers', 'voorzieningen', 'maatschappelijkePartners'],
      ['activiteiten', 'rolGemeente'],
    ]);
    const checklist = questions.get('4.km-checklist')?.input;
    expect(checklist?.kind === 'checklist' ? checklist.items.length : 0).toBe(6);
  });
});
