// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import { aTraject, frequency, text } from '../../../shared/testing/builders.ts';
import { TrajectProvider } from '../../../tab/app/traject.tsx';
import { Overzicht } from '../../../tab/features/overzicht/Overzicht.tsx';
import { makeWorld, Providers, renderInTraject, seed } from '../support/tab.tsx';

// Today is 2 March 2026 (the world's clock).
async function overzichtOf(build: (b: ReturnType<typeof aTraject>) => ReturnType<typeof aTraject>) {
  const world = await makeWorld();
  const trajectId = await seed(world.repository, build(aTraject({ naam: 'Samen sterk' })).build());
  return { world, trajectId };
}

describe('the Overzicht', () => {
  it('shows every bouwsteen with its progress and status in words, linking to its werkbladen', async () => {
    const { world, trajectId } = await overzichtOf((b) =>
      b.withAnswer('0A.vraagstuk', text('Veel meldingen van grensoverschrijdend gedrag.')),
    );
    renderInTraject(world, trajectId, <Overzicht />);
    const link = await screen.findByRole('link', {
      name: '0-A Zoek naar de samenwerking en het gezamenlijk belang',
    });
    expect(link.getAttribute('href')).toBe('#/werkbladen/0A');
    const part = link.closest('li');
    if (part === null) throw new Error('no list item');
    expect(within(part).getByText('Bezig')).toBeTruthy();
    expect(within(part).getByText('1 van 8 vragen beantwoord')).toBeTruthy();
    // The seven bouwstenen, 0 to 6.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => `${n}Bouwsteen ${n}`));
    expect(screen.getAllByText('Niet gestart').length).toBeGreaterThan(5);
  });

  it('shows the empty states', async () => {
    const { world, trajectId } = await overzichtOf((b) => b);
    renderInTraject(world, trajectId, <Overzicht />);
    expect(await screen.findByText('Nog geen indicatoren — voeg er een toe bij bouwsteen 2.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar bouwsteen 2' }).getAttribute('href')).toBe(
      '#/werkbladen/2/2.indicatoren',
    );
    expect(screen.getByText('Er staan geen verbeteracties open.')).toBeTruthy();
    expect(screen.getByText('Er zijn geen aandachtspunten.')).toBeTruthy();
    expect(
      screen.getByText(
        'Er is nog geen reflectie gepland. Spreek bij Leren en verbeteren af hoe vaak jullie reflecteren.',
      ),
    ).toBeTruthy();
  });

  it('shows the next reflectie, open acties, indicator movement and warnings linking to their place', async () => {
    const { world, trajectId } = await overzichtOf((b) =>
      b
        .withAnswer(
          '0B.lv.afspraken',
          frequency({ interval: 3, unit: 'maanden' }, { volgendeDatum: '2026-02-20' }),
        )
        .withActie({ tekst: 'Evaluatie plannen', eigenaar: 'An', deadline: '2026-02-27', status: 'open' })
        .withActie({ tekst: 'Al gedaan', status: 'afgerond' })
        .withIndicator({ naam: 'Meldingen per jaar', richting: 'lager', eenheid: 'meldingen' }, [
          { datum: '2025-01-01', waarde: 40 },
          { datum: '2026-01-01', waarde: 31 },
        ]),
    );
    renderInTraject(world, trajectId, <Overzicht />);
    expect(
      await screen.findByText('De reflectie is 10 dagen te laat; die stond gepland op 20 februari 2026.'),
    ).toBeTruthy();
    expect(screen.getByText('Reflectie verlopen')).toBeTruthy();
    expect(screen.getByText('Er staat 1 verbeteractie open.')).toBeTruthy();
    expect(screen.getByText('Evaluatie plannen')).toBeTruthy();
    expect(screen.queryByText('Al gedaan')).toBeNull();
    expect(screen.getAllByText('Te laat: de deadline was 3 dagen geleden.').length).toBe(1);
    expect(screen.getByText('Laatste meting: 31 meldingen op 1 januari 2026')).toBeTruthy();
    expect(screen.getByText('Gedaald: Goede kant op')).toBeTruthy();

    const warnings = screen.getByRole('heading', { name: 'Aandachtspunten' }).closest('section');
    if (warnings === null) throw new Error('no warnings section');
    const overdue = within(warnings).getByRole('link', {
      name: 'De actie ‘Evaluatie plannen’ had op 27 februari 2026 klaar moeten zijn; dat is 3 dagen geleden.',
    });
    expect(overdue.getAttribute('href')).toBe('#/acties');
    const reflectie = within(warnings).getByRole('link', { name: /De reflectie van bouwsteen 0-B/ });
    expect(reflectie.getAttribute('href')).toBe('#/werkbladen/0B/0B.lv.afspraken');
  });

  it('reports items SharePoint could not read in a collapsed notice', async () => {
    const { world, trajectId } = await overzichtOf((b) => b);
    world.repository.addLoadProblem({ kind: 'partner', itemId: '17', issues: ['email: ongeldig'] });
    world.repository.addLoadProblem({ kind: 'actie', itemId: '4', issues: ['tekst: leeg'] });
    renderInTraject(world, trajectId, <Overzicht />);
    const summary = await screen.findByText('2 items in SharePoint konden niet worden gelezen');
    const details = summary.closest('details');
    expect(details?.open).toBe(false);
    expect(
      within(details as HTMLElement).getByText('Lijst Partners, item 17: email: ongeldig', { exact: false }),
    ).toBeTruthy();
  });

  it('renders users’ text as text, never as markup', async () => {
    const { world, trajectId } = await overzichtOf((b) =>
      b.withActie({ tekst: '<img src=x onerror=alert(1)> <b>vet</b>', status: 'open' }),
    );
    renderInTraject(world, trajectId, <Overzicht />);
    expect(await screen.findByText('<img src=x onerror=alert(1)> <b>vet</b>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows a skeleton while the traject loads', async () => {
    const world = await makeWorld();
    render(
      <Providers services={world.services}>
        <TrajectProvider trajectId={'traject-000404' as TrajectId} pollMs={0}>
          <Overzicht />
        </TrajectProvider>
      </Providers>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeTruthy();
    expect(screen.getByLabelText('Bezig met laden…')).toBeTruthy();
  });
});
