// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aTraject } from '../../../shared/testing/builders.ts';
import { ConfigPage } from '../../../tab/features/config/ConfigPage.tsx';
import { FakeTeamsHost } from '../support/fake-teams.ts';
import { makeWorld, Providers, seed } from '../support/tab.tsx';

async function teamsConfig(existing: boolean) {
  const teams = new FakeTeamsHost({ page: { id: '', frameContext: 'settings' } });
  const world = await makeWorld({ teams });
  if (existing) {
    await seed(
      world.repository,
      aTraject({ id: 'traject-000001', naam: 'Samen sterk', gemeente: 'Voorbeeldstad' }).build(),
    );
  }
  render(
    <Providers services={world.services}>
      <ConfigPage mode="teams" />
    </Providers>,
  );
  return { teams, world };
}

describe('the Teams configuration page', () => {
  it('creates a new traject and saves it as the tab: entityId, contentUrl and display name', async () => {
    const user = userEvent.setup();
    const { teams, world } = await teamsConfig(false);
    expect(await screen.findByRole('radio', { name: 'Een nieuw traject beginnen' })).toHaveProperty(
      'checked',
      true,
    );
    // Not valid while the form is empty: Teams keeps its Save button disabled.
    await waitFor(() => expect(teams.validity.at(-1)).toBe(false));

    await user.type(screen.getByRole('textbox', { name: /Naam van het traject/ }), 'Samen tegen SGG');
    await user.type(screen.getByRole('textbox', { name: /Gemeente of regio/ }), 'Voorbeeldstad');
    await waitFor(() => expect(teams.validity.at(-1)).toBe(true));

    expect(await teams.pressSave()).toEqual({ ok: true });
    const { trajecten } = await world.repository.listTrajecten();
    expect(trajecten).toHaveLength(1);
    const created = trajecten[0];
    expect(created).toMatchObject({ naam: 'Samen tegen SGG', gemeente: 'Voorbeeldstad', editie: 'sgg' });
    expect(teams.saved).toHaveLength(1);
    const saved = teams.saved[0];
    expect(saved?.entityId).toBe(created?.id);
    expect(saved?.suggestedDisplayName).toBe('Samen tegen SGG');
    expect(new URL(saved?.contentUrl ?? '').searchParams.get('traject')).toBe(created?.id);
  });

  it('saves an existing traject of the team as the tab', async () => {
    const user = userEvent.setup();
    const { teams, world } = await teamsConfig(true);
    // In Teams nothing is chosen for the owner: Save stays disabled until they choose.
    expect(await screen.findByRole('radio', { name: 'Samen sterk (Voorbeeldstad)' })).toHaveProperty(
      'checked',
      false,
    );
    await waitFor(() => expect(teams.validity.at(-1)).toBe(false));
    await user.click(await screen.findByRole('radio', { name: 'Samen sterk (Voorbeeldstad)' }));
    await waitFor(() => expect(teams.validity.at(-1)).toBe(true));
    expect(await teams.pressSave()).toEqual({ ok: true });
    expect(teams.saved[0]).toMatchObject({ entityId: 'traject-000001', suggestedDisplayName: 'Samen sterk' });
    expect((await world.repository.listTrajecten()).trajecten).toHaveLength(1);
  });

  it('explains in Dutch what is missing', async () => {
    const user = userEvent.setup();
    await teamsConfig(false);
    const naam = await screen.findByRole('textbox', { name: /Naam van het traject/ });
    await user.click(naam);
    await user.tab();
    expect(await screen.findByText('Vul een naam in voor het traject.')).toBeTruthy();
    expect(naam.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses to save when Teams asks before the form is complete', async () => {
    const { teams } = await teamsConfig(false);
    await screen.findByRole('radio', { name: 'Een nieuw traject beginnen' });
    const verdict = await teams.pressSave();
    expect(verdict.ok).toBe(false);
    expect(teams.saved).toHaveLength(0);
  });
});

describe('the standalone start screen', () => {
  it('lists the trajecten and opens the chosen one', async () => {
    const user = userEvent.setup();
    const world = await makeWorld();
    await seed(
      world.repository,
      aTraject({ id: 'traject-000001', naam: 'Samen sterk', gemeente: 'Voorbeeldstad' }).build(),
    );
    const onOpen = vi.fn();
    render(
      <Providers services={world.services}>
        <ConfigPage mode="start" onOpen={onOpen} />
      </Providers>,
    );
    // The first traject is chosen already: one click opens it.
    expect(await screen.findByRole('radio', { name: 'Samen sterk (Voorbeeldstad)' })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Traject openen' }));
    expect(onOpen).toHaveBeenCalledWith('traject-000001');
  });

  it('creates a traject and opens it', async () => {
    const user = userEvent.setup();
    const world = await makeWorld();
    const onOpen = vi.fn();
    render(
      <Providers services={world.services}>
        <ConfigPage mode="start" onOpen={onOpen} />
      </Providers>,
    );
    await user.click(await screen.findByRole('button', { name: 'Traject aanmaken' }));
    // Nothing filled in: the first field that needs attention gets the focus.
    expect(await screen.findByText('Vul een naam in voor het traject.')).toBeTruthy();
    expect(screen.getByText('Vul de gemeente of regio in.')).toBeTruthy();
    expect(onOpen).not.toHaveBeenCalled();

    await user.type(
      screen.getByRole('textbox', { name: /Naam van het traject/ }),
      'Opgroeien in Voorbeeldstad',
    );
    await user.type(screen.getByRole('textbox', { name: /Gemeente of regio/ }), 'Voorbeeldstad');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Editie van het kwaliteitskompas' }),
      'algemeen',
    );
    await user.click(screen.getByRole('button', { name: 'Traject aanmaken' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const { trajecten } = await world.repository.listTrajecten();
    expect(trajecten[0]).toMatchObject({ naam: 'Opgroeien in Voorbeeldstad', editie: 'algemeen' });
    expect(onOpen).toHaveBeenCalledWith(trajecten[0]?.id);
  });
});
