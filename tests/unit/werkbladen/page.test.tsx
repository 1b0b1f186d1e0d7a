// @vitest-environment jsdom
/**
 * The Werkbladen screen end to end in jsdom: the shell's providers, a real Outbox and the in-memory
 * repository. Edits travel saveAnswer → outbox → repository, and what the store answers is shown.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findQuestion, getEdition } from '../../../shared/content/index.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import { antwoordId, type Answer } from '../../../shared/domain/model.ts';
import { entry, list, text } from '../../../shared/testing/builders.ts';
import { cleanupWerkbladen, renderWerkbladen, type Rendered } from './harness.tsx';

let r: Rendered | undefined;
afterEach(() => {
  cleanupWerkbladen(r);
  r = undefined;
});

const prompt = (id: string, editie: 'sgg' | 'kwaliteitsmodel' = 'sgg') => {
  const found = findQuestion(getEdition(editie), id);
  if (found === undefined) throw new Error(`no question ${id}`);
  return found.question.prompt;
};

async function storedAnswer(rendered: Rendered, questionId: string): Promise<Answer | undefined> {
  const snapshot = await rendered.repository.openTraject(rendered.trajectId);
  return snapshot.antwoorden.find((a) => a.questionId === questionId);
}

/** The block of one question (an article named by its prompt). */
async function questionBlock(id: string) {
  return screen.findByRole('article', { name: prompt(id) });
}

describe('the page', () => {
  it('shows the bouwsteen: title, Resultaat, vooraf, its sheets with progress', async () => {
    r = await renderWerkbladen({
      route: 'werkbladen/2',
      build: (b) => b.withAnswer('2.ambitie', text('Veilig')),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Werkbladen' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Formuleer concrete maatschappelijke resultaten' }),
    ).toBeTruthy();
    // In the picker and above the title.
    expect(screen.getAllByText('Bouwsteen 2')).toHaveLength(2);
    const resultaat = screen.getByRole('region', { name: 'Resultaat' });
    expect(within(resultaat).getByText('Waarom')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Belangrijke vragen vooraf' })).toBeTruthy();

    const sheet = screen.getByRole('region', { name: 'Formuleer concrete maatschappelijke resultaten' });
    expect(within(sheet).getByText(/^1 van \d+ vragen beantwoord$/)).toBeTruthy();

    const lv = screen.getByRole('region', { name: 'Leren en verbeteren: Maatschappelijk resultaat' });
    expect(within(lv).getByText('Evalueer de voortgang op de maatschappelijke resultaten.')).toBeTruthy();
    expect(within(lv).getAllByText('Nu invullen').length).toBeGreaterThan(0);
    expect(within(lv).getAllByText('Periodiek').length).toBeGreaterThan(0);
    expect(within(lv).getByText(/^0 van \d+ vragen beantwoord$/)).toBeTruthy();
  });

  it('picks a bouwsteen by link, marks the current one and starts reading at its title', async () => {
    r = await renderWerkbladen({ route: 'werkbladen/1B' });
    const nav = await screen.findByRole('navigation', { name: 'Bouwstenen' });
    expect(
      within(nav)
        .getByRole('link', { name: /Bouwsteen 1-B/ })
        .getAttribute('aria-current'),
    ).toBe('page');
    await userEvent.click(within(nav).getByRole('link', { name: /Bouwsteen 0-B/ }));
    expect(window.location.hash).toBe('#/werkbladen/0B');
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Organiseer de samenwerking en de besluitvorming',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(
      within(nav)
        .getByRole('link', { name: /Bouwsteen 0-B/ })
        .getAttribute('aria-current'),
    ).toBe('page');
    expect(
      within(nav)
        .getByRole('link', { name: /Bouwsteen 1-B/ })
        .getAttribute('aria-current'),
    ).toBeNull();
  });

  it('shows the kwaliteitsmodel as its steps', async () => {
    r = await renderWerkbladen({ editie: 'kwaliteitsmodel', route: 'werkbladen' });
    const nav = await screen.findByRole('navigation', { name: 'Bouwstenen' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(getEdition('kwaliteitsmodel').bouwstenen.map((b, i) => `Stap ${i + 1}${b.title}`));
    expect(screen.getByRole('heading', { level: 2, name: /^Stap 1:/ })).toBeTruthy();
  });

  it('says so when the route names a bouwsteen the edition lacks', async () => {
    r = await renderWerkbladen({ editie: 'kwaliteitsmodel', route: 'werkbladen/0A' });
    expect(await screen.findByText(/Bouwsteen 0-A hoort niet bij deze editie/)).toBeTruthy();
  });
});

describe('autosave', () => {
  it('saves after the typing pauses, once, through the outbox into the store, and announces it', async () => {
    r = await renderWerkbladen({ route: 'werkbladen/0A', autosaveMs: 300 });
    const rendered = r;
    const box = await screen.findByRole('textbox', { name: prompt('0A.vraagstuk') });
    await userEvent.type(box, 'Grensoverschrijdend gedrag');
    // Typing was not blocked and nothing was sent while typing went on.
    expect((box as HTMLTextAreaElement).value).toBe('Grensoverschrijdend gedrag');
    expect(rendered.repository.saves.filter((s) => s.kind === 'antwoord')).toHaveLength(0);
    const block = await questionBlock('0A.vraagstuk');
    let open = () => undefined as void;
    rendered.repository.gate = new Promise<void>((resolve) => (open = resolve));
    const saving = await within(block).findByText('Bezig met opslaan…', {}, { timeout: 3000 });
    expect(saving.closest('[aria-live="polite"]')).not.toBeNull();
    open();
    const saved = await within(block).findByText('Opgeslagen', {}, { timeout: 3000 });
    // Announced politely, not just shown.
    expect(saved.closest('[aria-live="polite"]')).not.toBeNull();
    const saves = rendered.repository.saves.filter((s) => s.kind === 'antwoord');
    expect(saves).toHaveLength(1);
    const stored = (await rendered.repository.openTraject(rendered.trajectId)).antwoorden;
    expect(stored.map((a) => [a.questionId, a.value, a.auteur, a.revisie])).toEqual([
      ['0A.vraagstuk', { kind: 'text', text: 'Grensoverschrijdend gedrag' }, 'anna@voorbeeldstad.nl', 1],
    ]);
  });

  it('says "Wacht op verbinding" while offline and saves when the connection is back', async () => {
    r = await renderWerkbladen({ route: 'werkbladen/0A' });
    const rendered = r;
    rendered.repository.failWith = new KompasError('Network', 'offline');
    await userEvent.type(await screen.findByRole('textbox', { name: prompt('0A.vraagstuk') }), 'Offline');
    const block = await questionBlock('0A.vraagstuk');
    await waitFor(() => expect(within(block).getByText('Wacht op verbinding')).toBeTruthy());
    rendered.repository.failWith = undefined;
    act(() => rendered.outbox.online());
    await waitFor(() => expect(within(block).getByText('Opgeslagen')).toBeTruthy());
    expect((await storedAnswer(rendered, '0A.vraagstuk'))?.value).toEqual({ kind: 'text', text: 'Offline' });
  });

  it('offers "Niet opgeslagen — opnieuw proberen" when a save fails, and retries', async () => {
    r = await renderWerkbladen({ route: 'werkbladen/0A' });
    const rendered = r;
    rendered.repository.failWith = new KompasError('PermissionDenied', 'no access', { status: 403 });
    await userEvent.type(await screen.findByRole('textbox', { name: prompt('0A.vraagstuk') }), 'Tekst');
    const block = await questionBlock('0A.vraagstuk');
    const retry = await within(block).findByRole('button', { name: 'Niet opgeslagen — opnieuw proberen' });
    expect(within(block).getByText(/Je hebt geen toegang/)).toBeTruthy();
    rendered.repository.failWith = undefined;
    await userEvent.click(retry);
    await waitFor(() => expect(within(block).getByText('Opgeslagen')).toBeTruthy());
    expect((await storedAnswer(rendered, '0A.vraagstuk'))?.value).toEqual({ kind: 'text', text: 'Tekst' });
  });
});

describe('a conflict', () => {
  async function conflicted(): Promise<{ rendered: Rendered; block: HTMLElement; panel: HTMLElement }> {
    r = await renderWerkbladen({
      route: 'werkbladen/0A',
      build: (b) => b.withAnswer('0A.vraagstuk', text('Origineel')),
    });
    const rendered = r;
    const box = await screen.findByRole('textbox', { name: prompt('0A.vraagstuk') });
    rendered.repository.simulateOtherUserEdit(
      'antwoord',
      antwoordId(rendered.trajectId, '0A.vraagstuk'),
      (a) => ({
        ...a,
        value: { kind: 'text', text: 'Hun tekst' },
        auteur: 'bram@voorbeeldstad.nl',
        gewijzigd: '2026-03-02T10:15:00+01:00',
        revisie: a.revisie + 1,
      }),
    );
    await userEvent.type(box, ' en mijn aanvulling');
    const block = await questionBlock('0A.vraagstuk');
    const panel = await within(block).findByRole('group', {
      name: 'Iemand anders heeft dit tegelijk met jou gewijzigd',
    });
    return { rendered, block, panel };
  }

  it('shows both versions, with who and when, and never overwrites silently', async () => {
    const { rendered, panel } = await conflicted();
    expect(within(panel).getByRole('group', { name: 'Jouw versie' }).textContent).toContain(
      'Origineel en mijn aanvulling',
    );
    const theirs = within(panel).getByRole('group', {
      name: /^Versie van bram@voorbeeldstad\.nl, 2 maart 2026/,
    });
    expect(theirs.textContent).toContain('Hun tekst');
    expect(within(panel).getByRole('textbox', { name: 'Samengevoegde versie' })).toBeTruthy();
    expect((await storedAnswer(rendered, '0A.vraagstuk'))?.value).toEqual({
      kind: 'text',
      text: 'Hun tekst',
    });
  });

  it('"Mijn versie houden" stores mine over theirs', async () => {
    const { rendered, block, panel } = await conflicted();
    await userEvent.click(within(panel).getByRole('button', { name: 'Mijn versie houden' }));
    await waitFor(() => expect(within(block).queryByRole('group', { name: /tegelijk met jou/ })).toBeNull());
    await waitFor(async () =>
      expect((await storedAnswer(rendered, '0A.vraagstuk'))?.value).toEqual({
        kind: 'text',
        text: 'Origineel en mijn aanvulling',
      }),
    );
  });

  it('"Hun versie overnemen" shows theirs and stores nothing of mine', async () => {
    const { rendered, block, panel } = await conflicted();
    await userEvent.click(within(panel).getByRole('button', { name: 'Hun versie overnemen' }));
    await waitFor(() => expect(within(block).queryByRole('group', { name: /tegelijk met jou/ })).toBeNull());
    const box = within(block).getByRole('textbox', { name: prompt('0A.vraagstuk') });
    expect((box as HTMLTextAreaElement).value).toBe('Hun tekst');
    expect((await storedAnswer(rendered, '0A.vraagstuk'))?.value).toEqual({
      kind: 'text',
      text: 'Hun tekst',
    });
    // Editing on goes on from theirs, without a new conflict.
    await userEvent.type(box, '!');
    await waitFor(async () =>
      expect((await storedAnswer(rendered, '0A.vraagstuk'))?.value).toEqual({
        kind: 'text',
        text: 'Hun tekst!',
      }),
    );
  });

  it('"Samenvoegen" stores the merge, as edited', async () => {
    const { rendered, block, panel } = await conflicted();
    const merged = within(panel).getByRole('textbox', { name: 'Samengevoegde versie' });
    expect((merged as HTMLTextAreaElement).value).toBe('Hun tekst\n\nOrigineel en mijn aanvulling');
    await userEvent.clear(merged);
    await userEvent.type(merged, 'Samen geschreven');
    await userEvent.click(within(panel).getByRole('button', { name: 'Samenvoegen' }));
    await waitFor(async () =>
      expect((await storedAnswer(rendered, '0A.vraagstuk'))?.value).toEqual({
        kind: 'text',
        text: 'Samen geschreven',
      }),
    );
    const box = within(block).getByRole('textbox', { name: prompt('0A.vraagstuk') });
    expect((box as HTMLTextAreaElement).value).toBe('Samen geschreven');
    expect(within(block).queryByRole('group', { name: /tegelijk met jou/ })).toBeNull();
  });
});

describe('the rules on the page', () => {
  it('advises "Kies je focus" above three ambities, from the rules, without blocking', async () => {
    r = await renderWerkbladen({
      route: 'werkbladen/1B',
      build: (b) =>
        b.withAnswer('1B.ambities', list(entry('a1', 'Een'), entry('a2', 'Twee'), entry('a3', 'Drie'))),
    });
    const group = await screen.findByRole('group', { name: prompt('1B.ambities') });
    expect(within(group).queryByText('Kies je focus')).toBeNull();
    await userEvent.click(within(group).getByRole('button', { name: 'Ambitie toevoegen' }));
    await userEvent.keyboard('Vier');
    expect(within(group).getByText('Kies je focus')).toBeTruthy();
    expect(
      within(group).getByText(
        'Bij ‘Ambities’ staan er 4. Het advies is om er niet meer dan 3 tegelijk op te pakken.',
      ),
    ).toBeTruthy();
    await waitFor(async () => {
      const value = (await storedAnswer(r as Rendered, '1B.ambities'))?.value;
      expect(value?.kind === 'list' && value.items.map((i) => i.text)).toEqual([
        'Een',
        'Twee',
        'Drie',
        'Vier',
      ]);
    });
  });

  it('shows a referenced answer in place, or a link to it while unanswered', async () => {
    r = await renderWerkbladen({ route: 'werkbladen/2' });
    const block = await questionBlock('2.ambitie');
    expect(within(block).getByText('‘Ambities’ (bouwsteen 1-B) is nog niet beantwoord.')).toBeTruthy();
    expect(within(block).getByRole('link', { name: 'Ga naar ‘Ambities’' }).getAttribute('href')).toBe(
      '#/werkbladen/1B/1B.ambities',
    );
    cleanupWerkbladen(r);
    r = await renderWerkbladen({
      route: 'werkbladen/2',
      build: (b) => b.withAnswer('1B.ambities', list('Veilig opgroeien', 'Gezonde relaties')),
    });
    const answered = await questionBlock('2.ambitie');
    expect(within(answered).getByText('Jullie antwoord bij ‘Ambities’ (bouwsteen 1-B):')).toBeTruthy();
    expect(within(answered).getByText('Veilig opgroeien')).toBeTruthy();
    expect(
      within(answered).getByText(
        'Neem de ambitie uit bouwsteen 1 als uitgangspunt bij het beantwoorden van deze vraag.',
      ),
    ).toBeTruthy();
  });
});

describe('links and guidance', () => {
  it('a deep link scrolls to and focuses its question', async () => {
    r = await renderWerkbladen({ route: 'werkbladen/2/2.resultaten' });
    const block = await questionBlock('2.resultaten');
    await waitFor(() => expect(document.activeElement).toBe(block));
  });

  it('"Kopieer link" copies the question’s link and says so', async () => {
    const u = userEvent.setup();
    r = await renderWerkbladen({ route: 'werkbladen/2' });
    const block = await questionBlock('2.ambitie');
    await u.click(within(block).getByRole('button', { name: 'Kopieer link naar ‘Ambitie’' }));
    expect(await navigator.clipboard.readText()).toBe(
      `https://kompas.test/?traject=${r.trajectId}#/werkbladen/2/2.ambitie`,
    );
    expect(within(block).getByText('De link naar ‘Ambitie’ is gekopieerd.')).toBeTruthy();
  });

  it('shows guidance with its label and collapses it', async () => {
    r = await renderWerkbladen({ route: 'werkbladen/2' });
    const block = await questionBlock('2.ambitie');
    const tip = within(block).getByRole('button', { name: 'Tip' });
    expect(tip.getAttribute('aria-expanded')).toBe('true');
    const guidanceText = findQuestion(getEdition('sgg'), '2.ambitie')?.question.guidance[0]?.text[0] ?? '';
    expect(within(block).getByText(guidanceText)).toBeTruthy();
    await userEvent.click(tip);
    expect(tip.getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(within(block).queryByText(guidanceText)).toBeNull());
  });

  it('opens guidance links in a new tab, saying so', async () => {
    r = await renderWerkbladen({ route: 'werkbladen/0A' });
    const block = await questionBlock('0A.betrekken');
    const links = within(block).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.textContent).toContain('(opent in een nieuw tabblad)');
    }
  });
});

describe('questions answered by records', () => {
  it('indicators: creates and edits Indicator records with the question as herkomst', async () => {
    r = await renderWerkbladen({ route: 'werkbladen/2' });
    const rendered = r;
    const group = await screen.findByRole('group', { name: prompt('2.indicatoren') });
    const form = within(group).getByRole('group', { name: 'Nieuwe indicator of signaal' });
    await userEvent.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(within(form).getByText('Geef de indicator of het signaal een naam.')).toBeTruthy();
    await userEvent.type(within(form).getByRole('textbox', { name: 'Naam' }), 'Meldingen op school');
    await userEvent.click(within(form).getByRole('radio', { name: 'Signaal (in woorden)' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Bron' }), 'Schoolmonitor');
    await userEvent.click(within(form).getByRole('button', { name: 'Toevoegen' }));

    const row = await within(group).findByRole('group', {
      name: 'Indicator of signaal: Meldingen op school',
    });
    await userEvent.type(within(row).getByRole('textbox', { name: 'Definitie' }), 'Aantal meldingen');
    await waitFor(async () => {
      const { indicatoren } = await rendered.repository.openTraject(rendered.trajectId);
      expect(indicatoren.map((i) => [i.naam, i.soort, i.bron, i.definitie, i.herkomst])).toEqual([
        ['Meldingen op school', 'signaal', 'Schoolmonitor', 'Aantal meldingen', '2.indicatoren'],
      ]);
    });
    expect(
      within(group)
        .getByRole('link', { name: /Indicatoren/ })
        .getAttribute('href'),
    ).toBe('#/indicatoren');
  });

  it('indicators: offers the presets of the question', async () => {
    r = await renderWerkbladen({ editie: 'kwaliteitsmodel', route: 'werkbladen/5' });
    const rendered = r;
    const group = await screen.findByRole('group', { name: prompt('5.indicatoren', 'kwaliteitsmodel') });
    await userEvent.click(within(group).getByRole('button', { name: '‘Doelrealisatie’ toevoegen' }));
    await within(group).findByRole('group', { name: 'Indicator of signaal: Doelrealisatie' });
    expect(within(group).queryByRole('button', { name: '‘Doelrealisatie’ toevoegen' })).toBeNull();
    const { indicatoren } = await rendered.repository.openTraject(rendered.trajectId);
    expect(indicatoren[0]?.definitie).toMatch(/^Wat is de mate waarin het doel wordt bereikt/);
    expect(indicatoren[0]?.herkomst).toBe('5.indicatoren');
  });

  it('indicators: a conflict on a record keeps mine or takes theirs', async () => {
    r = await renderWerkbladen({
      route: 'werkbladen/2',
      build: (b) => b.withIndicator({ id: 'indicator-000001', naam: 'Meldingen', herkomst: '2.indicatoren' }),
    });
    const rendered = r;
    const row = await screen.findByRole('group', { name: 'Indicator of signaal: Meldingen' });
    rendered.repository.simulateOtherUserEdit('indicator', 'indicator-000001', (i) => ({
      ...i,
      bron: 'GGD-monitor',
    }));
    await userEvent.type(within(row).getByRole('textbox', { name: 'Definitie' }), 'Per schooljaar');
    const panel = await within(row).findByRole('group', { name: /tegelijk met jou/ });
    expect(within(panel).getByRole('group', { name: 'Versie van iemand anders' }).textContent).toContain(
      'GGD-monitor',
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Hun versie overnemen' }));
    await waitFor(() => expect(within(row).queryByRole('group', { name: /tegelijk met jou/ })).toBeNull());
    expect(within(row).getByRole<HTMLInputElement>('textbox', { name: 'Bron' }).value).toBe('GGD-monitor');
    expect(within(row).getByRole<HTMLTextAreaElement>('textbox', { name: 'Definitie' }).value).toBe('');
    const { indicatoren } = await rendered.repository.openTraject(rendered.trajectId);
    expect(indicatoren.map((i) => [i.bron, i.definitie])).toEqual([['GGD-monitor', '']]);
  });

  it('actions: removes an actie', async () => {
    r = await renderWerkbladen({
      route: 'werkbladen/0B',
      build: (b) =>
        b.withActie({
          tekst: 'Oud',
          herkomst: { soort: 'bouwsteen', bouwsteen: '0B', questionId: '0B.lv.acties' },
        }),
    });
    const rendered = r;
    await userEvent.click(await screen.findByRole('button', { name: 'Verwijder actie ‘Oud’' }));
    await waitFor(async () =>
      expect((await rendered.repository.openTraject(rendered.trajectId)).acties).toEqual([]),
    );
    expect(screen.queryByRole('group', { name: 'Actie: Oud' })).toBeNull();
  });

  it('actions: creates Actie records with the bouwsteen and question as herkomst', async () => {
    r = await renderWerkbladen({ route: 'werkbladen/0B' });
    const rendered = r;
    const group = await screen.findByRole('group', { name: prompt('0B.lv.acties') });
    const form = within(group).getByRole('group', { name: 'Nieuwe verbeteractie' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Actie' }), 'Tussenevaluatie plannen');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Eigenaar' }), 'bram@voorbeeldstad.nl');
    await userEvent.type(within(form).getByLabelText('Deadline'), '2026-06-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    await within(group).findByRole('group', { name: 'Actie: Tussenevaluatie plannen' });
    const { acties } = await rendered.repository.openTraject(rendered.trajectId);
    expect(acties.map((a) => [a.tekst, a.eigenaar, a.deadline, a.status, a.herkomst])).toEqual([
      [
        'Tussenevaluatie plannen',
        'bram@voorbeeldstad.nl',
        '2026-06-01',
        'open',
        { soort: 'bouwsteen', bouwsteen: '0B', questionId: '0B.lv.acties' },
      ],
    ]);
  });

  it('activity matrix: results as columns, levels as rows, gaps, and an activity added in its cell', async () => {
    r = await renderWerkbladen({
      route: 'werkbladen/3B',
      build: (b) =>
        b
          .withAnswer('2.resultaten', list(entry('r1', 'Minder incidenten'), entry('r2', 'Meer meldingen')))
          .withActiviteit({ naam: 'Spreekuur', niveau: 'basis', resultaten: ['r1'] })
          .withActiviteit({ naam: 'Losse training', niveau: 'intensief', resultaten: [] }),
    });
    const rendered = r;
    const group = await screen.findByRole('group', { name: prompt('3B.matrix') });
    const table = within(group).getByRole('table', { name: prompt('3B.matrix') });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Minder incidenten', 'Meer meldingen', 'Zonder resultaat']);
    const basis = within(table).getByRole('row', { name: /^Activiteiten in de basis/ });
    expect(within(basis).getAllByRole('cell')[0]?.textContent).toContain('Spreekuur');
    expect(
      within(group).getByText('Bij het resultaat ‘Meer meldingen’ staat nog geen activiteit.'),
    ).toBeTruthy();
    expect(
      within(group).getByText(
        'De activiteit ‘Losse training’ draagt nog niet bij aan een maatschappelijk resultaat.',
      ),
    ).toBeTruthy();

    await userEvent.click(
      within(table).getByRole('button', {
        name: 'Activiteit toevoegen: Activiteiten op het gebied van preventie, Meer meldingen',
      }),
    );
    await userEvent.keyboard('Voorlichting in de klas{Enter}');
    await waitFor(() =>
      expect(
        within(group).queryByText('Bij het resultaat ‘Meer meldingen’ staat nog geen activiteit.'),
      ).toBeNull(),
    );
    const { activiteiten } = await rendered.repository.openTraject(rendered.trajectId);
    expect(activiteiten.find((a) => a.naam === 'Voorlichting in de klas')).toMatchObject({
      niveau: 'preventie',
      resultaten: ['r2'],
    });
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Activiteit toevoegen: Activiteiten op het gebied van preventie, Meer meldingen',
    );
  });

  it('partner overview: the partners by domain and level, the suggestions, a link to Partners', async () => {
    r = await renderWerkbladen({
      route: 'werkbladen/0A',
      build: (b) =>
        b
          .withPartner({ organisatie: 'Het Lyceum', domein: 'opvangOnderwijs', niveau: 'basisvoorzieningen' })
          .withPartner({ organisatie: 'Politie' }),
    });
    const group = await screen.findByRole('group', { name: prompt('0A.partners') });
    const row = within(group).getByRole('row', { name: /^Opvang en onderwijs/ });
    expect(within(row).getAllByRole('cell')[0]?.textContent).toContain('Het Lyceum');
    expect(within(row).getAllByRole('cell')[0]?.textContent).toContain('Bijvoorbeeld: Kinderopvang');
    expect(within(group).getByText('Nog niet ingedeeld: Politie')).toBeTruthy();
    expect(
      within(group)
        .getByRole('link', { name: /Partners/ })
        .getAttribute('href'),
    ).toBe('#/partners');
  });

  it('grades: a chosen cijfer is saved as a grades answer', async () => {
    r = await renderWerkbladen({
      route: 'werkbladen/0B',
      build: (b) => b.withPartner({ id: 'partner-ggd', organisatie: 'GGD' }),
    });
    const rendered = r;
    const group = await screen.findByRole('group', { name: prompt('0B.lv.cijfers') });
    await userEvent.selectOptions(
      within(group).getByRole('combobox', { name: 'Cijfer van GGD voor Belangen' }),
      '8',
    );
    await waitFor(async () =>
      expect((await storedAnswer(rendered, '0B.lv.cijfers'))?.value).toEqual({
        kind: 'grades',
        entries: [{ deelnemer: 'partner-ggd', thema: 'belangen', cijfer: 8, toelichting: '' }],
      }),
    );
  });
});
