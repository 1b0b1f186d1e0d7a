// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import { aTraject } from '../../../shared/testing/builders.ts';
import { Acties } from '../../../tab/features/acties/Acties.tsx';
import { MijnActies } from '../../../tab/features/acties/MijnActies.tsx';
import { makeWorld, Providers, renderInTraject, seed, settled, USER, type World } from '../support/tab.tsx';

// Today is 2 March 2026.
async function actiesOf(build: (b: ReturnType<typeof aTraject>) => ReturnType<typeof aTraject>) {
  const world = await makeWorld();
  const trajectId = await seed(world.repository, build(aTraject()).build());
  renderInTraject(world, trajectId, <Acties />);
  // The button comes with the data; the heading shows while loading too.
  await screen.findByRole('button', { name: 'Actie toevoegen' });
  return { world, trajectId };
}

async function stored(world: World, trajectId: TrajectId) {
  await settled(world.outbox);
  return (await world.repository.openTraject(trajectId)).acties;
}

const three = (b: ReturnType<typeof aTraject>) =>
  b
    .withActie({ tekst: 'Evaluatie plannen', eigenaar: 'An', deadline: '2026-02-20', status: 'open' })
    .withActie({
      tekst: 'Ouders betrekken',
      eigenaar: 'Bas',
      deadline: '2026-04-01',
      status: 'bezig',
      herkomst: { soort: 'bouwsteen', bouwsteen: '2', questionId: '2.ambitie' },
    })
    .withActie({ tekst: 'Website bijwerken', eigenaar: 'An', status: 'afgerond' });

describe('the Acties screen', () => {
  it('lists every actie with owner, deadline, status and origin; overdue ones say so in words', async () => {
    await actiesOf(three);
    const evaluatie = screen.getByRole('article', { name: 'Evaluatie plannen' });
    expect(within(evaluatie).getByText('Te laat: de deadline was 10 dagen geleden.')).toBeTruthy();
    expect(within(evaluatie).getByText('An')).toBeTruthy();
    expect(within(evaluatie).getByText('20 februari 2026')).toBeTruthy();
    expect(within(evaluatie).getByText('Bouwsteen 0-B')).toBeTruthy();
    const ouders = screen.getByRole('article', { name: 'Ouders betrekken' });
    expect(within(ouders).queryByText(/Te laat/)).toBeNull();
    expect(within(ouders).getByText('Bouwsteen 2')).toBeTruthy();
    expect(within(ouders).getByRole<HTMLSelectElement>('combobox', { name: 'Status' }).value).toBe('bezig');
    // Open work first, by deadline; finished last.
    expect(screen.getAllByRole('article').map((a) => a.querySelector('h2')?.textContent)).toEqual([
      'Evaluatie plannen',
      'Ouders betrekken',
      'Website bijwerken',
    ]);
  });

  it('filters by status and by owner', async () => {
    const user = userEvent.setup();
    await actiesOf(three);
    const filters = within(screen.getByRole('group', { name: 'Filters' }));
    expect(filters.getByText('3 acties')).toBeTruthy();
    await user.selectOptions(filters.getByRole('combobox', { name: 'Eigenaar' }), 'An');
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getByText('2 acties')).toBeTruthy();
    await user.selectOptions(filters.getByRole('combobox', { name: 'Status' }), 'afgerond');
    expect(screen.getAllByRole('article').map((a) => a.querySelector('h2')?.textContent)).toEqual([
      'Website bijwerken',
    ]);
    expect(screen.getByText('1 actie')).toBeTruthy();
    await user.selectOptions(filters.getByRole('combobox', { name: 'Eigenaar' }), 'Bas');
    expect(screen.getByText('Er zijn geen acties met deze filters.')).toBeTruthy();
  });

  it('adds an actie and changes its status, announcing the change', async () => {
    const user = userEvent.setup();
    const { world, trajectId } = await actiesOf((b) => b);
    expect(screen.getByText(/Nog geen verbeteracties/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Beschrijf wat er moet gebeuren.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /^Actie/ }), 'Jongerenpanel organiseren');
    await user.type(screen.getByRole('textbox', { name: /Eigenaar/ }), USER);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Herkomst' }), '3A');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));

    const card = await screen.findByRole('article', { name: 'Jongerenpanel organiseren' });
    expect(await stored(world, trajectId)).toEqual([
      expect.objectContaining({
        tekst: 'Jongerenpanel organiseren',
        eigenaar: USER,
        status: 'open',
        herkomst: { soort: 'bouwsteen', bouwsteen: '3A' },
        aangemaakt: '2026-03-02T10:00:00.000Z',
      }),
    ]);

    await user.selectOptions(within(card).getByRole('combobox', { name: 'Status' }), 'afgerond');
    await waitFor(() =>
      expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(
        'De status van ‘Jongerenpanel organiseren’ is nu: Afgerond.',
      ),
    );
    expect((await stored(world, trajectId))[0]?.status).toBe('afgerond');
  });

  it('edits an actie with autosave and removes one', async () => {
    const user = userEvent.setup();
    const { world, trajectId } = await actiesOf(three);
    const card = screen.getByRole('article', { name: 'Ouders betrekken' });
    await user.click(within(card).getByRole('button', { name: 'Bewerken: Ouders betrekken' }));
    const deadline = within(card).getByLabelText('Deadline');
    await user.clear(deadline);
    await user.type(deadline, '2026-05-15');
    await waitFor(
      async () =>
        expect((await stored(world, trajectId)).find((a) => a.tekst === 'Ouders betrekken')?.deadline).toBe(
          '2026-05-15',
        ),
      { timeout: 3000 },
    );

    await user.click(screen.getByRole('button', { name: 'Verwijderen: Website bijwerken' }));
    await user.click(
      within(screen.getByRole('group', { name: /Website bijwerken/ })).getByRole('button', {
        name: 'Verwijderen',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Website bijwerken' })).toBeNull());
    expect((await stored(world, trajectId)).map((a) => a.tekst).sort()).toEqual([
      'Evaluatie plannen',
      'Ouders betrekken',
    ]);
  });
});

describe('Mijn acties (the personal tab)', () => {
  it('lists only the acties whose eigenaar is me, across my trajecten', async () => {
    const world = await makeWorld();
    await seed(
      world.repository,
      aTraject({ id: 'traject-000001', naam: 'Samen sterk' })
        .withActie({ tekst: 'Mijn actie', eigenaar: USER, deadline: '2026-02-01' })
        .withActie({ tekst: 'Andermans actie', eigenaar: 'bas@voorbeeldstad.nl' })
        .build(),
    );
    await seed(
      world.repository,
      aTraject({ id: 'traject-000002', naam: 'Gezond opgroeien' })
        .withActie({ id: 'actie-000101', tekst: 'Ook van mij', eigenaar: 'Demo Gebruiker' })
        .build(),
    );
    render(
      <Providers services={world.services}>
        <MijnActies />
      </Providers>,
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Samen sterk — team Jeugd Voorbeeldstad' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Gezond opgroeien — team Jeugd Voorbeeldstad' }),
    ).toBeTruthy();
    expect(screen.getByText('Mijn actie')).toBeTruthy();
    expect(screen.getByText('Ook van mij')).toBeTruthy();
    expect(screen.queryByText('Andermans actie')).toBeNull();
    expect(screen.getByText('Te laat: de deadline was 29 dagen geleden.')).toBeTruthy();
  });
});
