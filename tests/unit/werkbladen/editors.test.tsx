// @vitest-environment jsdom
/** Every value editor on its own: it shows its value, and edits give the right AnswerValue. */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { findQuestion, getEdition, type EditionId, type Question } from '../../../shared/content/index.ts';
import type { AnswerValue, AnswerValueOf, AnswerValueKind } from '../../../shared/domain/answer.ts';
import { EntryIdSchema } from '../../../shared/domain/ids.ts';
import { QuestionEditor } from '../../../tab/features/werkbladen/editors/QuestionEditor.tsx';
import { spreadOf } from '../../../tab/features/werkbladen/editors/GradesEditor.tsx';
import { orderedElements } from '../../../tab/features/werkbladen/editors/PrioriteringEditor.tsx';
import { cleanupWerkbladen, renderWithServices } from './harness.tsx';
import { aTraject, entry, list } from '../../../shared/testing/builders.ts';
import type { TrajectView } from '../../../shared/application/index.ts';

afterEach(() => cleanupWerkbladen(undefined));

function question(id: string, editie: EditionId = 'sgg'): Question {
  const found = findQuestion(getEdition(editie), id);
  if (found === undefined) throw new Error(`no question ${id} in ${editie}`);
  return found.question;
}

/** A traject view for editors that read other answers (prioritering) or partners (grades). */
function viewWith(
  build: Parameters<typeof aTraject>[0] = {},
  more: (b: ReturnType<typeof aTraject>) => void = () => undefined,
): TrajectView {
  const builder = aTraject(build);
  more(builder);
  const snapshot = builder.buildSnapshot();
  const { traject, ...rest } = snapshot;
  return { ...rest, traject };
}

let ids = 0;
const newId = () => `entry-${++ids}`;

/** Renders a question's editor holding its value in state, and records every change. */
async function editor(
  q: Question,
  initial: AnswerValue,
  options: { editie?: EditionId; view?: TrajectView; softMaxWarning?: string } = {},
) {
  const changes: AnswerValue[] = [];
  const view = options.view ?? viewWith();
  function Host(): ReactNode {
    const [value, setValue] = useState(initial);
    return (
      <>
        <h3 id="vraag">{q.prompt}</h3>
        <QuestionEditor
          question={q}
          bouwsteen={findQuestion(getEdition(options.editie ?? 'sgg'), q.id)?.bouwsteen.id ?? '0A'}
          edition={getEdition(options.editie ?? 'sgg')}
          view={view}
          value={value}
          onChange={(v) => {
            changes.push(v);
            setValue(v);
          }}
          labelId="vraag"
          id="veld"
          newId={newId}
          softMaxWarning={options.softMaxWarning}
        />
      </>
    );
  }
  await renderWithServices(<Host />);
  return {
    changes,
    last: <K extends AnswerValueKind>(kind: K) => {
      const v = changes.at(-1);
      if (v?.kind !== kind) throw new Error(`expected a ${kind} change, got ${JSON.stringify(v)}`);
      return v as AnswerValueOf<K>;
    },
  };
}

const valueOf = (el: HTMLElement) => (el as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

describe('text editors', () => {
  it('text: an Input named by the question, typing gives a text value', async () => {
    const q = question('3A.verantwoordelijk');
    const { last } = await editor(q, { kind: 'text', text: 'De gemeente' });
    const box = screen.getByRole('textbox', { name: q.prompt });
    expect(box.tagName).toBe('INPUT');
    expect(valueOf(box)).toBe('De gemeente');
    await userEvent.type(box, ' en de GGD');
    expect(last('text')).toEqual({ kind: 'text', text: 'De gemeente en de GGD' });
  });

  it('longText: a Textarea named by the question', async () => {
    const q = question('0A.vraagstuk');
    const { last } = await editor(q, { kind: 'text', text: '' });
    const box = screen.getByRole('textbox', { name: q.prompt });
    expect(box.tagName).toBe('TEXTAREA');
    await userEvent.type(box, 'Grensoverschrijdend gedrag{Enter}op school');
    expect(last('text')).toEqual({ kind: 'text', text: 'Grensoverschrijdend gedrag\nop school' });
  });

  it('reflection: a Textarea with its step label, described by it', async () => {
    const q = question('1B.lv.begrijpen');
    await editor(q, { kind: 'text', text: 'Meer meldingen' });
    const box = screen.getByRole('textbox', { name: q.prompt });
    expect(valueOf(box)).toBe('Meer meldingen');
    expect(screen.getByText('Begrijpen')).toBeTruthy();
    expect(box.getAttribute('aria-describedby')).toContain('veld-stap');
  });
});

describe('list editor', () => {
  const q = () => question('1B.ambities');
  const start = list(
    entry('a1', 'Veilig op school'),
    entry('a2', 'Gezonde relaties'),
    entry('a3', 'Weerbare jongeren'),
  );

  it('shows entries with stable ids, edits keep the id', async () => {
    const { last } = await editor(q(), start);
    const group = screen.getByRole('group', { name: q().prompt });
    const second = within(group).getByRole('textbox', { name: 'Ambitie 2' });
    expect(valueOf(second)).toBe('Gezonde relaties');
    await userEvent.type(second, '!');
    expect(last('list').items).toEqual([
      { id: 'a1', text: 'Veilig op school' },
      { id: 'a2', text: 'Gezonde relaties!' },
      { id: 'a3', text: 'Weerbare jongeren' },
    ]);
  });

  it('adds with the button and with Enter, focusing the new entry', async () => {
    const { last } = await editor(q(), start);
    await userEvent.click(screen.getByRole('button', { name: 'Ambitie toevoegen' }));
    const fourth = screen.getByRole('textbox', { name: 'Ambitie 4' });
    expect(document.activeElement).toBe(fourth);
    await userEvent.keyboard('Ouders betrokken{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Ambitie 5' }));
    const items = last('list').items;
    expect(items.map((i) => i.text)).toEqual([
      'Veilig op school',
      'Gezonde relaties',
      'Weerbare jongeren',
      'Ouders betrokken',
      '',
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(5);
    expect(items.every((i) => EntryIdSchema.safeParse(i.id).success)).toBe(true);
  });

  it('reorders by keyboard with the buttons and Alt+arrows, keeping focus and announcing the place', async () => {
    const { last } = await editor(q(), start);
    const down = screen.getByRole('button', { name: 'Zet Ambitie 1 lager' });
    down.focus();
    await userEvent.keyboard('{Enter}');
    expect(last('list').items.map((i) => i.id)).toEqual(['a2', 'a1', 'a3']);
    // Focus follows the moved entry: it is now number 2.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Zet Ambitie 2 lager' }));
    expect(screen.getByText('Ambitie staat nu op plaats 2 van 3.')).toBeTruthy();

    screen.getByRole('textbox', { name: 'Ambitie 3' }).focus();
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(last('list').items.map((i) => i.id)).toEqual(['a2', 'a3', 'a1']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Ambitie 2' }));
    expect(screen.getByRole('button', { name: 'Zet Ambitie 1 hoger' }).hasAttribute('disabled')).toBe(true);
  });

  it('removes an entry', async () => {
    const { last } = await editor(q(), start);
    await userEvent.click(screen.getByRole('button', { name: 'Verwijder Ambitie 2' }));
    expect(last('list').items.map((i) => i.id)).toEqual(['a1', 'a3']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Ambitie 2' }));
  });

  it('shows the soft-max advice it is given, without blocking', async () => {
    await editor(q(), start, { softMaxWarning: 'Bij ‘Ambities’ staan er 4.' });
    const group = screen.getByRole('group', { name: q().prompt });
    expect(within(group).getByText('Kies je focus')).toBeTruthy();
    expect(within(group).getByText('Bij ‘Ambities’ staan er 4.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ambitie toevoegen' }).hasAttribute('disabled')).toBe(false);
  });

  it('veranderverhaal: a list of elements', async () => {
    const kennis = question('3A.kennis');
    const { last } = await editor(kennis, { kind: 'list', items: [] });
    expect(screen.getByRole('group', { name: kennis.prompt })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Element toevoegen' }));
    await userEvent.keyboard('Methodieken die werken');
    expect(last('list').items.map((i) => i.text)).toEqual(['Methodieken die werken']);
  });
});

describe('field editors', () => {
  it('roleSplit: labelled fields in a group named by the question', async () => {
    const q = question('4.eigen-rol');
    const { last } = await editor(q, { kind: 'fields', fields: { financierBeleid: 'Subsidie' } });
    const group = screen.getByRole('group', { name: q.prompt });
    expect(valueOf(within(group).getByRole('textbox', { name: 'Financier/beleid' }))).toBe('Subsidie');
    await userEvent.type(within(group).getByRole('textbox', { name: 'Uitvoerende praktijk' }), 'Training');
    expect(last('fields')).toEqual({
      kind: 'fields',
      fields: { financierBeleid: 'Subsidie', uitvoerendePraktijk: 'Training' },
    });
  });

  it('beforeNow and dosDonts use the same labelled fields', async () => {
    const q = question('5.lv.uitkomsten');
    await editor(q, { kind: 'fields', fields: {} });
    expect(screen.getByRole('textbox', { name: 'Op dit moment' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Eerder (indien van toepassing)' })).toBeTruthy();
  });

  it('qualityTable: per aspect its possible questions and an answer', async () => {
    const q = question('4.kwaliteit');
    const { last } = await editor(q, { kind: 'fields', fields: {} });
    const answer = screen.getByRole('textbox', { name: 'Deskundigheid' });
    expect(screen.getByText('Welke opleiding hebben uitvoerend medewerkers gevolgd?')).toBeTruthy();
    expect(answer.getAttribute('aria-describedby')).toContain('deskundigheid-vragen');
    await userEvent.type(answer, 'Goed');
    expect(last('fields').fields).toEqual({ deskundigheid: 'Goed' });
  });

  it('table: a field per cell named by row and column', async () => {
    const q = question('3B.km-spelers', 'kwaliteitsmodel');
    const { last } = await editor(
      q,
      { kind: 'table', cells: { activiteiten: { burgers: 'Buurtpreventie' } } },
      { editie: 'kwaliteitsmodel' },
    );
    expect(screen.getByRole('group', { name: q.prompt })).toBeTruthy();
    expect(valueOf(screen.getByRole('textbox', { name: 'Activiteiten — Burgers' }))).toBe('Buurtpreventie');
    await userEvent.type(screen.getByRole('textbox', { name: 'Rol gemeente — Voorzieningen' }), 'Regie');
    expect(last('table').cells).toEqual({
      activiteiten: { burgers: 'Buurtpreventie' },
      rolGemeente: { voorzieningen: 'Regie' },
    });
  });

  it('checklist: ja/deels/nee per item and an explanation', async () => {
    const q = question('4.km-checklist', 'kwaliteitsmodel');
    const { last } = await editor(
      q,
      { kind: 'checklist', checks: {}, toelichting: '' },
      { editie: 'kwaliteitsmodel' },
    );
    const item = screen.getByRole('radiogroup', { name: 'Worden de professionals voldoende geschoold?' });
    await userEvent.click(within(item).getByRole('radio', { name: 'Deels' }));
    expect(last('checklist').checks).toEqual({ scholing: 'deels' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Toelichting' }), 'Nog niet iedereen');
    expect(last('checklist')).toEqual({
      kind: 'checklist',
      checks: { scholing: 'deels' },
      toelichting: 'Nog niet iedereen',
    });
  });

  it('frequency: interval and unit, organisator, next date, afspraken', async () => {
    const q = question('0B.lv.afspraken');
    const { last } = await editor(q, { kind: 'frequency', organisator: '', afspraken: '' });
    const group = screen.getByRole('group', { name: q.prompt });
    await userEvent.type(within(group).getByRole('spinbutton', { name: 'Elke' }), '3');
    await userEvent.selectOptions(within(group).getByRole('combobox', { name: 'Periode' }), 'maanden');
    expect(last('frequency').frequentie).toEqual({ interval: 3, unit: 'maanden' });
    expect(within(group).getByText('Elke 3 maanden')).toBeTruthy();
    await userEvent.type(within(group).getByRole('textbox', { name: 'Wie plant het in?' }), 'Anna');
    const datum = within(group).getByLabelText('Eerstvolgende moment');
    await userEvent.type(datum, '2026-04-01');
    await userEvent.type(within(group).getByRole('textbox', { name: 'Afspraken' }), 'Na de zomer');
    expect(last('frequency')).toEqual({
      kind: 'frequency',
      frequentie: { interval: 3, unit: 'maanden' },
      organisator: 'Anna',
      volgendeDatum: '2026-04-01',
      afspraken: 'Na de zomer',
    });
    await userEvent.selectOptions(within(group).getByRole('combobox', { name: 'Periode' }), '');
    expect('frequentie' in last('frequency')).toBe(false);
  });
});

describe('grades', () => {
  const view = viewWith({}, (b) =>
    b
      .withPartner({ id: 'partner-school', organisatie: 'Het Lyceum' })
      .withPartner({ id: 'partner-ggd', organisatie: 'GGD' }),
  );

  it('a cijfer 1–10 and toelichting per participant and theme, with the spread per theme', async () => {
    const q = question('0B.lv.cijfers');
    const { last } = await editor(
      q,
      {
        kind: 'grades',
        entries: [{ deelnemer: 'partner-school', thema: 'relatie', cijfer: 6, toelichting: '' }],
      },
      { view },
    );
    const group = screen.getByRole('group', { name: q.prompt });
    const relatie = within(group).getByRole('group', { name: 'Relatie' });
    expect(
      valueOf(within(relatie).getByRole('combobox', { name: 'Cijfer van Het Lyceum voor Relatie' })),
    ).toBe('6');
    expect(within(relatie).getByText('Laagste 6, hoogste 6, gemiddeld 6')).toBeTruthy();

    await userEvent.selectOptions(
      within(relatie).getByRole('combobox', { name: 'Cijfer van GGD voor Relatie' }),
      '9',
    );
    expect(within(relatie).getByText('Laagste 6, hoogste 9, gemiddeld 7,5')).toBeTruthy();
    await userEvent.type(
      within(relatie).getByRole('textbox', { name: 'Toelichting van GGD bij Relatie' }),
      'Goed contact',
    );
    expect(last('grades').entries).toEqual([
      { deelnemer: 'partner-school', thema: 'relatie', cijfer: 6, toelichting: '' },
      { deelnemer: 'partner-ggd', thema: 'relatie', cijfer: 9, toelichting: 'Goed contact' },
    ]);
    // The seed's tip on discussing the differences.
    expect(within(group).getByText(/Bespreek met elkaar de verschillen/)).toBeTruthy();
  });

  it('adds a participant who is not a partner', async () => {
    const q = question('0B.lv.cijfers');
    const { last } = await editor(q, { kind: 'grades', entries: [] }, { view });
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Naam van een deelnemer die geen partner is' }),
      'Wethouder',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Deelnemer toevoegen' }));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Cijfer van Wethouder voor Proces' }),
      '7',
    );
    expect(last('grades').entries).toEqual([
      { deelnemer: 'Wethouder', thema: 'proces', cijfer: 7, toelichting: '' },
    ]);
  });

  it('computes the spread of a theme', () => {
    const e = (cijfer: number, thema = 'a') => ({
      deelnemer: String(cijfer),
      thema,
      cijfer,
      toelichting: '',
    });
    expect(spreadOf([e(4), e(8), e(9), e(1, 'b')], 'a')).toEqual({ min: 4, max: 8 + 1, average: 7 });
    expect(spreadOf([e(4)], 'b')).toBeUndefined();
  });
});

describe('prioritering', () => {
  const view = viewWith({}, (b) =>
    b
      .withAnswer('3A.kennis', list(entry('k1', 'Wat werkt bij preventie')))
      .withAnswer('3A.principes', list(entry('p1', 'Jongeren praten mee'), entry('p2', 'Samen optrekken')))
      .withAnswer('3A.randvoorwaarden', list(entry('r1', 'Budget'))),
  );

  it('orders the elements of the four categories by keyboard and marks priorities', async () => {
    const q = question('3A.prioriteit');
    const { last } = await editor(
      q,
      { kind: 'priority', order: [], prioriteit: [], toelichting: '' },
      { view },
    );
    const group = screen.getByRole('group', { name: q.prompt });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((c) => c.closest('li')?.textContent),
    ).toEqual([
      expect.stringContaining('Wat werkt bij preventie'),
      expect.stringContaining('Jongeren praten mee'),
      expect.stringContaining('Samen optrekken'),
      expect.stringContaining('Budget'),
    ]);
    expect(within(group).getAllByText('uit: Leidende principes en waarden')).toHaveLength(2);

    const up = within(group).getByRole('button', { name: 'Zet ‘Budget’ hoger' });
    up.focus();
    await userEvent.keyboard('{Enter}{Enter}');
    expect(last('priority').order).toEqual(['k1', 'r1', 'p1', 'p2']);
    expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Zet ‘Budget’ hoger' }));
    expect(screen.getByText('‘Budget’ staat nu op plaats 2 van 4.')).toBeTruthy();

    await userEvent.click(within(group).getByRole('checkbox', { name: 'Prioriteit: Samen optrekken' }));
    expect(last('priority').prioriteit).toEqual(['p2']);
    await userEvent.type(
      within(group).getByRole('textbox', { name: 'Toelichting op de prioriteiten' }),
      'Eerst geld',
    );
    expect(last('priority')).toEqual({
      kind: 'priority',
      order: ['k1', 'r1', 'p1', 'p2'],
      prioriteit: ['p2'],
      toelichting: 'Eerst geld',
    });
  });

  it('keeps the saved order and puts new elements last', () => {
    const el = (id: string) => ({ id: EntryIdSchema.parse(id), text: id, categorie: 'c' });
    expect(
      orderedElements(
        [el('a'), el('b'), el('c')],
        ['c', 'gone', 'a'].map((i) => EntryIdSchema.parse(i)),
      ).map((e) => e.id),
    ).toEqual(['c', 'a', 'b']);
  });
});

describe('English', () => {
  it('labels the editors in the host locale', async () => {
    const q = question('1B.ambities');
    const view = viewWith();
    await act(async () => {
      await renderWithServices(
        <>
          <h3 id="vraag">{q.prompt}</h3>
          <QuestionEditor
            question={q}
            bouwsteen="1B"
            edition={getEdition('sgg')}
            view={view}
            value={{ kind: 'list', items: [] }}
            onChange={() => undefined}
            labelId="vraag"
            id="veld"
            newId={newId}
          />
        </>,
        'en',
      );
    });
    expect(screen.getByRole('button', { name: 'Add Ambitie' })).toBeTruthy();
  });
});
