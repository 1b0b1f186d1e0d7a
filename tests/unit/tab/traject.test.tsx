// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { savePartner } from '../../../shared/application/index.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import type { TrajectRepository } from '../../../shared/ports/traject-repository.ts';
import { aTraject } from '../../../shared/testing/builders.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { useRecordState, useTraject, useServices } from '../../../tab/app/index.ts';
import { makeWorld, renderInTraject, seed, settled, Providers, type World } from '../support/tab.tsx';
import { TrajectProvider } from '../../../tab/app/traject.tsx';

/** The in-memory store, counting how often the tab asks for the whole traject. */
class CountingRepository extends InMemoryTrajectRepository implements TrajectRepository {
  opens = 0;
  override openTraject(id: TrajectId) {
    this.opens++;
    return super.openTraject(id);
  }
}

function Probe() {
  const traject = useTraject();
  if (traject.status !== 'ready') return <p>{traject.status}</p>;
  const { view, overzicht } = traject.opened;
  return (
    <>
      <p>traject {view.traject.naam}</p>
      <ul aria-label="partners">
        {view.partners.map((p) => (
          <li key={p.id}>{p.organisatie}</li>
        ))}
      </ul>
      <p>beantwoord {overzicht.progress.answered}</p>
    </>
  );
}

async function openWorld(): Promise<{ world: World; repository: CountingRepository; trajectId: TrajectId }> {
  const repository = new CountingRepository();
  const world = await makeWorld({ repository });
  const trajectId = await seed(
    repository,
    aTraject({ naam: 'Samen sterk' }).withPartner({ organisatie: 'GGD' }).build(),
  );
  return { world, repository, trajectId };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useTraject', () => {
  it('loads the traject once, then shows our own saves without asking the store again', async () => {
    const { world, repository, trajectId } = await openWorld();
    renderInTraject(world, trajectId, <Probe />);
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('traject Samen sterk')).toBeTruthy();
    expect(repository.opens).toBe(1);

    await act(() => savePartner(world.ctx, { trajectId, organisatie: 'Wijkteam' }));
    // Shown while it is still being saved, and after.
    expect(await screen.findByText('Wijkteam')).toBeTruthy();
    await act(() => settled(world.outbox));
    expect(screen.getByText('Wijkteam')).toBeTruthy();
    expect(screen.getByText('GGD')).toBeTruthy();
    expect(repository.opens).toBe(1);
  });

  it('polls for changes by others every 15 s while the tab is visible, one request each', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { world, repository, trajectId } = await openWorld();
    renderInTraject(world, trajectId, <Probe />, 15_000);
    expect(await screen.findByText('traject Samen sterk')).toBeTruthy();
    expect(repository.opens).toBe(1);

    repository.simulateOtherUserEdit('traject', trajectId, (t) => ({ ...t, naam: 'Samen nog sterker' }));
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(await screen.findByText('traject Samen nog sterker')).toBeTruthy();
    expect(repository.opens).toBe(2);

    // A hidden tab does not poll.
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(() => vi.advanceTimersByTimeAsync(45_000));
    expect(repository.opens).toBe(2);
    visibility.mockRestore();
  });

  it('reports a traject that cannot be opened as an error with a way to retry', async () => {
    const world = await makeWorld();
    renderInTraject(world, 'traject-onbekend' as TrajectId, <Probe />);
    expect(await screen.findByText('error')).toBeTruthy();
  });
});

function SaveProbe({ id }: { readonly id: string }) {
  const state = useRecordState('partner', id);
  const { ctx } = useServices();
  return (
    <>
      <p>state {state.status}</p>
      <button
        onClick={() => void savePartner(ctx, { id, trajectId: 'traject-000001', organisatie: 'Buurtteam' })}
      >
        save
      </button>
    </>
  );
}

describe('useRecordState', () => {
  it('follows one record through the outbox: idle, saving, saved', async () => {
    const world = await makeWorld();
    await seed(world.repository, aTraject().build());
    render(
      <Providers services={world.services}>
        <TrajectProvider trajectId={'traject-000001' as TrajectId} pollMs={0}>
          <SaveProbe id="partner-000009" />
        </TrajectProvider>
      </Providers>,
    );
    expect(screen.getByText('state idle')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'save' }).click());
    await waitFor(() => expect(screen.getByText('state saved')).toBeTruthy());
    expect((await world.repository.openTraject('traject-000001' as TrajectId)).partners[0]?.organisatie).toBe(
      'Buurtteam',
    );
  });
});
