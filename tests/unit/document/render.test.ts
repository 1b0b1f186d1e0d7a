/**
 * The document model: what is rendered where, before any markup.
 */
import { describe, expect, it } from 'vitest';
import type {
  Block,
  ContentControl,
  ControlBlock,
  KompasDocument,
  Paragraph,
  Run,
  Table,
} from '../../../shared/document/document-model.ts';
import { renderKompas, type RenderInput } from '../../../shared/document/render.ts';
import { isKompasError } from '../../../shared/domain/errors.ts';
import { aTraject } from '../../../shared/testing/builders.ts';
import { syntheticEdition } from './synthetic-edition.ts';

const edition = syntheticEdition;
const T = 'traject-0000dd04';

function render(more: Partial<RenderInput> = {}): KompasDocument {
  return renderKompas({ edition, selection: { kind: 'kompas' }, options: { guidance: 'include' }, ...more });
}

const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
function blockText(b: Block | ControlBlock): string {
  switch (b.type) {
    case 'heading':
      return b.text;
    case 'paragraph':
      return runsText(b.runs);
    case 'bullets':
      return b.items.map(runsText).join('\n');
    case 'note':
      return [b.label ?? '', ...b.blocks.map(blockText)].join('\n');
    case 'control':
      return b.value.map(blockText).join('\n');
    case 'table':
      return [
        b.columns.map((c) => c.header).join(' | '),
        ...b.rows.map((r) => r.map((c) => c.blocks.map((x) => blockText(x)).join(' / ')).join(' | ')),
      ].join('\n');
  }
}

function control(doc: KompasDocument, tag: string): ContentControl {
  const found = doc.blocks.find((b): b is ContentControl => b.type === 'control' && b.tag === tag);
  if (found === undefined) throw new Error(`no control ${tag}`);
  return found;
}

function tableOf(c: ContentControl): Table<Paragraph> {
  const t = c.value.find((b) => b.type === 'table');
  if (t?.type !== 'table') throw new Error(`no table in ${c.tag}`);
  return t as Table<Paragraph>;
}

describe('renderKompas', () => {
  it('titles a blank template and a traject, and describes what was rendered', () => {
    expect(render().meta).toEqual({
      title: 'Blanco werkbladen — Synthetische editie',
      subject: 'Kwaliteitskompas: Synthetische editie',
      language: 'nl-NL',
    });
    const doc = render({
      selection: { kind: 'sheet', id: '2/resultaten' },
      snapshot: aTraject({ id: T, naam: 'Samen in Oost' }).buildSnapshot(),
    });
    expect(doc.meta.title).toBe('Samen in Oost — Synthetische editie');
    expect(doc.meta.subject).toBe(
      'Bouwsteen 2 — Formuleer concrete maatschappelijke resultaten: Maatschappelijke resultaten',
    );
    // A sheet keeps its bouwsteen's heading above it, and nothing else of the bouwsteen.
    expect(doc.blocks.slice(0, 2)).toEqual([
      { type: 'heading', level: 1, text: 'Bouwsteen 2 — Formuleer concrete maatschappelijke resultaten' },
      { type: 'heading', level: 2, text: 'Maatschappelijke resultaten' },
    ]);
    expect(doc.blocks.some((b) => b.type === 'heading' && b.text === 'Resultaat')).toBe(false);
  });

  it('refuses a bouwsteen or sheet the edition does not have', () => {
    for (const selection of [
      { kind: 'bouwsteen', id: '5' },
      { kind: 'sheet', id: '2/bestaat-niet' },
    ] as const) {
      let error: unknown;
      try {
        render({ selection });
      } catch (e) {
        error = e;
      }
      expect(isKompasError(error, 'NotFound')).toBe(true);
    }
  });

  it('shows the seed’s suggestions in a blank partner overview and empty rows where records go', () => {
    const doc = render();
    const partners = control(doc, 'kompas:blanco:0A.partners');
    expect(blockText(partners)).toContain('Voorbeelden van partijen om aan te denken:');
    expect(tableOf(partners).rows.map((r) => r.map((c) => c.blocks.map(blockText).join(', ')))).toEqual([
      ['Opvang en onderwijs', 'Kinderopvang, School', ''],
      ['Veiligheid', '', 'Centrum seksueel geweld'],
    ]);
    const indicators = tableOf(control(doc, 'kompas:blanco:2.indicatoren'));
    expect(indicators.rows.map((r) => blockText(r[0]?.blocks[0] ?? { type: 'paragraph', runs: [] }))).toEqual(
      ['Ervaren veiligheid', '', ''],
    );
    expect(tableOf(control(doc, 'kompas:blanco:6.lv.acties')).rows).toHaveLength(3);
    expect(control(doc, 'kompas:blanco:6.lv.afspraken').value).toEqual([]);
  });

  it('shows an empty record question of a traject as a placeholder, not an empty table', () => {
    const doc = render({ snapshot: aTraject({ id: T }).buildSnapshot() });
    for (const id of [
      '0A.partners',
      '2.indicatoren',
      '3B.matrix',
      '6.lv.acties',
      '6.lv.cijfers',
      '4.check',
    ]) {
      expect(control(doc, `kompas:${T}:${id}`).value, id).toEqual([]);
    }
  });

  it('places partners whatever the spelling of the domain id, and lists those without a place', () => {
    const snapshot = aTraject({ id: T })
      .withPartner({ organisatie: 'GGD', domein: 'opvang-onderwijs', niveau: 'Basisvoorzieningen' })
      .withPartner({ organisatie: 'Politie', domein: 'veiligheid' })
      .buildSnapshot();
    const partners = control(render({ snapshot }), `kompas:${T}:0A.partners`);
    expect(tableOf(partners).rows[0]?.[1]?.blocks.map(blockText)).toEqual(['GGD']);
    expect(blockText(partners)).toContain('Overige partners: Politie.');
  });

  it('shows records and reflectie answers where the domain rules say they answer a question', () => {
    const snapshot = aTraject({ id: T })
      .withIndicator({ naam: 'Uit 2', herkomst: '2.indicatoren' })
      .withIndicator({ naam: 'Zonder herkomst' })
      .withReflectie({
        id: 'reflectie-01',
        bouwstenen: ['6'],
        status: 'afgerond',
        datum: '2026-01-10',
        antwoorden: { '6.lv.herkennen': { kind: 'text', text: 'We herkennen het beeld.' } },
      })
      .withActie({
        tekst: 'Uit de reflectie',
        herkomst: { soort: 'reflectie', reflectieId: 'reflectie-01', bouwsteen: '6' },
      })
      .withActie({
        tekst: 'Bij de vraag',
        herkomst: { soort: 'bouwsteen', bouwsteen: '6', questionId: '6.lv.acties' },
      })
      .buildSnapshot();
    const doc = render({ snapshot });
    expect(blockText(control(doc, `kompas:${T}:2.indicatoren`))).toContain('Uit 2');
    expect(doc.blocks.map(blockText).join('\n')).not.toContain('Zonder herkomst');
    const acties = blockText(control(doc, `kompas:${T}:6.lv.acties`));
    expect(acties).toContain('Uit de reflectie');
    expect(acties).toContain('Bij de vraag');
    // A finished reflectie's answer is shown, locked: it is history, not edited in Word.
    const herkennen = control(doc, `kompas:${T}:6.lv.herkennen`);
    expect(blockText(herkennen)).toBe('We herkennen het beeld.');
    expect(herkennen.locks.contentLocked).toBe(true);
    expect(control(doc, `kompas:${T}:0A.vraagstuk`).locks).toEqual({
      contentLocked: false,
      controlLocked: true,
    });
  });

  it('writes priorities, agreements and checks in words', () => {
    const snapshot = aTraject({ id: T })
      .withAnswer('3A.kennis', { kind: 'list', items: [{ id: 'k1', text: 'Kennis over signalen' }] })
      .withAnswer('3A.principes', { kind: 'list', items: [{ id: 'p1', text: 'Samen met jongeren' }] })
      .withAnswer('3A.prioriteit', {
        kind: 'priority',
        order: ['p1', 'k1', 'weg'],
        prioriteit: ['p1'],
        toelichting: 'Eerst samen.',
      })
      .withAnswer('6.lv.afspraken', {
        kind: 'frequency',
        frequentie: { interval: 1, unit: 'jaren' },
        organisator: 'Team Jeugd',
      })
      .withAnswer('4.check', { kind: 'checklist', checks: { plan: 'deels' }, toelichting: '' })
      .buildSnapshot();
    const doc = render({ snapshot });
    expect(blockText(control(doc, `kompas:${T}:3A.prioriteit`))).toBe(
      '1. Samen met jongeren (prioriteit)\n2. Kennis over signalen\nToelichting: Eerst samen.',
    );
    expect(blockText(control(doc, `kompas:${T}:6.lv.afspraken`))).toBe(
      'Frequentie: elk jaar\nWie plant het in: Team Jeugd',
    );
    expect(blockText(control(doc, `kompas:${T}:4.check`))).toBe(
      'Onderdeel | Ja, deels of nee\nEr is een plan. | Deels\nEr is budget. | ',
    );
  });

  it('truncates a control title to the 64 characters Word shows', () => {
    const doc = render();
    const titles = doc.blocks.filter((b): b is ContentControl => b.type === 'control').map((c) => c.title);
    expect(titles).toContain('Label 6.lv.goed: Minder goed — werken aan');
    expect(titles).toContain("Afspraken over de samenwerking, de waarden en verwachti…: Don'ts");
    expect(Math.max(...titles.map((t) => [...t].length))).toBeLessThanOrEqual(64);
  });
});
