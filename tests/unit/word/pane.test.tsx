// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { toKompasError } from '../../../shared/auth/errors.ts';
import type { Answer } from '../../../shared/domain/model.ts';
import type { TrajectSnapshot } from '../../../shared/ports/traject-repository.ts';
import type { DataSource } from '../../../word-addin/app/services.tsx';
import { RecordingRepository } from '../support/world.ts';
import { makePane, renderPane, type PaneOptions, type PaneWorld } from './harness.tsx';
import { COLLEGA, memoryDataSource } from './world.ts';

/** Text on screen, not its echo in the live region. */
const visible = { ignore: 'script, style, [role="status"]' };

/** The pane is ready once it offers the template section. */
async function ready(): Promise<void> {
  await screen.findByRole('heading', { name: 'Sjabloon' });
}

async function trajectOpened(): Promise<void> {
  await screen.findByText(
    'Gemeente of regio: Voorbeeldstad. Editie: Samen seksueel grensoverschrijdend gedrag aanpakken.',
    {
      exact: false,
    },
  );
}

/** Renders the pane and waits until it is ready. */
async function openPane(options: PaneOptions = {}): Promise<PaneWorld & { readonly container: HTMLElement }> {
  const world = await makePane(options);
  const { container } = renderPane(world);
  await ready();
  return { ...world, container };
}

/** The pane in Word with the working traject open. */
async function openWithTraject(options: PaneOptions = {}): Promise<PaneWorld> {
  const world = await openPane(options);
  await trajectOpened();
  return world;
}

/** Picks a part of the kompas and inserts its template at the cursor. */
async function insertPart(user: UserEvent, part: string): Promise<void> {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Onderdeel van het kompas' }), part);
  await user.click(screen.getByRole('button', { name: 'Invoegen bij de cursor' }));
  await screen.findByText(/Het sjabloon is ingevoegd/, visible);
}

function status(): HTMLElement {
  return screen.getByRole('status', { name: 'Voortgang' });
}

async function storedAnswer(
  world: PaneWorld,
  questionId: string,
): Promise<TrajectSnapshot['antwoorden'][number] | undefined> {
  const snapshot = await world.repository.openTraject(world.trajectId as Answer['trajectId']);
  return snapshot.antwoorden.find((a) => a.questionId === questionId);
}

async function changeInTeams(world: PaneWorld, questionId: string, text: string) {
  const stored = await storedAnswer(world, questionId);
  if (stored === undefined) throw new Error(`no answer to ${questionId}`);
  const { version, ...answer } = stored;
  await world.repository.save(
    'antwoord',
    { ...answer, value: { kind: 'text', text }, auteur: COLLEGA, revisie: stored.revisie + 1 },
    version,
  );
}

describe('outside Word', () => {
  it('says so, and still offers the preview and the .docx download', async () => {
    const world = await openPane({ inWord: false });
    expect(screen.getByText('Open Kompas in Word om sjablonen in te voegen', visible)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Invoegen bij de cursor' })).toBeNull();

    const user = userEvent.setup();
    await user.click(
      screen.getByRole('radio', { name: 'Niets: een blanco sjabloon om met de hand in te vullen' }),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Onderdeel van het kompas' }),
      'bouwsteen:0A',
    );
    await user.click(screen.getByRole('button', { name: 'Voorbeeld tonen' }));
    const preview = screen.getByRole('region', { name: 'Voorbeeld van het sjabloon' });
    expect(within(preview).getByRole('heading', { level: 3, name: /Bouwsteen 0-A/ })).toBeTruthy();
    expect(within(preview).getByRole('group', { name: 'In te vullen: Vraagstuk' })).toBeTruthy();
    expect(
      within(preview).getByRole('group', {
        name: /Uit Kompas, niet te bewerken in Word: Samenwerkingspartners/,
      }),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Download als Word-document' }));
    await waitFor(() => expect(world.downloads).toHaveLength(1));
    const download = world.downloads[0];
    expect(download?.name).toMatch(/^Kompas - .*0-A.*\.docx$/);
    // A .docx is a zip file.
    expect([...(download?.bytes.slice(0, 2) ?? [])]).toEqual([0x50, 0x4b]);
    await waitFor(() => expect(status().textContent).toContain('is gedownload'));
  });

  it('offers blank templates only when no store can be reached, and has no accessibility violations', async () => {
    const { container } = await openPane({ inWord: false, data: 'none' });
    const blanco = screen.getByRole('radio', {
      name: 'Niets: een blanco sjabloon om met de hand in te vullen',
    });
    expect((blanco as HTMLInputElement).checked).toBe(true);
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Met de antwoorden van een traject' }));
    expect(screen.getByText(/Aanmelden kan alleen in Word/, visible)).toBeTruthy();

    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });
});

describe('choosing a traject', () => {
  it('asks to sign in when the store needs it, and carries on after signing in', async () => {
    const world = await makePane();
    let signedIn = false;
    const data: DataSource = {
      kind: 'microsoft365',
      teams: () =>
        signedIn
          ? world.data.teams()
          : Promise.reject(
              toKompasError({ code: 'SignInRequired', diagnostics: { errorCode: 'interaction_required' } }),
            ),
      open: (team) => world.data.open(team),
      signIn: () => {
        signedIn = true;
        return Promise.resolve({ ok: true, account: null });
      },
    };
    renderPane({ ...world, services: { ...world.services, data } });
    expect(await screen.findByText(/Meld je aan om verder te werken/, visible)).toBeTruthy();
    expect(screen.getByText('Foutcode: interaction_required', visible)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Aanmelden' }));
    await trajectOpened();
  });

  it('says when the team has no trajecten yet, and still offers a blank template', async () => {
    const world = await makePane();
    const empty = memoryDataSource(new RecordingRepository(), world.clock);
    renderPane({ ...world, services: { ...world.services, data: empty } });
    expect(await screen.findByText(/Dit team heeft nog geen trajecten/, visible)).toBeTruthy();
    expect(
      screen.getByText('Kies eerst een traject, of kies voor een blanco sjabloon.', visible),
    ).toBeTruthy();
    await userEvent
      .setup()
      .click(screen.getByRole('radio', { name: 'Niets: een blanco sjabloon om met de hand in te vullen' }));
    expect(screen.getByRole('button', { name: 'Invoegen bij de cursor' })).toBeTruthy();
  });
});

describe('in Word', () => {
  it('inserts a blank template without a traject or signing in', async () => {
    const world = await openPane({ data: 'none' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Editie van het kompas' }), 'algemeen');
    await insertPart(user, 'bouwsteen:2');
    expect(world.word.controls.length).toBeGreaterThan(0);
    expect(world.word.controls.every((c) => c.tag.startsWith('kompas:blanco:2.'))).toBe(true);
    expect(screen.queryByRole('button', { name: 'Vullen met antwoorden uit Teams' })).toBeNull();
  });

  it('suggests checking when Word reports an edit (WordApi 1.5), and says checking is by hand before that', async () => {
    const world = await openWithTraject({ requirements: { WordApi: '1.5' } });
    expect(screen.queryByText(/meldt wijzigingen in het document niet vanzelf/)).toBeNull();
    const user = userEvent.setup();
    await insertPart(user, 'sheet:3A/monitoren');
    await waitFor(() =>
      expect(
        world.word.control(`kompas:${world.trajectId}:3A.informatie`).dataChanged.length,
      ).toBeGreaterThan(0),
    );
    world.word.typeInto(`kompas:${world.trajectId}:3A.informatie`, 'Cijfers van de GGD');
    expect(await screen.findByText(/Er is iets gewijzigd in het document/, visible)).toBeTruthy();
  });

  it('explains a missing requirement set instead of failing, and keeps the download', async () => {
    await openWithTraject({ requirements: { WordApi: '1.2' } });
    expect(screen.getByText(/daarvoor is WordApi 1\.3 nodig/, visible)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Invoegen bij de cursor' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Vullen met antwoorden uit Teams' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download als Word-document' })).toBeTruthy();
  });

  it('inserts, fills, checks and saves an edit made in Word', async () => {
    const world = await openWithTraject();
    expect(screen.getByText(/meldt wijzigingen in het document niet vanzelf/, visible)).toBeTruthy();
    const user = userEvent.setup();

    await insertPart(user, 'sheet:0A/vraagstuk-en-samenwerking');
    expect(
      screen.getByText('Het sjabloon is ingevoegd, met 4 onderdelen om in te vullen.', visible),
    ).toBeTruthy();
    const tag = `kompas:${world.trajectId}:0A.vraagstuk`;
    expect(world.word.textOf(tag)).toContain('Grensoverschrijdend gedrag');

    await user.click(screen.getByRole('button', { name: 'Vullen met antwoorden uit Teams' }));
    expect(
      await screen.findByText('Het document is gevuld: 2 onderdelen hebben een antwoord.', visible),
    ).toBeTruthy();
    const empty = screen.getByRole('list', { name: '2 onderdelen hebben nog geen antwoord in Teams:' });
    expect(within(empty).getByText('Leidende of nodige samenwerkingen')).toBeTruthy();

    world.word.typeInto(tag, 'Meer meldingen van sexting');
    await user.click(screen.getByRole('button', { name: 'Controleer op wijzigingen' }));
    const changes = await screen.findByRole('list', { name: 'Wijzigingen in Word' });
    expect(within(changes).getByRole('checkbox', { name: 'Opslaan in Teams: Vraagstuk' })).toBeTruthy();
    expect(within(changes).getByText('Meer meldingen van sexting')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Opslaan in Teams (1)' }));
    await screen.findByText('Alles is opgeslagen in Teams.', visible);
    expect((await storedAnswer(world, '0A.vraagstuk'))?.value).toEqual({
      kind: 'text',
      text: 'Meer meldingen van sexting',
    });
    expect(world.repository.saves).toHaveLength(1);
  });

  it('asks before overwriting text typed in Word', async () => {
    const world = await openWithTraject();
    const user = userEvent.setup();
    await insertPart(user, 'sheet:0A/vraagstuk-en-samenwerking');
    const tag = `kompas:${world.trajectId}:0A.samenwerkingen`;
    world.word.typeInto(tag, 'Met het onderwijs');

    await user.click(screen.getByRole('button', { name: 'Vullen met antwoorden uit Teams' }));
    const warning = await screen.findByText('In Word staat tekst die nog niet in Teams staat', visible);
    expect(warning).toBeTruthy();
    expect(world.word.textOf(tag)).toBe('Met het onderwijs');

    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.getByText('Het vullen is afgebroken. Er is niets gewijzigd.', visible)).toBeTruthy();
    expect(world.word.textOf(tag)).toBe('Met het onderwijs');

    await user.click(screen.getByRole('button', { name: 'Vullen met antwoorden uit Teams' }));
    await user.click(
      await screen.findByRole('button', { name: 'Toch vullen en de tekst in Word vervangen' }),
    );
    await screen.findByText(/Het document is gevuld/, visible);
    expect(world.word.textOf(tag)).toBe('Nog geen antwoord.');
  });

  it('shows both versions of a conflict and writes the chosen one into Word', async () => {
    const world = await openWithTraject();
    const user = userEvent.setup();
    await insertPart(user, 'sheet:0A/vraagstuk-en-samenwerking');

    const tag = `kompas:${world.trajectId}:0A.vraagstuk`;
    await changeInTeams(world, '0A.vraagstuk', 'Versie van Bram');
    world.word.typeInto(tag, 'Versie van Anna');
    await user.click(screen.getByRole('button', { name: 'Controleer op wijzigingen' }));
    await user.click(await screen.findByRole('button', { name: 'Opslaan in Teams (1)' }));

    const title = await screen.findByText(
      'Iemand anders heeft ‘Vraagstuk’ tegelijk met jou gewijzigd',
      visible,
    );
    const card = title.closest('li');
    if (card === null) throw new Error('no conflict card');
    expect(within(card).getByRole('group', { name: 'In Word' }).textContent).toContain('Versie van Anna');
    expect(within(card).getByRole('group', { name: `In Teams, door ${COLLEGA}` }).textContent).toContain(
      'Versie van Bram',
    );
    expect(within(card).getByRole('group', { name: 'Samengevoegd' })).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Versie uit Teams overnemen' }));
    await waitFor(() => expect(world.word.textOf(tag)).toBe('Versie van Bram'));
    await waitFor(() => expect(screen.queryByText(/tegelijk met jou gewijzigd/)).toBeNull());
    expect((await storedAnswer(world, '0A.vraagstuk'))?.value).toEqual({
      kind: 'text',
      text: 'Versie van Bram',
    });
  });

  it('points at a copied answer and selects it in Word', async () => {
    const world = await openWithTraject();
    const user = userEvent.setup();
    await insertPart(user, 'sheet:3A/monitoren');
    const copy = world.word.duplicate(`kompas:${world.trajectId}:3A.informatie`);

    await user.click(screen.getByRole('button', { name: 'Controleer op wijzigingen' }));
    const issues = await screen.findByRole('region', { name: 'Let op in dit document' });
    expect(
      within(issues).getByText(
        '‘Benodigde informatie’ staat 2 keer in het document. Kompas vult en bewaart ze als één antwoord.',
      ),
    ).toBeTruthy();
    await user.click(
      within(issues).getByRole('button', { name: 'Ga naar plek 2 van ‘Benodigde informatie’' }),
    );
    await waitFor(() => expect(world.word.selectedControl).toBe(copy.id));
    await waitFor(() => expect(status().textContent).toBe('Het onderdeel is geselecteerd in het document.'));
  });

  it('explains a protected document in Dutch and keeps what is there', async () => {
    const world = await openWithTraject();
    world.word.readOnly = true;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Invoegen bij de cursor' }));
    const alert = await screen.findByText(/Word staat geen wijzigingen toe in dit document/, visible);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByText('Foutcode: AccessDenied', visible)).toBeTruthy();
    expect(world.word.controls).toHaveLength(0);
  });
});
