// @vitest-environment jsdom
/**
 * Signing out inside Teams (issue #4): Kompas forgets the person and the unsent changes, Teams keeps
 * its own sign-in, and the page says so; signing in again shows the tab afresh. Also what the page
 * says when MSAL could not clear its cache, when signing in again fails, and that another window's
 * sign-out signs this one out without a question.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { savePartner } from '../../../shared/application/index.ts';
import type { AuthOutcome, AuthState, KompasAuth, SignOutOutcome } from '../../../shared/auth/provider.ts';
import { translate } from '../../../shared/i18n/index.ts';
import '../../../shared/i18n/auth.ts';
import { aTraject } from '../../../shared/testing/builders.ts';
import type { ServicesConfig } from '../../../tab/app/services.tsx';
import Root from '../../../tab/app/Root.tsx';
import type { SessionChannel } from '../../../tab/host/browser/session-channel.ts';
import { FakeTeamsHost } from '../support/fake-teams.ts';
import { makeWorld, Providers, seed, type World } from '../support/tab.tsx';

type Auth = Pick<KompasAuth, 'state' | 'subscribe' | 'signIn' | 'signOut'>;

function fakeAuth(signOut: SignOutOutcome = { ok: true }, signIn: AuthOutcome = { ok: true, account: null }) {
  let state: AuthState = { status: 'signed-in', account: null };
  const auth = {
    state: () => state,
    subscribe: () => () => undefined,
    signIn: vi.fn(() => {
      if (signIn.ok) state = { status: 'signed-in', account: null };
      return Promise.resolve(signIn);
    }),
    signOut: vi.fn(() => {
      state = { status: 'signed-out' };
      return Promise.resolve(signOut);
    }),
  } satisfies Auth;
  return auth;
}

function fakeChannel() {
  const handlers = new Set<() => void>();
  const channel = {
    announced: 0,
    announceSignOut: () => {
      channel.announced++;
    },
    onSignOut: (handler: () => void) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    /** Another window of the user signed out. */
    hear: () => {
      for (const handler of handlers) handler();
    },
  } satisfies SessionChannel & Record<string, unknown>;
  return channel;
}

async function openTab(auth: Auth, extra: Partial<ServicesConfig> = {}) {
  const world: World = await makeWorld({ teams: new FakeTeamsHost() });
  const trajectId = await seed(world.repository, aTraject({ naam: 'Samen sterk' }).build());
  const services: ServicesConfig = { ...world.services, auth, ...extra };
  render(
    <Providers services={services}>
      <Suspense fallback={null}>
        <Root view={{ kind: 'tab', trajectId, route: { screen: 'overzicht' } }} />
      </Suspense>
    </Providers>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Overzicht' }, slow);
  return { world, trajectId };
}

const banner = () => within(screen.getByRole('banner'));
/** Lazy chunks, the 300 ms wait for Fluent's modalizer and a loaded CI machine: more than the default 1 s. */
const slow = { timeout: 5_000 };

describe('signing out inside Teams', () => {
  it('counts the unsent change, clears it on confirming, says Teams keeps its sign-in, and signs in again', async () => {
    const user = userEvent.setup();
    const auth = fakeAuth();
    const channel = fakeChannel();
    const { world, trajectId } = await openTab(auth, {
      sessionChannel: channel,
      pendingElsewhere: () => Promise.resolve(2),
    });
    const hold = vi.spyOn(world.repository, 'save').mockImplementation(() => new Promise(() => undefined));
    await act(() => savePartner(world.ctx, { trajectId, organisatie: 'GGD' }).then(() => undefined));
    expect(world.outbox.summary().unsaved).toBe(1);

    await user.click(banner().getByRole('button', { name: 'Afmelden' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Afmelden bij Kompas?' }, slow);
    // One here and two in other windows.
    await within(dialog).findByText(
      /^3 wijzigingen zijn nog niet opgeslagen in SharePoint\./,
      undefined,
      slow,
    );
    expect(within(dialog).getByText(/in andere vensters of tabbladen/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Afmelden en wijzigingen weggooien' }));

    await screen.findByText(/^Je bent afgemeld bij Kompas\. In Teams blijf je aangemeld/, undefined, slow);
    expect(auth.signOut).toHaveBeenCalledTimes(1);
    expect(world.outbox.summary().unsaved).toBe(0);
    expect(channel.announced).toBe(1);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Kompas' }));

    hold.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(auth.signIn).toHaveBeenCalledTimes(1);
    await screen.findByRole('heading', { level: 1, name: 'Overzicht' }, slow);
  });

  it('says so when its sign-in details in this window could not be cleared', async () => {
    const user = userEvent.setup();
    const auth = fakeAuth({ ok: false, failure: { code: 'Network', diagnostics: {} } });
    await openTab(auth);
    await user.click(banner().getByRole('button', { name: 'Afmelden' }));
    const dialog = await screen.findByRole('alertdialog', undefined, slow);
    await within(dialog).findByText(
      'Al je wijzigingen zijn opgeslagen. Je kunt je veilig afmelden.',
      undefined,
      slow,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Afmelden' }));
    await screen.findByText(/konden niet worden gewist\. Sluit het venster/, undefined, slow);
  });

  it('shows why signing in again failed, and stays on the signed-out page', async () => {
    const user = userEvent.setup();
    const auth = fakeAuth({ ok: true }, { ok: false, failure: { code: 'PopupBlocked', diagnostics: {} } });
    const channel = fakeChannel();
    await openTab(auth, { sessionChannel: channel });
    // Another window signed out: this one follows, without asking and without telling the others again.
    act(() => channel.hear());
    await screen.findByText(/^Je bent afgemeld bij Kompas\./, undefined, slow);
    expect(auth.signOut).toHaveBeenCalledTimes(1);
    expect(channel.announced).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect((await screen.findByRole('alert', undefined, slow)).textContent).toBe(
      translate('nl', 'auth.failure.PopupBlocked'),
    );
    expect(screen.getByRole('button', { name: 'Aanmelden' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('navigation')).toBeNull());
  });
});
