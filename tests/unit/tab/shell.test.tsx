// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { savePartner } from '../../../shared/application/index.ts';
import { toKompasError } from '../../../shared/auth/errors.ts';
import type { AuthState } from '../../../shared/auth/provider.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import type { Version } from '../../../shared/domain/ids.ts';
import type { EntityKind, EntityMap } from '../../../shared/domain/model.ts';
import type { TrajectRepository } from '../../../shared/ports/traject-repository.ts';
import { aTraject } from '../../../shared/testing/builders.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { App } from '../../../tab/app/App.tsx';
import { BootError } from '../../../tab/app/boot.ts';
import { ErrorBoundary } from '../../../tab/app/ErrorBoundary.tsx';
import { Layout } from '../../../tab/app/Layout.tsx';
import { makeWorld, Providers, renderInTraject, seed } from '../support/tab.tsx';

/** A store that becomes unreachable for writes, as when the connection is gone. */
class OfflineRepository extends InMemoryTrajectRepository implements TrajectRepository {
  offline = false;
  override save<K extends EntityKind>(kind: K, entity: EntityMap[K], expected?: Version) {
    if (this.offline) return Promise.reject(new KompasError('Network', 'no connection'));
    return super.save(kind, entity, expected);
  }
}

describe('the layout', () => {
  it('has a skip link, a header with the traject and the demo marker, a navigation and a main landmark', async () => {
    const world = await makeWorld({ demo: true });
    const trajectId = await seed(
      world.repository,
      aTraject({ naam: 'Samen sterk', gemeente: 'Voorbeeldstad' }).build(),
    );
    renderInTraject(world, trajectId, <Layout />);
    expect(await screen.findByText('Samen sterk')).toBeTruthy();
    expect(screen.getByText('Gemeente of regio: Voorbeeldstad')).toBeTruthy();
    expect(screen.getByText('Editie: Samen seksueel grensoverschrijdend gedrag aanpakken')).toBeTruthy();
    expect(screen.getByText('Demo — lokale gegevens')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Onderdelen van het kompas' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Overzicht',
      'Werkbladen',
      'Partners',
      'Indicatoren',
      'Activiteiten',
      'Reflecties',
      'Acties',
      'Geschiedenis',
    ]);
    expect(within(nav).getByRole('link', { name: 'Overzicht' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overzicht' })).toBeTruthy();

    const skip = screen.getByRole('link', { name: 'Direct naar de inhoud' });
    await userEvent.setup().click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('');
  });

  it('switches to English and back', async () => {
    const user = userEvent.setup();
    const onLocaleChange = vi.fn();
    const world = await makeWorld();
    const trajectId = await seed(world.repository, aTraject().build());
    renderInTraject({ ...world, services: { ...world.services, onLocaleChange } }, trajectId, <Layout />);
    await screen.findByRole('heading', { level: 1, name: 'Overzicht' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Taal' }), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Parts of the compass' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'nl');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overzicht' })).toBeTruthy();
    expect(onLocaleChange.mock.calls).toEqual([['en'], ['nl']]);
  });

  it('opens the screen the address names', async () => {
    const world = await makeWorld();
    const trajectId = await seed(world.repository, aTraject().build());
    window.location.hash = '#/partners';
    renderInTraject(world, trajectId, <Layout />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Partners' })).toBeTruthy();
  });

  it('counts the changes waiting for a connection', async () => {
    const repository = new OfflineRepository();
    const world = await makeWorld({ repository });
    const trajectId = await seed(repository, aTraject().build());
    repository.offline = true;
    renderInTraject(world, trajectId, <Layout />);
    await screen.findByRole('heading', { level: 1, name: 'Overzicht' });
    await act(async () => {
      for (const organisatie of ['GGD', 'Wijkteam', 'Bibliotheek']) {
        await savePartner(world.ctx, { trajectId, organisatie });
      }
    });
    expect(
      await screen.findByText(
        'Geen verbinding. 3 wijzigingen wachten op verbinding en worden daarna verstuurd.',
      ),
    ).toBeTruthy();
  });
});

describe('signing in again', () => {
  it('offers to sign in when a token lapsed, then sends what waited', async () => {
    const user = userEvent.setup();
    let signedIn = false;
    const listeners = new Set<(state: AuthState) => void>();
    const failed: AuthState = { status: 'failed', failure: { code: 'SignInRequired', diagnostics: {} } };
    const ok: AuthState = { status: 'signed-in', account: null };
    const auth = {
      state: () => (signedIn ? ok : failed),
      subscribe: (listener: (state: AuthState) => void) => {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
      signIn: vi.fn(() => {
        signedIn = true;
        for (const l of listeners) l(ok);
        return Promise.resolve({ ok: true as const, account: null });
      }),
      signOut: vi.fn(() => Promise.resolve({ ok: true as const })),
    };
    class LapsedRepository extends InMemoryTrajectRepository implements TrajectRepository {
      override save<K extends EntityKind>(kind: K, entity: EntityMap[K], expected?: Version) {
        if (kind !== 'traject' && !signedIn) {
          return Promise.reject(toKompasError({ code: 'SignInRequired', diagnostics: {} }));
        }
        return super.save(kind, entity, expected);
      }
    }
    const repository = new LapsedRepository();
    const world = await makeWorld({ repository });
    const trajectId = await seed(repository, aTraject().build());
    renderInTraject({ ...world, services: { ...world.services, auth } }, trajectId, <Layout />);
    await screen.findByRole('heading', { level: 1, name: 'Overzicht' });
    await act(() => savePartner(world.ctx, { trajectId, organisatie: 'GGD' }).then(() => undefined));
    expect(await screen.findByText(/^Meld je aan om verder te werken./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(auth.signIn).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect((await repository.openTraject(trajectId)).partners).toHaveLength(1));
    expect(screen.queryByRole('button', { name: 'Aanmelden' })).toBeNull();
  });
});

function Thrower({ error }: { readonly error: unknown }): never {
  throw error;
}

describe('errors', () => {
  it('the error boundary shows the message for the KompasError code, never error.message', async () => {
    const world = await makeWorld();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Providers services={world.services}>
        <ErrorBoundary>
          <Thrower error={new KompasError('PermissionDenied', 'Graph GET /sites/x → 403 secret details')} />
        </ErrorBoundary>
      </Providers>,
    );
    expect(screen.getByText('Er ging iets mis')).toBeTruthy();
    expect(screen.getByText(/Je hebt geen toegang om dit te bekijken of te wijzigen/)).toBeTruthy();
    expect(screen.queryByText(/secret details/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('explains what to ask the team owner when the lists cannot be created, and can try again', async () => {
    const user = userEvent.setup();
    const boot = vi
      .fn()
      .mockRejectedValueOnce(new BootError('cannotProvision'))
      .mockImplementationOnce(() => new Promise(() => undefined));
    render(<App boot={boot} locale="nl" theme="light" />);
    expect(await screen.findByRole('heading', { name: 'Kompas kon niet starten' })).toBeTruthy();
    expect(screen.getByText(/Vraag een eigenaar van het team om Kompas één keer te openen/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(boot).toHaveBeenCalledTimes(2));
    expect(await screen.findByText('Kompas wordt gestart…')).toBeTruthy();
  });

  it('shows the provisioning progress while the lists are created', async () => {
    const boot = vi.fn((progress: (stage: 'provisioning') => void) => {
      progress('provisioning');
      return new Promise<never>(() => undefined);
    });
    render(<App boot={boot} locale="nl" theme="contrast" />);
    expect(
      await screen.findByText(
        'Kompas wordt ingericht in de SharePoint-site van het team. Dat gebeurt één keer per team en duurt even…',
      ),
    ).toBeTruthy();
  });
});
