// @vitest-environment jsdom
/** The parts around an editor: cross-references, save states, the conflict panel, answers shown as text. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecordState, TrajectView } from '../../../shared/application/index.ts';
import { getEdition, QuestionSchema, findQuestion } from '../../../shared/content/index.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import { aTraject } from '../../../shared/testing/builders.ts';
import { ConflictPanel } from '../../../tab/features/werkbladen/ConflictPanel.tsx';
import { CrossRef } from '../../../tab/features/werkbladen/CrossRef.tsx';
import { GuidanceList } from '../../../tab/features/werkbladen/Guidance.tsx';
import { SaveStatus } from '../../../tab/features/werkbladen/SaveStatus.tsx';
import { ValueView } from '../../../tab/features/werkbladen/ValueView.tsx';
import { cleanupWerkbladen, renderWithServices } from './harness.tsx';

afterEach(() => cleanupWerkbladen(undefined));

function view(): TrajectView {
  const { traject, ...rest } = aTraject()
    .withPartner({ id: 'partner-ggd', organisatie: 'GGD' })
    .buildSnapshot();
  return { ...rest, traject };
}

describe('CrossRef', () => {
  it('says when this edition lacks the referenced question', async () => {
    const question = QuestionSchema.parse({
      type: 'question',
      id: '2.verwijzing',
      prompt: 'Waar verwijst dit naar?',
      shortLabel: 'Verwijzing',
      input: { kind: 'longText' },
      crossRef: { question: '0A.bestaat-niet', note: 'Kijk bij bouwsteen 0-A.' },
    });
    await renderWithServices(
      <CrossRef id="x" question={question} edition={getEdition('sgg')} view={view()} />,
    );
    expect(screen.getByText('Kijk bij bouwsteen 0-A.')).toBeTruthy();
    expect(
      screen.getByText('De vraag waarnaar hier verwezen wordt, staat niet in deze editie.'),
    ).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('SaveStatus', () => {
  const cases: [RecordState, string][] = [
    [{ status: 'saving' }, 'Bezig met opslaan…'],
    [{ status: 'saved' }, 'Opgeslagen'],
    [{ status: 'queued', reason: 'offline', retryAt: 0 }, 'Wacht op verbinding'],
    [
      { status: 'queued', reason: 'throttled', retryAt: 0 },
      'Even wachten: Microsoft 365 vraagt om het zo opnieuw te proberen',
    ],
  ];
  it.each(cases)('announces %j politely', async (state, text) => {
    await renderWithServices(<SaveStatus state={state} onRetry={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe(text);
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it('says nothing while idle', async () => {
    await renderWithServices(<SaveStatus state={{ status: 'idle' }} onRetry={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers to try again when saving failed, with what went wrong', async () => {
    const onRetry = vi.fn();
    await renderWithServices(
      <SaveStatus state={{ status: 'failed', code: 'Validation', issues: [] }} onRetry={onRetry} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Niet opgeslagen — opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.getByText(/Niet alles is goed ingevuld/)).toBeTruthy();
  });

  it('reports a save that could not even be queued', async () => {
    await renderWithServices(
      <SaveStatus
        state={{ status: 'idle' }}
        error={new KompasError('Unknown', 'quota')}
        onRetry={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'Niet opgeslagen — opnieuw proberen' })).toBeTruthy();
  });
});

describe('ConflictPanel', () => {
  it('shows a removal by someone else, and offers no merge', async () => {
    const keep = vi.fn(() => Promise.resolve());
    await renderWithServices(
      <ConflictPanel
        id="c"
        mine={<p>Mijn tekst</p>}
        theirs={undefined}
        onKeepMine={keep}
        onTakeTheirs={() => Promise.resolve()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Iemand anders heeft dit tegelijk met jou gewijzigd');
    expect(screen.getByText('Iemand anders heeft dit verwijderd.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Samenvoegen' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Mijn versie houden' }));
    expect(keep).toHaveBeenCalledOnce();
  });

  it('shows why a choice could not be kept', async () => {
    await renderWithServices(
      <ConflictPanel
        id="c"
        mine={<p>Mijn tekst</p>}
        theirs={{ label: 'Versie van bram', body: <p>Hun tekst</p> }}
        onKeepMine={() => Promise.reject(new KompasError('Network', 'offline'))}
        onTakeTheirs={() => Promise.resolve()}
      />,
    );
    expect(
      screen.getByText(
        'Deze antwoorden kunnen niet automatisch worden samengevoegd. Kies een van beide versies.',
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Mijn versie houden' }));
    expect(await screen.findByText(/Er is geen verbinding met internet/)).toBeTruthy();
  });
});

describe('ValueView', () => {
  it('renders people’s text as text, never as markup', async () => {
    const question = findQuestion(getEdition('sgg'), '0A.vraagstuk')?.question;
    if (question === undefined) throw new Error('no question');
    const { container } = await renderWithServices(
      <ValueView
        question={question}
        value={{ kind: 'text', text: '<img src=x onerror=alert(1)><b>vet</b>' }}
        view={view()}
      />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)><b>vet</b>')).toBeTruthy();
  });

  it('names grades by partner and theme', async () => {
    const question = findQuestion(getEdition('sgg'), '0B.lv.cijfers')?.question;
    if (question === undefined) throw new Error('no question');
    await renderWithServices(
      <ValueView
        question={question}
        value={{
          kind: 'grades',
          entries: [{ deelnemer: 'partner-ggd', thema: 'relatie', cijfer: 8, toelichting: '' }],
        }}
        view={view()}
      />,
    );
    expect(screen.getByText('Cijfer van GGD voor Relatie: 8')).toBeTruthy();
  });
});

describe('GuidanceList', () => {
  it('labels every kind in words, with a link that says it opens a new tab', async () => {
    await renderWithServices(
      <GuidanceList
        id="g"
        guidance={(['voorbeeld', 'tip', 'advies', 'letop', 'info'] as const).map((kind) => ({
          kind,
          text: [`Tekst bij ${kind}`],
          bullets: [],
          links:
            kind === 'info' ? [{ title: 'NJi', url: 'https://www.nji.nl/' }, { title: 'Verloren bron' }] : [],
        }))}
      />,
    );
    for (const label of ['Voorbeeld', 'Tip', 'Advies', 'Let op!', 'Meer informatie']) {
      expect(screen.getByRole('button', { name: label }).getAttribute('aria-expanded')).toBe('true');
    }
    const link = screen.getByRole('link', { name: 'NJi (opent in een nieuw tabblad)' });
    expect(link.getAttribute('href')).toBe('https://www.nji.nl/');
    expect(screen.getByText('Verloren bron (de link is niet beschikbaar)')).toBeTruthy();
  });
});
