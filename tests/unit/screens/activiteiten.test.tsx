// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { entry, list, type TrajectBuilder } from '../../../shared/testing/builders.ts';
import Activiteiten from '../../../tab/features/activiteiten/index.tsx';
import { renderScreen, stored } from '../support/tab.tsx';

const GEZOND = 'Meer kinderen groeien gezond op';
const UITVAL = 'Minder jongeren vallen uit';
const OUDERS = 'Meer ouders voelen zich gesteund';

/** Three results, one without activity; three activities, one serving no result. */
function withMatrix(b: TrajectBuilder): TrajectBuilder {
  return b
    .withAnswer('2.resultaten', list(entry('res-1', GEZOND), entry('res-2', UITVAL), entry('res-3', OUDERS)))
    .withAnswer('3A.kennis', list(entry('vv-1', 'Vroeg signaleren werkt')))
    .withPartner({ id: 'partner-ggd', organisatie: 'GGD Voorbeeldregio' })
    .withActiviteit({
      id: 'act-school',
      naam: 'Gezonde School',
      niveau: 'basis',
      resultaten: ['res-1'],
      veranderverhaal: ['vv-1'],
      aanbieder: 'partner-ggd',
    })
    .withActiviteit({
      id: 'act-sport',
      naam: 'Sport op het plein',
      niveau: 'preventie',
      resultaten: ['res-1', 'res-2'],
    })
    .withActiviteit({ id: 'act-cursus', naam: 'Losse cursus', niveau: 'eerstelijns' });
}

function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('the Activiteiten screen', () => {
  it('shows the 3-B matrix: results as columns, levels as rows, the veranderverhaal row on top', async () => {
    await renderScreen(Activiteiten, { build: withMatrix });
    const table = await screen.findByRole('table', { name: /Activiteiten per maatschappelijk resultaat/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Niveau', GEZOND, UITVAL, `${OUDERS}Nog geen activiteit`, 'Zonder resultaat']);

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Wat willen we bereiken vanuit ons veranderverhaal?',
      'Activiteiten op het gebied van preventie',
      'Activiteiten in de basis',
      'Activiteiten in de eerstelijns',
      'Activiteiten voor intensieve ondersteuning',
    ]);
    const [veranderverhaal, preventie, basis, eerstelijns] = rows as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(cellTexts(veranderverhaal)[0]).toBe('Vroeg signaleren werkt');
    expect(cellTexts(preventie).slice(0, 3)).toEqual([
      'Sport op het plein',
      'Sport op het plein',
      'Geen activiteiten',
    ]);
    expect(cellTexts(basis).slice(0, 2)).toEqual(['Gezonde School', 'Geen activiteiten']);
    expect(cellTexts(eerstelijns)[3]).toBe('Losse cursus');
    // The table can scroll on its own; the region that holds it is reachable by keyboard.
    const region = screen.getByRole('region', { name: /resultaat \(kolommen\) en per niveau \(rijen\)/ });
    expect(region.tabIndex).toBe(0);
  });

  it('says the gaps in words: a result without activity, an activity that serves no result', async () => {
    await renderScreen(Activiteiten, { build: withMatrix });
    const gaps = await screen.findByRole('region', { name: 'Wat ontbreekt nog' });
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `Voor het resultaat ‘${OUDERS}’ is nog geen activiteit.`,
      'De activiteit ‘Losse cursus’ draagt nog niet bij aan een maatschappelijk resultaat.',
    ]);
  });

  it('becomes a list per result on a narrow screen, so the page does not scroll sideways', async () => {
    await renderScreen(Activiteiten, { build: withMatrix, narrow: true });
    const matrix = await screen.findByRole('region', { name: 'Activiteiten per maatschappelijk resultaat' });
    expect(within(matrix).queryByRole('table')).toBeNull();
    const results = within(matrix)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(results).toEqual([GEZOND, UITVAL, OUDERS, 'Zonder resultaat']);
    const gezond = within(matrix)
      .getByRole('heading', { level: 3, name: GEZOND })
      .closest('li') as HTMLElement;
    expect(gezond.textContent).toContain('Activiteiten in de basisGezonde School');
    const ouders = within(matrix)
      .getByRole('heading', { level: 3, name: OUDERS })
      .closest('li') as HTMLElement;
    expect(within(ouders).getByText('Nog geen activiteit')).toBeTruthy();
  });

  it('points to bouwsteen 2 while there are no results', async () => {
    await renderScreen(Activiteiten);
    expect(await screen.findByText(/Er zijn nog geen maatschappelijke resultaten/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Naar de maatschappelijke resultaten (bouwsteen 2)' });
    expect(link.getAttribute('href')).toBe('#/werkbladen/2/2.resultaten');
    expect(screen.getByText(/Er zijn nog geen activiteiten/)).toBeTruthy();
  });

  it('adds an activity with its level, results, veranderverhaal and provider; the gap it fills goes', async () => {
    const user = userEvent.setup();
    const rendered = await renderScreen(Activiteiten, { build: withMatrix });
    await user.click(await screen.findByRole('button', { name: 'Activiteit toevoegen' }));
    const form = screen.getByRole('form', { name: 'Nieuwe activiteit' });
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(await within(form).findByText('Geef de activiteit een naam.')).toBeTruthy();
    expect(within(form).getByText('Kies op welk niveau de activiteit plaatsvindt.')).toBeTruthy();

    await user.type(within(form).getByRole('textbox', { name: /Naam van de activiteit/ }), 'Opvoedspreekuur');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Niveau/ }), 'eerstelijns');
    await user.click(within(form).getByRole('checkbox', { name: OUDERS }));
    await user.click(within(form).getByRole('checkbox', { name: 'Vroeg signaleren werkt' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Aanbieder' }), 'partner-ggd');
    await user.type(within(form).getByRole('textbox', { name: 'Beschrijving' }), 'Elke woensdag in het CJG');
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Activiteit ‘Opvoedspreekuur’ is toegevoegd.')).toBeTruthy();

    const gaps = screen.getByRole('region', { name: 'Wat ontbreekt nog' });
    await waitFor(() => expect(within(gaps).queryByText(new RegExp(OUDERS))).toBeNull());
    const { activiteiten } = await stored(rendered);
    expect(activiteiten).toContainEqual(
      expect.objectContaining({
        naam: 'Opvoedspreekuur',
        niveau: 'eerstelijns',
        resultaten: ['res-3'],
        veranderverhaal: ['vv-1'],
        aanbieder: 'partner-ggd',
        beschrijving: 'Elke woensdag in het CJG',
      }),
    );
  });

  it('edits an activity with autosave and removes another after confirmation', async () => {
    const user = userEvent.setup();
    const rendered = await renderScreen(Activiteiten, { build: withMatrix });
    const card = (await screen.findByRole('heading', { level: 3, name: 'Losse cursus' })).closest(
      'article',
    ) as HTMLElement;
    expect(within(card).getByText('Draagt nog niet bij aan een maatschappelijk resultaat.')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Bewerken: activiteit Losse cursus' }));
    await user.click(within(card).getByRole('checkbox', { name: UITVAL }));
    await user.selectOptions(within(card).getByRole('combobox', { name: /Niveau/ }), 'intensief');
    await user.click(within(card).getByRole('button', { name: 'Klaar' }));

    const gaps = screen.getByRole('region', { name: 'Wat ontbreekt nog' });
    await waitFor(() => expect(within(gaps).queryByText(/Losse cursus/)).toBeNull());
    let { activiteiten } = await stored(rendered);
    expect(activiteiten.find((a) => a.id === 'act-cursus')).toEqual(
      expect.objectContaining({ niveau: 'intensief', resultaten: ['res-2'] }),
    );

    const sport = screen
      .getByRole('heading', { level: 3, name: 'Sport op het plein' })
      .closest('article') as HTMLElement;
    await user.click(
      within(sport).getByRole('button', { name: 'Verwijderen: activiteit Sport op het plein' }),
    );
    const confirm = within(sport).getByRole('group', {
      name: 'De activiteit ‘Sport op het plein’ verwijderen?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('Activiteit ‘Sport op het plein’ is verwijderd.')).toBeTruthy();
    ({ activiteiten } = await stored(rendered));
    expect(activiteiten.map((a) => a.id).sort()).toEqual(['act-cursus', 'act-school']);
    // Without the sport activity, "Minder jongeren vallen uit" is served only by the edited course.
    const table = screen.getByRole('table', { name: /Activiteiten per maatschappelijk resultaat/ });
    const intensief = within(table).getByRole('row', { name: /Activiteiten voor intensieve ondersteuning/ });
    expect(cellTexts(intensief)[1]).toBe('Losse cursus');
  });
});
