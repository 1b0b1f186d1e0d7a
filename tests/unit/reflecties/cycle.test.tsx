// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Reflectie } from '../../../shared/domain/model.ts';
import { entry, list, text, type TrajectBuilder } from '../../../shared/testing/builders.ts';
import { USER, renderReflecties, settled, stored, type RenderedReflecties } from './setup.tsx';

const VORIGE = 'reflectie-vorige';
const MELDINGEN = 'Meldingen bij de vertrouwenspersoon';

/** Bouwsteen 2 with a result and its indicator, a cycle finished on 1 December 2025 and its two actions. */
function partnership(b: TrajectBuilder): TrajectBuilder {
  return b
    .withAnswer('2.resultaten', list(entry('res-1', 'Jongeren voelen zich veilig op school')))
    .withPartner({
      id: 'partner-ggd',
      organisatie: 'GGD regio Utrecht',
      contactpersoon: 'Bram Bakker',
      email: 'bram@ggd.example',
    })
    .withPartner({ id: 'partner-school', organisatie: 'Scholengroep Noord', contactpersoon: 'Sanne de Wit' })
    .withIndicator(
      {
        id: 'ind-meldingen',
        naam: MELDINGEN,
        eenheid: 'per 1.000 leerlingen',
        richting: 'lager',
        koppeling: { soort: 'resultaat', entryId: 'res-1' },
      },
      [
        { datum: '2025-06-01', waarde: 12 },
        { datum: '2026-01-15', waarde: 9 },
      ],
    )
    .withReflectie({
      id: VORIGE,
      bouwstenen: ['2'],
      datum: '2025-12-01',
      status: 'afgerond',
      deelnemers: ['partner-ggd'],
      antwoorden: {
        '2.lv.herkennen': text('We zien meer meldingen dan vorig jaar.'),
        '2.lv.begrijpen': text('Scholen melden beter.'),
        '2.lv.verbeteren': text('Gesprek met de scholen'),
      },
      indicatorStanden: [{ indicatorId: 'ind-meldingen', waarde: 12, datum: '2025-06-01' }],
    })
    .withActie({
      id: 'actie-scholen',
      tekst: 'Gesprek met de scholen',
      eigenaar: 'partner-ggd',
      deadline: '2026-01-31',
      status: 'open',
      herkomst: { soort: 'reflectie', reflectieId: VORIGE, bouwsteen: '2' },
    })
    .withActie({
      id: 'actie-training',
      tekst: 'Training voor mentoren',
      status: 'bezig',
      herkomst: { soort: 'reflectie', reflectieId: VORIGE, bouwsteen: '2' },
    });
}

async function cardOf(bouwsteen: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', {
    level: 2,
    name: new RegExp(`^Bouwsteen ${bouwsteen}:`),
  });
  return heading.closest('article') as HTMLElement;
}

/** Starts a cycle for a bouwsteen today, with every partner ticked; resolves in the cycle's view. */
async function start(bouwsteen: string): Promise<HTMLElement> {
  const card = await cardOf(bouwsteen);
  await userEvent.click(
    within(card).getByRole('button', { name: `Reflectie vastleggen voor bouwsteen ${bouwsteen}` }),
  );
  const form = within(card).getByRole('form', { name: 'Reflectie vastleggen' });
  expect(within(form).getByLabelText<HTMLInputElement>(/^Datum van de reflectie/).value).toBe('2026-03-02');
  await userEvent.click(within(form).getByRole('button', { name: 'Reflectie starten' }));
  const heading = await screen.findByRole('heading', { level: 2, name: 'Reflectie van 2 maart 2026' });
  expect(document.activeElement).toBe(heading);
  return heading.closest('section') as HTMLElement;
}

async function current(rendered: RenderedReflecties): Promise<Reflectie> {
  const { reflecties } = await stored(rendered);
  const found = reflecties.find((r) => r.id !== VORIGE);
  if (found === undefined) throw new Error('no new reflectie stored');
  return found;
}

describe('recording a cycle', () => {
  it('goes from start to finish: previous actions, figures, the four questions, two actions, finished', async () => {
    const rendered = await renderReflecties({ build: partnership });
    const cycle = await start('2');

    // It begins with the previous cycle's actions, late ones said to be late, status changed inline.
    const review = within(cycle).getByRole('region', { name: 'Zijn voorgenomen acties uitgevoerd?' });
    expect(review.textContent).toContain('De acties uit de reflectie van 1 december 2025.');
    expect(review.textContent).toContain('Gesprek met de scholen');
    expect(review.textContent).toContain('Eigenaar: Bram Bakker');
    expect(review.textContent).toContain('Training voor mentoren');
    await userEvent.selectOptions(
      within(review).getByLabelText('Status van ‘Gesprek met de scholen’'),
      'Uitgevoerd',
    );
    await waitFor(async () =>
      expect((await stored(rendered)).acties.find((a) => a.id === 'actie-scholen')?.status).toBe('afgerond'),
    );

    // The figures as they stood on the cycle's date.
    const standen = within(cycle).getByRole('region', { name: 'De indicatoren en signalen op 2 maart 2026' });
    expect(standen.textContent).toContain(`${MELDINGEN}: 9 per 1.000 leerlingen, gemeten op 15 januari 2026`);

    await userEvent.type(within(cycle).getByLabelText(/^Herkennen: /), 'Minder meldingen dan in december.');
    await userEvent.type(within(cycle).getByLabelText(/^Begrijpen: /), 'De campagne op scholen werkt.');
    await userEvent.type(within(cycle).getByLabelText(/^Waarderen: /), 'We houden de resultaten zo.');
    await userEvent.type(
      within(cycle).getByLabelText(/^Verbeteren: /),
      '- Gesprek met ouders{Enter}- Training voor jongerenwerkers',
    );

    const acties = within(cycle).getByRole('region', { name: 'Verbeteracties' });
    await userEvent.click(
      within(acties).getByRole('button', { name: 'Voorstellen uit Verbeteren overnemen' }),
    );
    const wat = await within(acties).findAllByLabelText('Wat gaan we doen?');
    expect(wat.map((w) => (w as HTMLTextAreaElement).value)).toEqual([
      'Gesprek met ouders',
      'Training voor jongerenwerkers',
    ]);
    await userEvent.type(within(acties).getAllByLabelText('Wie pakt het op?')[0] as HTMLElement, USER);
    fireEvent.change(within(acties).getAllByLabelText('Deadline')[0] as HTMLElement, {
      target: { value: '2026-04-01' },
    });
    await userEvent.click(within(acties).getByRole('button', { name: 'Acties toevoegen' }));
    const agreed = await within(acties).findByRole('list', { name: 'Afgesproken in deze reflectie' });
    expect(agreed.textContent).toContain(`Gesprek met ouders — ${USER}`);
    expect(agreed.textContent).toContain('Training voor jongerenwerkers');
    // Said once in the tab's live region.
    const live = await screen.findByText('2 verbeteracties toegevoegd. Je vindt ze ook bij Acties.');
    expect(live.closest('[aria-live="polite"]')).not.toBeNull();

    await userEvent.click(within(cycle).getByRole('button', { name: 'Reflectie afronden' }));
    await userEvent.click(within(cycle).getByRole('button', { name: 'Ja, afronden' }));
    expect(await within(cycle).findByText(/^Afgerond op 2 maart 2026\./)).toBeTruthy();

    await settled(rendered.outbox);
    const reflectie = await current(rendered);
    expect(reflectie).toMatchObject({
      status: 'afgerond',
      bouwstenen: ['2'],
      datum: '2026-03-02',
      deelnemers: ['partner-ggd', 'partner-school'],
      indicatorStanden: [{ indicatorId: 'ind-meldingen', waarde: 9, datum: '2026-01-15' }],
      antwoorden: {
        '2.lv.herkennen': text('Minder meldingen dan in december.'),
        '2.lv.begrijpen': text('De campagne op scholen werkt.'),
        '2.lv.waarderen': text('We houden de resultaten zo.'),
        '2.lv.verbeteren': text('- Gesprek met ouders\n- Training voor jongerenwerkers'),
      },
    });
    const nieuw = (await stored(rendered)).acties.filter(
      (a) => a.herkomst.soort === 'reflectie' && a.herkomst.reflectieId === reflectie.id,
    );
    expect(nieuw.map((a) => [a.tekst, a.eigenaar, a.deadline, a.status, a.herkomst.bouwsteen])).toEqual([
      ['Gesprek met ouders', USER, '2026-04-01', 'open', '2'],
      ['Training voor jongerenwerkers', '', undefined, 'open', '2'],
    ]);

    // Finished is read-only: no field, no button to change it.
    expect(within(cycle).queryByLabelText(/^Herkennen: /)).toBeNull();
    expect(within(cycle).queryByRole('button', { name: 'Acties toevoegen' })).toBeNull();
    expect(within(cycle).queryByRole('button', { name: 'Reflectie afronden' })).toBeNull();
    const vragen = within(cycle).getByRole('region', { name: 'Vragen voor deze reflectie' });
    expect(vragen.textContent).toContain('Minder meldingen dan in december.');

    // Eerder / Op dit moment, against the cycle of 1 December.
    const vergelijk = within(cycle).getByRole('region', { name: 'Eerder en op dit moment: bouwsteen 2' });
    expect(vergelijk.textContent).toContain('Vergeleken met de reflectie van 1 december 2025.');
    expect(vergelijk.textContent).toContain(
      `${MELDINGEN}: eerder 12 per 1.000 leerlingen op 1 juni 2025, nu 9 per 1.000 leerlingen op 15 januari 2026. Gedaald met 3 per 1.000 leerlingen: de goede kant op.`,
    );
    const herkennen = within(vergelijk).getByRole('region', { name: 'Herkennen we de ontwikkeling' });
    expect(herkennen.textContent).toContain('EerderWe zien meer meldingen dan vorig jaar.');
    expect(herkennen.textContent).toContain('Op dit momentMinder meldingen dan in december.');
    expect(herkennen.textContent).toContain('Het antwoord is veranderd.');
  });

  it('keeps answers to two questions typed in quick succession', async () => {
    const rendered = await renderReflecties({ build: partnership });
    const cycle = await start('2');
    // A pending store that takes its time (as a browser's storage may): the second save starts
    // while the first is still being handed over, and must not drop the first answer.
    const { outbox } = rendered;
    const enqueue = outbox.enqueue.bind(outbox);
    outbox.enqueue = async (change) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return enqueue(change);
    };
    fireEvent.change(within(cycle).getByLabelText(/^Herkennen: /), { target: { value: 'Eerste antwoord' } });
    fireEvent.change(within(cycle).getByLabelText(/^Begrijpen: /), { target: { value: 'Tweede antwoord' } });
    await waitFor(
      async () =>
        expect((await current(rendered)).antwoorden).toEqual({
          '2.lv.herkennen': text('Eerste antwoord'),
          '2.lv.begrijpen': text('Tweede antwoord'),
        }),
      { timeout: 5000 },
    );
  });

  it('refuses an action due before the cycle, with the reason, and adds nothing', async () => {
    const rendered = await renderReflecties({ build: partnership });
    const cycle = await start('2');
    const acties = within(cycle).getByRole('region', { name: 'Verbeteracties' });
    await userEvent.type(within(acties).getByLabelText('Wat gaan we doen?'), 'Te laat begonnen');
    fireEvent.change(within(acties).getByLabelText('Deadline'), { target: { value: '2026-02-01' } });
    await userEvent.click(within(acties).getByRole('button', { name: 'Acties toevoegen' }));
    const fouten = await within(acties).findByRole('group', {
      name: 'De acties zijn nog niet toegevoegd. Pas dit aan:',
    });
    expect(fouten.textContent).toContain('De deadline van een actie ligt vóór de datum van de reflectie.');
    expect(document.activeElement).toBe(fouten);
    await settled(rendered.outbox);
    expect((await stored(rendered)).acties.map((a) => a.id)).toEqual(['actie-scholen', 'actie-training']);
  });

  it('gives cijfers per theme per participant for bouwsteen 0-B, with the spread and the tip', async () => {
    const rendered = await renderReflecties({ build: partnership });
    const cycle = await start('0-B');
    await userEvent.selectOptions(within(cycle).getByLabelText('Cijfer van Bram Bakker voor Relatie'), '4');
    await userEvent.selectOptions(within(cycle).getByLabelText('Cijfer van Sanne de Wit voor Relatie'), '8');
    const toelichting = await within(cycle).findByLabelText('Toelichting van Bram Bakker bij Relatie');
    await waitFor(() => expect((toelichting as HTMLInputElement).disabled).toBe(false));
    await userEvent.type(toelichting, 'Weinig contact buiten het overleg');
    await userEvent.tab();

    const relatie = within(cycle).getByRole('group', { name: 'Relatie' });
    await waitFor(() => expect(relatie.textContent).toContain('Cijfers van 4 tot 8, gemiddeld 6.'));
    expect(relatie.textContent).toContain(
      'Laagste cijfer: 4 (Bram Bakker). Hoogste cijfer: 8 (Sanne de Wit).',
    );
    expect(relatie.textContent).toContain(
      'De cijfers voor ‘Relatie’ lopen uiteen van 4 tot 8. Bespreek met elkaar de verschillen en wat er nodig is om een hoger cijfer te halen.',
    );
    expect(within(cycle).getByRole('group', { name: 'Belangen' }).textContent).toContain(
      'Nog geen cijfers voor dit thema.',
    );
    expect(cycle.textContent).toContain(
      'Bespreek met elkaar de verschillen en wat er nodig is om een hoger cijfer te halen.',
    );

    await waitFor(async () =>
      expect((await current(rendered)).cijfers).toEqual([
        { deelnemer: 'partner-school', thema: 'relatie', cijfer: 8, toelichting: '' },
        {
          deelnemer: 'partner-ggd',
          thema: 'relatie',
          cijfer: 4,
          toelichting: 'Weinig contact buiten het overleg',
        },
      ]),
    );
  });

  it('opens an earlier cycle read-only, as it was kept', async () => {
    await renderReflecties({ build: partnership });
    const card = await cardOf('2');
    expect(card.textContent).toContain('Reflectie van 1 december 2025');
    expect(card.textContent).toContain('Deelnemers: Bram Bakker');
    await userEvent.click(within(card).getByRole('button', { name: 'Reflectie van 1 december 2025 openen' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Reflectie van 1 december 2025' });
    const cycle = heading.closest('section') as HTMLElement;
    expect(cycle.textContent).toContain('Afgerond op 1 december 2025.');
    expect(within(cycle).queryAllByRole('textbox')).toEqual([]);
    expect(cycle.textContent).toContain('We zien meer meldingen dan vorig jaar.');
    expect(cycle.textContent).toContain('Dit is de eerste reflectie voor deze bouwsteen');
    expect(cycle.textContent).toContain(
      'Er is geen eerdere afgeronde reflectie voor deze bouwsteen om mee te vergelijken.',
    );
    await userEvent.click(
      within(cycle).getAllByRole('button', { name: 'Terug naar alle reflecties' })[0] as HTMLElement,
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Reflectie van 1 december 2025 openen' }),
      ),
    );
  });
});
