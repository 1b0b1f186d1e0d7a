// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import { aTraject } from '../../../shared/testing/builders.ts';
import { Partners } from '../../../tab/features/partners/Partners.tsx';
import { makeWorld, renderInTraject, seed, settled, type World } from '../support/tab.tsx';

async function partnersOf(build: (b: ReturnType<typeof aTraject>) => ReturnType<typeof aTraject>) {
  const world = await makeWorld();
  const trajectId = await seed(world.repository, build(aTraject()).build());
  renderInTraject(world, trajectId, <Partners />);
  await screen.findByRole('heading', { level: 2, name: 'Alle partners' });
  return { world, trajectId };
}

async function stored(world: World, trajectId: TrajectId) {
  await settled(world.outbox);
  return (await world.repository.openTraject(trajectId)).partners;
}

describe('the Partners screen', () => {
  it('shows the 0-A overview by domain and level, and who holds the regie', async () => {
    await partnersOf((b) =>
      b
        .withPartner({
          organisatie: 'GGD Voorbeeldregio',
          domein: 'gezondheidZorg',
          niveau: 'basisvoorzieningen',
          rollen: ['regie'],
        })
        .withPartner({ organisatie: 'Gemeente Voorbeeldstad', rollen: ['regie', 'financier'] }),
    );
    const table = screen.getByRole('table', { name: 'Partners per domein (rijen) en niveau (kolommen)' });
    const row = within(table).getByRole('row', { name: /Gezondheid en zorg/ });
    expect(within(row).getByText('GGD Voorbeeldregio')).toBeTruthy();
    expect(screen.getByText('Regie: Gemeente Voorbeeldstad en GGD Voorbeeldregio')).toBeTruthy();
    expect(screen.getByText('Nog niet ingedeeld: Gemeente Voorbeeldstad', { exact: false })).toBeTruthy();
  });

  it('adds a suggestion from the edition with one click', async () => {
    const user = userEvent.setup();
    const { world, trajectId } = await partnersOf((b) => b);
    expect(
      screen.getByText('Nog geen partners. Voeg een organisatie toe of kies een van de suggesties.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kinderopvang toevoegen' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Kinderopvang' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kinderopvang toevoegen' })).toBeNull();
    expect(await stored(world, trajectId)).toEqual([
      expect.objectContaining({
        organisatie: 'Kinderopvang',
        domein: 'opvangOnderwijs',
        niveau: 'basisvoorzieningen',
      }),
    ]);
  });

  it('adds a partner, then saves edits by itself, with the save state per row', async () => {
    const user = userEvent.setup();
    const { world, trajectId } = await partnersOf((b) => b);
    await user.click(screen.getByRole('button', { name: 'Partner toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Vul de naam van de organisatie in.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Organisatie/ }), 'Wijkteam Noord');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Domein' }), 'gezondheidZorg');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));

    // The new partner's editor opens; edits save after a short pause, without a save button.
    const card = (await screen.findByRole('heading', { level: 3, name: 'Wijkteam Noord' })).closest(
      'li',
    ) as HTMLElement;
    await user.type(within(card).getByRole('textbox', { name: 'Contactpersoon' }), 'Fatima Yilmaz');
    await user.click(within(card).getByRole('checkbox', { name: 'Regie' }));
    await user.type(within(card).getByRole('textbox', { name: 'E-mailadres' }), 'fatima@');
    expect(
      await within(card).findByText('Vul een geldig e-mailadres in, zoals naam@organisatie.nl.'),
    ).toBeTruthy();
    await user.type(within(card).getByRole('textbox', { name: 'E-mailadres' }), 'wijkteam.nl');
    await waitFor(() => expect(within(card).getByRole('status').textContent).toBe('Opgeslagen'), {
      timeout: 3000,
    });
    await waitFor(
      async () =>
        expect(await stored(world, trajectId)).toEqual([
          expect.objectContaining({
            organisatie: 'Wijkteam Noord',
            domein: 'gezondheidZorg',
            contactpersoon: 'Fatima Yilmaz',
            email: 'fatima@wijkteam.nl',
            rollen: ['regie'],
          }),
        ]),
      { timeout: 3000 },
    );
    await user.click(within(card).getByRole('button', { name: 'Klaar' }));
    expect(screen.getByText('Regie: Wijkteam Noord')).toBeTruthy();
  });

  it('removes a partner after confirming', async () => {
    const user = userEvent.setup();
    const { world, trajectId } = await partnersOf((b) => b.withPartner({ organisatie: 'Bibliotheek' }));
    await user.click(screen.getByRole('button', { name: 'Verwijderen: Bibliotheek' }));
    const confirm = screen.getByRole('group', { name: 'Bibliotheek verwijderen uit dit traject?' });
    await user.click(within(confirm).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Bibliotheek' })).toBeNull());
    expect(await stored(world, trajectId)).toEqual([]);
  });
});
