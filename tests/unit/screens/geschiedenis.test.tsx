// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../shared/domain/answer.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import type { TrajectId, Version } from '../../../shared/domain/ids.ts';
import { AnswerSchema, PartnerSchema, antwoordId } from '../../../shared/domain/model.ts';
import { entry, frequency, grades, list, priority, text } from '../../../shared/testing/builders.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import Geschiedenis from '../../../tab/features/geschiedenis/index.tsx';
import { renderScreen } from '../support/tab.tsx';

interface Revision {
  readonly value: AnswerValue;
  readonly auteur: string;
  readonly gewijzigd: string;
}

/** Saves successive revisions of one answer, as people editing it over time would. */
async function answer(
  repository: InMemoryTrajectRepository,
  trajectId: TrajectId,
  questionId: string,
  revisions: readonly Revision[],
): Promise<void> {
  let version: Version | undefined;
  for (const [i, r] of revisions.entries()) {
    const record = AnswerSchema.parse({
      id: antwoordId(trajectId, questionId),
      trajectId,
      questionId,
      revisie: i + 1,
      ...r,
    });
    version = (await repository.save('antwoord', record, version)).version;
  }
}

const ANNA = 'anna@voorbeeldstad.nl';
const BRAM = 'bram@ggd-voorbeeldregio.nl';
const GEZOND = 'Meer kinderen groeien gezond op';
const UITVAL = 'Minder jongeren vallen uit';
const OUDERS = 'Meer ouders voelen zich gesteund';
const VRAAGSTUK = 'Met welk vraagstuk willen we aan de slag voor kinderen en jongeren?';
const RESULTATEN = 'Wat willen we concreet voor en met onze kinderen en jongeren bereiken?';

async function withHistory(repository: InMemoryTrajectRepository, trajectId: TrajectId): Promise<void> {
  await answer(repository, trajectId, '0B.regie', [
    { value: text('Bij de gemeente'), auteur: ANNA, gewijzigd: '2025-09-01T08:00:00.000Z' },
  ]);
  await answer(repository, trajectId, '2.resultaten', [
    { value: list(GEZOND), auteur: ANNA, gewijzigd: '2025-10-01T08:00:00.000Z' },
    { value: list(GEZOND, UITVAL), auteur: BRAM, gewijzigd: '2026-01-10T08:00:00.000Z' },
    { value: list(UITVAL, OUDERS), auteur: ANNA, gewijzigd: '2026-02-20T08:00:00.000Z' },
  ]);
  await answer(repository, trajectId, '0A.vraagstuk', [
    {
      value: text('Te veel jongeren vallen uit op school.'),
      auteur: ANNA,
      gewijzigd: '2025-11-03T09:00:00.000Z',
    },
    {
      value: text('Te veel jongeren vallen uit op school.\nOuders weten de weg niet.'),
      auteur: BRAM,
      gewijzigd: '2026-02-10T13:30:00.000Z',
    },
  ]);
}

function entries(): HTMLElement[] {
  const list = screen.getByRole('list', { name: 'Wijzigingen' });
  return within(list).getAllByRole('article');
}

function entryText(article: HTMLElement): string {
  return article.textContent ?? '';
}

describe('the Geschiedenis screen', () => {
  it('lists who changed which answer when, newest first, with the value as text', async () => {
    await renderScreen(Geschiedenis, { before: withHistory });
    await screen.findByRole('list', { name: 'Wijzigingen' });
    expect(screen.getByText('6 wijzigingen')).toBeTruthy();
    const articles = entries();
    expect(articles.map((a) => within(a).getByRole('heading').textContent)).toEqual([
      RESULTATEN,
      VRAAGSTUK,
      RESULTATEN,
      VRAAGSTUK,
      RESULTATEN,
      expect.stringMatching(/^Op welke plek ligt het voor de hand/),
    ]);
    const [newest, second] = articles as [HTMLElement, HTMLElement];
    expect(entryText(newest)).toContain(`Gewijzigd door ${ANNA} op 20 februari 2026 om 09:00`);
    expect(entryText(newest)).toContain('Bouwsteen 2');
    expect(entryText(newest)).toContain('Versie 3');
    expect(
      within(newest)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([UITVAL, OUDERS]);
    expect(entryText(second)).toContain(`Gewijzigd door ${BRAM} op 10 februari 2026 om 14:30`);
    expect(entryText(second)).toContain('Ouders weten de weg niet.');
  });

  it('filters by bouwsteen', async () => {
    const user = userEvent.setup();
    await renderScreen(Geschiedenis, { before: withHistory });
    const filter = await screen.findByRole('combobox', { name: 'Bouwsteen' });
    await user.selectOptions(filter, '0A');
    expect(screen.getByText('2 wijzigingen')).toBeTruthy();
    expect(entries().map((a) => within(a).getByRole('heading').textContent)).toEqual([VRAAGSTUK, VRAAGSTUK]);
    await user.selectOptions(filter, '5');
    expect(screen.getByText('Bij deze bouwsteen zijn nog geen antwoorden gewijzigd.')).toBeTruthy();
  });

  it('shows the history in pages of twenty', async () => {
    const user = userEvent.setup();
    await renderScreen(Geschiedenis, {
      before: (repository, trajectId) =>
        answer(
          repository,
          trajectId,
          '0A.betrekken',
          Array.from({ length: 25 }, (_, i) => ({
            value: text(`Versie ${i + 1} van het antwoord`),
            auteur: ANNA,
            gewijzigd: `2026-01-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`,
          })),
        ),
    });
    await screen.findByRole('list', { name: 'Wijzigingen' });
    expect(entries()).toHaveLength(20);
    expect(entryText(entries()[0] as HTMLElement)).toContain('Versie 25 van het antwoord');
    const pager = screen.getByRole('navigation', { name: 'Pagina’s met wijzigingen' });
    expect(within(pager).getByText('Pagina 1 van 2')).toBeTruthy();
    await user.click(within(pager).getByRole('button', { name: 'Volgende pagina' }));
    expect(entries()).toHaveLength(5);
    expect(entryText(entries()[4] as HTMLElement)).toContain('Versie 1 van het antwoord');
    expect(within(pager).getByText('Pagina 2 van 2')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Wijzigingen' })),
    );
    expect(
      await screen.findByText('Pagina 2 van 2', { selector: '[role="status"][aria-live]' }),
    ).toBeTruthy();
  });

  it('compares the answers on two dates, only what changed, with additions and removals in words', async () => {
    await renderScreen(Geschiedenis, { before: withHistory });
    const compare = await screen.findByRole('region', { name: 'Eerder en op dit moment' });
    // Three months back from today (2 March 2026) by default.
    expect(within(compare).getByLabelText<HTMLInputElement>('Eerder: datum').value).toBe('2025-12-02');
    expect(within(compare).getByLabelText<HTMLInputElement>('Op dit moment: datum').value).toBe('2026-03-02');
    expect(
      within(compare).getByText('2 antwoorden zijn veranderd tussen 2 december 2025 en 2 maart 2026.'),
    ).toBeTruthy();

    const changes = within(compare).getAllByRole('article');
    expect(changes.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual([
      VRAAGSTUK,
      RESULTATEN,
    ]);
    const [vraagstuk, resultaten] = changes as [HTMLElement, HTMLElement];
    const side = (change: HTMLElement, name: RegExp) =>
      within(within(change).getByRole('group', { name }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(side(vraagstuk, /^Eerder/)).toEqual(['Te veel jongeren vallen uit op school.']);
    expect(side(vraagstuk, /^Op dit moment/)).toEqual([
      'Te veel jongeren vallen uit op school.',
      'Toegevoegd:Ouders weten de weg niet.',
    ]);
    expect(side(resultaten, /^Eerder \(2 december 2025\)/)).toEqual([`Verwijderd:${GEZOND}`]);
    expect(side(resultaten, /^Op dit moment \(2 maart 2026\)/)).toEqual([
      `Toegevoegd:${UITVAL}`,
      `Toegevoegd:${OUDERS}`,
    ]);
    // The 0-B answer did not change in these months, so it is not shown.
    expect(within(compare).queryByText(/Op welke plek/)).toBeNull();
  });

  it('compares from another date, says when an answer did not exist yet, and checks the dates', async () => {
    await renderScreen(Geschiedenis, { before: withHistory });
    const compare = await screen.findByRole('region', { name: 'Eerder en op dit moment' });
    const eerder = within(compare).getByLabelText('Eerder: datum');

    fireEvent.change(eerder, { target: { value: '2026-01-15' } });
    const resultaten = (await within(compare).findAllByRole('article')).find(
      (c) => within(c).getByRole('heading', { level: 3 }).textContent === RESULTATEN,
    ) as HTMLElement;
    const eerderSide = within(resultaten).getByRole('group', { name: /^Eerder/ });
    expect(
      within(eerderSide)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`Verwijderd:${GEZOND}`, UITVAL]);

    fireEvent.change(eerder, { target: { value: '2025-08-01' } });
    await waitFor(() => expect(within(compare).getAllByRole('article')).toHaveLength(3));
    expect(within(compare).getAllByText('Nog niet ingevuld')).toHaveLength(3);

    fireEvent.change(eerder, { target: { value: '2026-04-01' } });
    expect(
      await within(compare).findByText('De eerdere datum moet vóór de latere datum liggen.'),
    ).toBeTruthy();
    expect(within(compare).queryAllByRole('article')).toHaveLength(0);
  });

  it('shows what people chose in words: element texts, partner names, the rhythm and the date', async () => {
    const partnerId = '0d7e2f4a-6b1c-4e8d-9a3f-5c2b1e0d9f8a';
    await renderScreen(Geschiedenis, {
      before: async (repository, trajectId) => {
        await repository.save(
          'partner',
          PartnerSchema.parse({ id: partnerId, trajectId, organisatie: 'GGD Voorbeeldregio' }),
        );
        const at = '2026-02-01T09:00:00.000Z';
        await answer(repository, trajectId, '3A.kennis', [
          {
            value: list(entry('kennis-op-tijd', 'Begin op tijd, vanaf groep 1.')),
            auteur: ANNA,
            gewijzigd: at,
          },
        ]);
        await answer(repository, trajectId, '3A.prioriteit', [
          { value: priority(['kennis-op-tijd'], ['kennis-op-tijd']), auteur: ANNA, gewijzigd: at },
        ]);
        await answer(repository, trajectId, '0B.lv.cijfers', [
          {
            value: grades({ deelnemer: partnerId, thema: 'relatie', cijfer: 8 }),
            auteur: BRAM,
            gewijzigd: at,
          },
        ]);
        await answer(repository, trajectId, '2.lv.afspraken', [
          {
            value: frequency({ interval: 1, unit: 'jaren' }, { volgendeDatum: '2027-02-09' }),
            auteur: BRAM,
            gewijzigd: at,
          },
        ]);
      },
    });
    await screen.findByRole('list', { name: 'Wijzigingen' });
    const shown = entries().map(entryText).join('\n');
    expect(shown).toContain('Begin op tijd, vanaf groep 1.');
    expect(shown).toContain('GGD Voorbeeldregio, Relatie: 8');
    expect(shown).toContain('Elk jaar');
    expect(shown).toContain('9 februari 2027');
    for (const id of ['kennis-op-tijd', partnerId, '2027-02-09']) expect(shown).not.toContain(id);
  });

  it('says so when the history cannot be read, and tries again on request', async () => {
    const user = userEvent.setup();
    class Offline extends InMemoryTrajectRepository {
      offline = true;
      override answerHistory(...args: Parameters<InMemoryTrajectRepository['answerHistory']>) {
        return this.offline
          ? Promise.reject(new KompasError('Network', 'no connection'))
          : super.answerHistory(...args);
      }
    }
    const repository = new Offline();
    await renderScreen(Geschiedenis, { repository, before: withHistory });
    expect(await screen.findByText(/Er is geen verbinding met internet/)).toBeTruthy();
    repository.offline = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('6 wijzigingen')).toBeTruthy();
  });
});
