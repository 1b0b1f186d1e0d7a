/** applyOverlay: each op on a small base, an OverlayError for every missing target, and the base untouched. */
import { describe, expect, it } from 'vitest';
import {
  OverlayError,
  applyOverlay,
  type EditionOverlay,
  type OverlayOp,
} from '../../../shared/content/overlay.ts';
import type { BouwsteenInput, GuidanceInput, SheetItemInput } from '../../../shared/content/schema.ts';

const question = (id: string, prompt = `Vraag ${id}?`): SheetItemInput => ({
  type: 'question',
  id,
  prompt,
  shortLabel: `Vraag ${id}`,
  input: { kind: 'longText' },
});

function base(): BouwsteenInput[] {
  return [
    {
      id: '2',
      nummer: 2,
      title: 'Formuleer concrete maatschappelijke resultaten',
      intro: [],
      vooraf: [question('2.vooraf.betrekken')],
      sheets: [
        {
          id: '2/resultaten',
          title: 'Resultaten',
          kind: 'werkblad',
          items: [question('2.a'), question('2.b')],
        },
        {
          id: '2/lv',
          title: 'Leren en verbeteren',
          kind: 'lerenEnVerbeteren',
          items: [question('2.lv.acties')],
        },
      ],
    },
    {
      id: '5',
      nummer: 5,
      title: 'Breng in beeld wat kinderen en jongeren hebben aan de activiteit',
      sheets: [{ id: '5/doel', title: 'Doel', kind: 'werkblad', items: [question('5.doel')] }],
    },
  ];
}

const overlay = (...ops: OverlayOp[]): EditionOverlay => ({
  id: 'algemeen',
  version: '1.0.0',
  title: 'Kwaliteitskompas (algemeen)',
  publisher: 'Nederlands Jeugdinstituut',
  sources: ['004_5a189afd27617be1.txt'],
  ops,
});

const tip = (text: string): GuidanceInput => ({ kind: 'tip', text: [text] });

function sheet(result: BouwsteenInput[], id: string) {
  const found = result.flatMap((b) => b.sheets).find((s) => s.id === id);
  if (!found) throw new Error(`no sheet ${id}`);
  return found;
}

function item(result: BouwsteenInput[], id: string) {
  const found = result
    .flatMap((b) => [...(b.intro ?? []), ...(b.vooraf ?? []), ...b.sheets.flatMap((s) => s.items)])
    .find((i) => i.type === 'question' && i.id === id);
  if (found?.type !== 'question') throw new Error(`no question ${id}`);
  return found;
}

const itemIds = (items: readonly SheetItemInput[]) =>
  items.map((i) =>
    i.type === 'question' ? i.id : i.type === 'guidance' ? `guidance:${i.guidance.text[0] ?? ''}` : i.type,
  );

describe('applyOverlay', () => {
  it('without ops returns an equal copy of the base', () => {
    const b = base();
    const result = applyOverlay(b, overlay());
    expect(result).toEqual(b);
    expect(result).not.toBe(b);
    expect(result[0]).not.toBe(b[0]);
  });

  it('addGuidance to a question appends, or prepends with at: start', () => {
    const result = applyOverlay(
      base(),
      overlay(
        { op: 'addGuidance', to: '2.a', guidance: tip('Eerste') },
        { op: 'addGuidance', to: '2.a', guidance: tip('Tweede') },
        { op: 'addGuidance', to: '2.a', guidance: tip('Vooraan'), at: 'start' },
      ),
    );
    expect(item(result, '2.a').guidance?.map((g) => g.text[0])).toEqual(['Vooraan', 'Eerste', 'Tweede']);
  });

  it('addGuidance finds questions in vooraf as well as on sheets', () => {
    const result = applyOverlay(
      base(),
      overlay({ op: 'addGuidance', to: '2.vooraf.betrekken', guidance: tip('Jongeren') }),
    );
    expect(item(result, '2.vooraf.betrekken').guidance).toEqual([tip('Jongeren')]);
  });

  it('addGuidance to a sheet adds a free-standing item at its end or start', () => {
    const result = applyOverlay(
      base(),
      overlay(
        { op: 'addGuidance', to: '2/resultaten', guidance: tip('Einde') },
        { op: 'addGuidance', to: '2/resultaten', guidance: tip('Begin'), at: 'start' },
      ),
    );
    expect(itemIds(sheet(result, '2/resultaten').items)).toEqual([
      'guidance:Begin',
      '2.a',
      '2.b',
      'guidance:Einde',
    ]);
  });

  it('setPrompt and setHelp reword one question and leave the rest', () => {
    const result = applyOverlay(
      base(),
      overlay(
        { op: 'setPrompt', question: '2.b', prompt: 'Wat is onze ambitie?' },
        { op: 'setHelp', question: '2.b', help: ['Neem de ambitie uit bouwsteen 1 als uitgangspunt.'] },
      ),
    );
    expect(item(result, '2.b')).toMatchObject({
      prompt: 'Wat is onze ambitie?',
      help: ['Neem de ambitie uit bouwsteen 1 als uitgangspunt.'],
      shortLabel: 'Vraag 2.b',
    });
    expect(item(result, '2.a').prompt).toBe('Vraag 2.a?');
  });

  it('insertItems after a question, at the start and at the end of a sheet', () => {
    const heading = (text: string): SheetItemInput => ({ type: 'heading', text });
    const result = applyOverlay(
      base(),
      overlay(
        {
          op: 'insertItems',
          sheet: '2/resultaten',
          after: '2.a',
          items: [question('2.na-a'), question('2.na-a2')],
        },
        { op: 'insertItems', sheet: '2/resultaten', after: 'start', items: [heading('Kop')] },
        { op: 'insertItems', sheet: '2/resultaten', after: 'end', items: [question('2.slot')] },
      ),
    );
    expect(itemIds(sheet(result, '2/resultaten').items)).toEqual([
      'heading',
      '2.a',
      '2.na-a',
      '2.na-a2',
      '2.b',
      '2.slot',
    ]);
  });

  it('replaceItem swaps a question for another item in place', () => {
    const result = applyOverlay(
      base(),
      overlay({ op: 'replaceItem', id: '2.a', item: question('2.a', 'Nieuw?') }),
    );
    expect(itemIds(sheet(result, '2/resultaten').items)).toEqual(['2.a', '2.b']);
    expect(item(result, '2.a').prompt).toBe('Nieuw?');
  });

  it('removeItems removes questions wherever they stand', () => {
    const result = applyOverlay(base(), overlay({ op: 'removeItems', ids: ['2.a', '2.vooraf.betrekken'] }));
    expect(itemIds(sheet(result, '2/resultaten').items)).toEqual(['2.b']);
    expect(result[0]?.vooraf).toEqual([]);
  });

  it('setResultaat replaces the resultaat of one bouwsteen', () => {
    const resultaat = { waarom: ['Door het meetbaar maken …'], uitkomst: ['We hebben …'] };
    const result = applyOverlay(base(), overlay({ op: 'setResultaat', bouwsteen: '5', resultaat }));
    expect(result[1]?.resultaat).toEqual(resultaat);
    expect(result[0]?.resultaat).toBeUndefined();
  });

  it('addSheet at the start, at the end and after a sheet', () => {
    const newSheet = (id: string) => ({
      id,
      title: id,
      kind: 'werkblad' as const,
      items: [question(`2.${id.slice(2)}`)],
    });
    const result = applyOverlay(
      base(),
      overlay(
        { op: 'addSheet', bouwsteen: '2', after: '2/resultaten', sheet: newSheet('2/midden') },
        { op: 'addSheet', bouwsteen: '2', after: 'start', sheet: newSheet('2/eerst') },
        { op: 'addSheet', bouwsteen: '2', after: 'end', sheet: newSheet('2/laatst') },
      ),
    );
    expect(result[0]?.sheets.map((s) => s.id)).toEqual([
      '2/eerst',
      '2/resultaten',
      '2/midden',
      '2/lv',
      '2/laatst',
    ]);
  });

  it('addBouwsteenItems appends to intro or vooraf, also where the base has none', () => {
    const info: SheetItemInput = {
      type: 'guidance',
      guidance: { kind: 'info', text: ['Een goede start begint met de juiste samenwerking.'] },
    };
    const result = applyOverlay(
      base(),
      overlay(
        { op: 'addBouwsteenItems', bouwsteen: '5', where: 'intro', items: [info] },
        { op: 'addBouwsteenItems', bouwsteen: '2', where: 'vooraf', items: [question('2.vooraf.partners')] },
      ),
    );
    expect(result[1]?.intro).toEqual([info]);
    expect(itemIds(result[0]?.vooraf ?? [])).toEqual(['2.vooraf.betrekken', '2.vooraf.partners']);
  });

  it('applies ops in order, so a later op sees what an earlier one added', () => {
    const result = applyOverlay(
      base(),
      overlay(
        { op: 'insertItems', sheet: '5/doel', after: 'end', items: [question('5.extra')] },
        { op: 'setPrompt', question: '5.extra', prompt: 'Welke acties dragen bij aan het beoogde doel?' },
      ),
    );
    expect(item(result, '5.extra').prompt).toBe('Welke acties dragen bij aan het beoogde doel?');
  });

  it('uses the overlay’s own bouwstenen instead of the base when it has them', () => {
    const stap: BouwsteenInput = {
      id: '5',
      nummer: 5,
      title: 'Stap 5: Welke directe outcome leveren de voorzieningen?',
      sheets: [
        {
          id: '5/km-outcome',
          title: 'Outcome voorzieningen',
          kind: 'werkblad',
          items: [question('5.km-vraag')],
        },
      ],
    };
    const result = applyOverlay(base(), {
      ...overlay({ op: 'addGuidance', to: '5.km-vraag', guidance: tip('Tip') }),
      bouwstenen: [stap],
    });
    expect(result.map((b) => b.id)).toEqual(['5']);
    expect(item(result, '5.km-vraag').guidance).toEqual([tip('Tip')]);
    expect(stap.sheets[0]?.items[0]).toEqual(question('5.km-vraag'));
  });

  it('never changes the base', () => {
    const b = base();
    const before = structuredClone(b);
    applyOverlay(
      b,
      overlay(
        { op: 'addGuidance', to: '2.a', guidance: tip('Tip') },
        { op: 'addGuidance', to: '2/lv', guidance: tip('Tip') },
        { op: 'setPrompt', question: '2.b', prompt: 'Anders?' },
        { op: 'setHelp', question: '2.b', help: ['Uitleg'] },
        { op: 'insertItems', sheet: '2/resultaten', after: '2.a', items: [question('2.c')] },
        { op: 'replaceItem', id: '5.doel', item: question('5.doel', 'Ander doel?') },
        { op: 'removeItems', ids: ['2.lv.acties'] },
        { op: 'setResultaat', bouwsteen: '2', resultaat: { waarom: ['Waarom'], uitkomst: ['Uitkomst'] } },
        {
          op: 'addSheet',
          bouwsteen: '5',
          after: 'end',
          sheet: { id: '5/extra', title: 'Extra', kind: 'werkblad', items: [question('5.x')] },
        },
        {
          op: 'addBouwsteenItems',
          bouwsteen: '2',
          where: 'intro',
          items: [{ type: 'heading', text: 'Kop' }],
        },
      ),
    );
    expect(b).toEqual(before);
  });
});

describe('applyOverlay errors', () => {
  const missing: [string, OverlayOp][] = [
    [
      'addGuidance to an unknown question or sheet',
      { op: 'addGuidance', to: '2.onbekend', guidance: tip('Tip') },
    ],
    ['setPrompt on an unknown question', { op: 'setPrompt', question: '2.onbekend', prompt: 'Vraag?' }],
    ['setHelp on an unknown question', { op: 'setHelp', question: '2.onbekend', help: ['Uitleg'] }],
    [
      'insertItems into an unknown sheet',
      { op: 'insertItems', sheet: '2/onbekend', after: 'end', items: [] },
    ],
    [
      'insertItems after a question of another sheet',
      { op: 'insertItems', sheet: '2/resultaten', after: '2.lv.acties', items: [question('2.c')] },
    ],
    ['replaceItem of an unknown question', { op: 'replaceItem', id: '2.onbekend', item: question('2.c') }],
    ['removeItems with one unknown question', { op: 'removeItems', ids: ['2.a', '2.onbekend'] }],
    [
      'setResultaat on a bouwsteen the base lacks',
      { op: 'setResultaat', bouwsteen: '6', resultaat: { waarom: ['Waarom'], uitkomst: ['Uitkomst'] } },
    ],
    [
      'addSheet to a bouwsteen the base lacks',
      {
        op: 'addSheet',
        bouwsteen: '6',
        after: 'end',
        sheet: { id: '6/x', title: 'X', kind: 'werkblad', items: [] },
      },
    ],
    [
      'addSheet after an unknown sheet',
      {
        op: 'addSheet',
        bouwsteen: '2',
        after: '2/onbekend',
        sheet: { id: '2/x', title: 'X', kind: 'werkblad', items: [] },
      },
    ],
    [
      'addBouwsteenItems on a bouwsteen the base lacks',
      { op: 'addBouwsteenItems', bouwsteen: '0A', where: 'intro', items: [] },
    ],
  ];

  it.each(missing)('%s throws an OverlayError naming the edition and the target', (_name, op) => {
    const run = () => applyOverlay(base(), overlay(op));
    expect(run).toThrow(OverlayError);
    expect(run).toThrow(/^overlay algemeen: \w+ ".+": /);
  });

  it('leaves the base unchanged when an op fails half-way', () => {
    const b = base();
    const before = structuredClone(b);
    expect(() =>
      applyOverlay(
        b,
        overlay(
          { op: 'setPrompt', question: '2.a', prompt: 'Gewijzigd?' },
          { op: 'removeItems', ids: ['2.x'] },
        ),
      ),
    ).toThrow(OverlayError);
    expect(b).toEqual(before);
  });
});
