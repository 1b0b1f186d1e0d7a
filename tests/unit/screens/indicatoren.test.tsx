// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { entry, list, type TrajectBuilder } from '../../../shared/testing/builders.ts';
import Indicatoren from '../../../tab/features/indicatoren/index.tsx';
import { renderScreen, stored } from '../support/tab.tsx';

const NAAM = 'Kinderen die dagelijks bewegen';

/** A traject with two results and one indicator with a baseline, a target and two metingen. */
function withBeweging(b: TrajectBuilder): TrajectBuilder {
  return b
    .withAnswer(
      '2.resultaten',
      list(entry('res-1', 'Meer kinderen groeien gezond op'), entry('res-2', 'Minder jongeren vallen uit')),
    )
    .withIndicator(
      {
        id: 'indicator-beweging',
        naam: NAAM,
        definitie: 'Aandeel kinderen van 4 tot 12 jaar dat elke dag een uur beweegt.',
        bron: 'Gezondheidsmonitor',
        eenheid: '%',
        richting: 'hoger',
        basis: { waarde: 23, datum: '2023-01-01' },
        doel: { waarde: 40, jaar: 2028 },
        koppeling: { soort: 'resultaat', entryId: 'res-1' },
        eigenaar: 'ggd@voorbeeldregio.nl',
        herkomst: '2.indicatoren',
      },
      [
        { id: 'meting-2024', datum: '2024-06-01', waarde: 27, bron: 'GGD' },
        { id: 'meting-2026', datum: '2026-01-15', waarde: 31, toelichting: 'Na de zomercampagne' },
      ],
    );
}

async function cardOf(naam: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name: naam });
  return heading.closest('article') as HTMLElement;
}

describe('the Indicatoren screen', () => {
  it('shows each indicator with its definition, baseline, target, owner and link to a result', async () => {
    await renderScreen(Indicatoren, { build: withBeweging });
    const card = await cardOf(NAAM);
    const text = card.textContent ?? '';
    expect(text).toContain('Aandeel kinderen van 4 tot 12 jaar dat elke dag een uur beweegt.');
    expect(text).toContain('23% op 1 januari 2023');
    expect(text).toContain('40% in 2028');
    expect(text).toContain('Hoger is beter');
    expect(text).toContain('ggd@voorbeeldregio.nl');
    expect(text).toContain('Maatschappelijk resultaat: Meer kinderen groeien gezond op');
    expect(within(card).getByText('Laatste meting: 31% op 15 januari 2026.')).toBeTruthy();
  });

  it('says the movement in words, with the verdict for the agreed direction, and the progress to the target', async () => {
    await renderScreen(Indicatoren, { build: withBeweging });
    const card = await cardOf(NAAM);
    expect(
      within(card).getByText('Gestegen sinds de vorige meting: van 27% naar 31%. Dat is de goede kant op.'),
    ).toBeTruthy();
    // (31 − 23) / (40 − 23) = 47 %
    expect(
      within(card).getByText('Van de basiswaarde naar het doel is 47% van de weg afgelegd.'),
    ).toBeTruthy();
  });

  it('draws a chart named by its text summary, with a real data table of the same figures', async () => {
    await renderScreen(Indicatoren, { build: withBeweging });
    const card = await cardOf(NAAM);
    const chart = within(card).getByRole('img', {
      name: 'Van 23% (2023) naar 31% (2026); doel 40% in 2028.',
    });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelectorAll('circle')).toHaveLength(2);

    const table = within(card).getByRole('table', { name: `Cijfers van ‘${NAAM}’` });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(0, 3)).toEqual(['Moment', 'Waarde', 'Toelichting en bron']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        within(row).getAllByRole('cell')[0]?.textContent,
      ]);
    expect(rows).toEqual([
      ['Basiswaarde, 1 januari 2023', '23%'],
      ['Meting, 1 juni 2024', '27%'],
      ['Meting, 15 januari 2026', '31%'],
      ['Doel voor 2028', '40%'],
    ]);
    expect(within(table).getByText('Na de zomercampagne')).toBeTruthy();
    expect(within(table).getByText('Bron: GGD')).toBeTruthy();
  });

  it('links to the four interpretation questions of the bouwsteen the indicator belongs to', async () => {
    await renderScreen(Indicatoren, { build: withBeweging });
    const card = await cardOf(NAAM);
    const section = within(card).getByRole('region', { name: `Cijfers spreken niet voor zich ${NAAM}` });
    const links = within(section)
      .getAllByRole('link')
      .map((a) => [a.textContent?.split(':')[0], a.getAttribute('href')]);
    expect(links).toEqual([
      ['Herkennen', '#/werkbladen/2/2.lv.herkennen'],
      ['Begrijpen', '#/werkbladen/2/2.lv.begrijpen'],
      ['Waarderen', '#/werkbladen/2/2.lv.waarderen'],
      ['Verbeteren', '#/werkbladen/2/2.lv.verbeteren'],
    ]);
  });

  it('points to bouwsteen 2 when there are no indicators yet', async () => {
    await renderScreen(Indicatoren);
    expect(await screen.findByText(/Er zijn nog geen indicatoren of signalen/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Naar bouwsteen 2: indicatoren en signalen' });
    expect(link.getAttribute('href')).toBe('#/werkbladen/2/2.indicatoren');
  });

  it('adds an indicator, then saves its other fields by itself, with messages in Dutch for what is wrong', async () => {
    const user = userEvent.setup();
    const rendered = await renderScreen(Indicatoren, {
      build: (b) => b.withAnswer('2.resultaten', list(entry('res-1', 'Minder jongeren vallen uit'))),
    });
    await user.click(await screen.findByRole('button', { name: 'Indicator of signaal toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Geef de indicator of het signaal een naam.')).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: /Naam/ }), 'Voortijdig schoolverlaters');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Gekoppeld aan' }), 'resultaat:res-1');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('‘Voortijdig schoolverlaters’ is toegevoegd.')).toBeTruthy();

    // The editor of the new indicator opens with the rest of the fields.
    const card = await cardOf('Voortijdig schoolverlaters');
    await user.type(within(card).getByRole('textbox', { name: 'Eenheid' }), '%');
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Wat is beter?' }), 'lager');
    await user.type(within(card).getByRole('textbox', { name: 'Basiswaarde' }), '2,5');
    expect(await within(card).findByText('Vul ook de datum van de basiswaarde in.')).toBeTruthy();
    fireEvent.change(within(card).getByLabelText('Datum van de basiswaarde'), {
      target: { value: '2024-09-01' },
    });
    await user.type(within(card).getByRole('textbox', { name: 'Streefwaarde' }), 'veel');
    expect(await within(card).findByText('Vul een getal in, bijvoorbeeld 23 of 23,5.')).toBeTruthy();
    await user.clear(within(card).getByRole('textbox', { name: 'Streefwaarde' }));
    await user.type(within(card).getByRole('textbox', { name: 'Streefwaarde' }), '1,5');
    await user.type(
      within(card).getByRole('textbox', { name: 'Jaar waarin jullie het doel willen halen' }),
      '2030',
    );
    // No save button: the edit is saved after a short pause.
    await waitFor(
      async () => {
        const { indicatoren } = await stored(rendered);
        expect(indicatoren).toEqual([
          expect.objectContaining({
            naam: 'Voortijdig schoolverlaters',
            soort: 'indicator',
            eenheid: '%',
            richting: 'lager',
            basis: { waarde: 2.5, datum: '2024-09-01' },
            doel: { waarde: 1.5, jaar: 2030 },
            koppeling: { soort: 'resultaat', entryId: 'res-1' },
            herkomst: '2.indicatoren',
          }),
        ]);
      },
      { timeout: 3000 },
    );
    expect(within(card).getByText('Opgeslagen')).toBeTruthy();
  });

  it('edits an indicator and saves it when the person is done', async () => {
    const user = userEvent.setup();
    const rendered = await renderScreen(Indicatoren, { build: withBeweging });
    const card = await cardOf(NAAM);
    await user.click(within(card).getByRole('button', { name: `Bewerken: ${NAAM}` }));
    const naam = within(card).getByRole('textbox', { name: /Naam/ });
    expect(document.activeElement).toBe(naam);
    await user.clear(naam);
    expect(await within(card).findByText('Geef de indicator of het signaal een naam.')).toBeTruthy();
    await user.type(naam, 'Kinderen die elke dag bewegen');
    await user.click(within(card).getByRole('button', { name: 'Klaar' }));
    const { indicatoren } = await stored(rendered);
    expect(indicatoren.map((i) => i.naam)).toEqual(['Kinderen die elke dag bewegen']);
    expect(indicatoren[0]?.basis).toEqual({ waarde: 23, datum: '2023-01-01' });
  });

  it('adds a meting after checking its date and value, and shows it in the table', async () => {
    const user = userEvent.setup();
    const rendered = await renderScreen(Indicatoren, { build: withBeweging });
    const card = await cardOf(NAAM);
    await user.click(within(card).getByRole('button', { name: `Meting toevoegen aan ‘${NAAM}’` }));
    const form = within(card).getByRole('form', { name: `Nieuwe meting voor ‘${NAAM}’` });
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(await within(form).findByText('Vul de gemeten waarde in.')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText(/Datum van de meting/), { target: { value: '2026-04-01' } });
    await user.type(within(form).getByRole('textbox', { name: /Gemeten waarde/ }), '34,5');
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(await within(form).findByText('Een meting kan niet in de toekomst liggen.')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText(/Datum van de meting/), { target: { value: '2026-02-20' } });
    await user.type(within(form).getByRole('textbox', { name: 'Toelichting' }), 'Tussenmeting');
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText(`Meting van 20 februari 2026 toegevoegd aan ‘${NAAM}’.`)).toBeTruthy();

    const table = within(card).getByRole('table', { name: `Cijfers van ‘${NAAM}’` });
    expect(within(table).getByRole('rowheader', { name: 'Meting, 20 februari 2026' })).toBeTruthy();
    expect(
      within(card).getByRole('img', { name: 'Van 23% (2023) naar 34,5% (2026); doel 40% in 2028.' }),
    ).toBeTruthy();
    const { metingen } = await stored(rendered);
    expect(metingen).toContainEqual(
      expect.objectContaining({
        indicatorId: 'indicator-beweging',
        datum: '2026-02-20',
        waarde: 34.5,
        toelichting: 'Tussenmeting',
      }),
    );
    expect(metingen).toHaveLength(3);
  });

  it('records a signaal in words only, but not with nothing at all', async () => {
    const user = userEvent.setup();
    const rendered = await renderScreen(Indicatoren, {
      build: (b) =>
        b.withIndicator({ id: 'signaal-sfeer', naam: 'Sfeer op het schoolplein', soort: 'signaal' }),
    });
    const card = await cardOf('Sfeer op het schoolplein');
    await user.click(
      within(card).getByRole('button', { name: 'Meting toevoegen aan ‘Sfeer op het schoolplein’' }),
    );
    const form = within(card).getByRole('form', { name: 'Nieuwe meting voor ‘Sfeer op het schoolplein’' });
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(
      await within(form).findByText('Vul een waarde in, of beschrijf in de toelichting wat jullie zagen.'),
    ).toBeTruthy();
    await user.type(
      within(form).getByRole('textbox', { name: 'Toelichting' }),
      'Minder ruzies gezien door de pleinwachten',
    );
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    const table = await within(card).findByRole('table', { name: 'Cijfers van ‘Sfeer op het schoolplein’' });
    expect(within(table).getByText('Geen getal')).toBeTruthy();
    const { metingen } = await stored(rendered);
    expect(metingen).toEqual([
      expect.objectContaining({
        indicatorId: 'signaal-sfeer',
        datum: '2026-03-02',
        toelichting: 'Minder ruzies gezien door de pleinwachten',
      }),
    ]);
    expect(metingen[0]?.waarde).toBeUndefined();
  });

  it('corrects a meting and removes another', async () => {
    const user = userEvent.setup();
    const rendered = await renderScreen(Indicatoren, { build: withBeweging });
    const card = await cardOf(NAAM);
    await user.click(within(card).getByRole('button', { name: 'Bewerken: meting van 15 januari 2026' }));
    const form = within(card).getByRole('form', { name: 'Meting van 15 januari 2026 wijzigen' });
    const waarde = within(form).getByRole('textbox', { name: /Gemeten waarde/ });
    expect((waarde as HTMLInputElement).value).toBe('31');
    await user.clear(waarde);
    await user.type(waarde, '32');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Meting van 15 januari 2026 gewijzigd.')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Verwijderen: meting van 1 juni 2024' }));
    const confirm = within(card).getByRole('group', { name: 'De meting van 1 juni 2024 verwijderen?' });
    await user.click(within(confirm).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('Meting van 1 juni 2024 verwijderd.')).toBeTruthy();

    const { metingen } = await stored(rendered);
    expect(metingen.map((m) => [m.id, m.waarde])).toEqual([['meting-2026', 32]]);
    expect(within(card).queryByRole('rowheader', { name: 'Meting, 1 juni 2024' })).toBeNull();
  });

  it('removes an indicator with its metingen after confirmation', async () => {
    const user = userEvent.setup();
    const rendered = await renderScreen(Indicatoren, {
      build: (b) => withBeweging(b).withIndicator({ naam: 'Ander signaal', soort: 'signaal' }),
    });
    const card = await cardOf(NAAM);
    await user.click(within(card).getByRole('button', { name: `Verwijderen: ${NAAM}` }));
    const confirm = within(card).getByRole('group', {
      name: `‘${NAAM}’ verwijderen? De metingen worden ook verwijderd.`,
    });
    await user.click(within(confirm).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText(`‘${NAAM}’ is verwijderd, met de metingen.`)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: NAAM })).toBeNull());

    const { indicatoren, metingen } = await stored(rendered);
    expect(indicatoren.map((i) => i.naam)).toEqual(['Ander signaal']);
    expect(metingen).toEqual([]);
  });

  it('shows a conflict on the indicator or meting someone else changed meanwhile, and lets the person choose', async () => {
    const user = userEvent.setup();
    const rendered = await renderScreen(Indicatoren, { build: withBeweging });
    const card = await cardOf(NAAM);
    rendered.repository.simulateOtherUserEdit('indicator', 'indicator-beweging', (i) => ({
      ...i,
      bron: 'CBS',
    }));
    rendered.repository.simulateOtherUserEdit('meting', 'meting-2024', (m) => ({ ...m, waarde: 26 }));

    await user.click(within(card).getByRole('button', { name: `Bewerken: ${NAAM}` }));
    await user.type(within(card).getByRole('textbox', { name: 'Eigenaar' }), ' en Bram');
    await user.click(within(card).getByRole('button', { name: 'Klaar' }));
    expect(await within(card).findByText('Iemand anders heeft dit tegelijk gewijzigd.')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Mijn versie houden' }));

    await user.click(within(card).getByRole('button', { name: 'Bewerken: meting van 1 juni 2024' }));
    const form = within(card).getByRole('form', { name: 'Meting van 1 juni 2024 wijzigen' });
    await user.type(within(form).getByRole('textbox', { name: 'Toelichting' }), 'Gecorrigeerd');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    const table = within(card).getByRole('table', { name: `Cijfers van ‘${NAAM}’` });
    const row = within(table).getByRole('row', { name: /Meting, 1 juni 2024/ });
    expect(await within(row).findByText('Iemand anders heeft dit tegelijk gewijzigd.')).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Hun versie overnemen' }));

    const { indicatoren, metingen } = await stored(rendered);
    expect(indicatoren[0]?.eigenaar).toBe('ggd@voorbeeldregio.nl en Bram');
    expect(metingen.find((m) => m.id === 'meting-2024')).toEqual(
      expect.objectContaining({ waarde: 26, toelichting: '' }),
    );
  });

  it('speaks English when the host does', async () => {
    await renderScreen(Indicatoren, { build: withBeweging, locale: 'en' });
    const card = await cardOf(NAAM);
    expect(
      within(card).getByRole('img', { name: 'From 23% (2023) to 31% (2026); target 40% in 2028.' }),
    ).toBeTruthy();
    expect(
      within(card).getByText(
        'Up since the previous measurement: from 27% to 31%. That is the right direction.',
      ),
    ).toBeTruthy();
  });
});
