// @vitest-environment jsdom
/**
 * Signing out of Kompas in the Word task pane (issue #4): the warning counts the unsent changes of
 * the open team, of teams the pane had open before and of other panes; confirming stops the team
 * session, removes every unsent change of the user from this device and forgets the tokens once;
 * the pane says Word keeps its sign-in, and signing in again shows the pane afresh.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../../devtools/graph-emulator/server.ts';
import { saveAnswer } from '../../../shared/application/index.ts';
import { PageInstance } from '../../../shared/application/pending/index.ts';
import { toKompasError } from '../../../shared/auth/errors.ts';
import type { AuthOutcome, SignOutOutcome } from '../../../shared/auth/provider.ts';
import { isKompasError } from '../../../shared/domain/errors.ts';
import { TrajectIdSchema } from '../../../shared/domain/ids.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { text } from '../../../shared/testing/builders.ts';
import type { DataSource, TeamChoice, TeamSession } from '../../../word-addin/app/services.tsx';
import { LocalPendingStore } from '../../../word-addin/host/browser/local-pending-store.ts';
import { PaneSessions } from '../../../word-addin/host/store/pane-sessions.ts';
import { graphDataSource } from '../../../word-addin/host/store/team-store.ts';
import { entry, LockBroker, MapStorage } from '../pending/fakes.ts';
import { ANNA, openSession } from '../support/world.ts';
import { makePane, renderPane, type PaneWorld } from './harness.tsx';
import { demoSourceOptions, TEAM } from './world.ts';

const t = translator('nl');
const OTHER_TEAM: TeamChoice = { groupId: 'group-2', displayName: 'Onderwijs Voorbeeldstad' };
const PENDING = `kompas:word:pending:${ANNA.upn}:`;
const PANE = 'pane-1';
const OTHER_PANE = 'pane-2';

/** MSAL as the pane sees it: signed in until `signOut`, which records what storage held then. */
class FakeAuth {
  signedIn = true;
  signOutOutcome: SignOutOutcome = { ok: true };
  readonly signInOutcomes: AuthOutcome[] = [];
  readonly signIn = vi.fn((): Promise<AuthOutcome> => {
    const outcome = this.signInOutcomes.shift() ?? { ok: true, account: null };
    if (outcome.ok) this.signedIn = true;
    return Promise.resolve(outcome);
  });
  /** The user's pending keys at the moment the tokens went. */
  pendingAtSignOut: string[] | undefined;
  readonly signOut = vi.fn((): Promise<SignOutOutcome> => {
    this.pendingAtSignOut = [...this.storage.map.keys()].filter((k) => k.startsWith(PENDING));
    this.signedIn = false;
    return Promise.resolve(this.signOutOutcome);
  });
  constructor(readonly storage: MapStorage) {}
}

interface SignedInWorld extends PaneWorld {
  readonly storage: MapStorage;
  readonly auth: FakeAuth;
  readonly sessions: TeamSession[];
}

/**
 * The pane signed in to Microsoft 365 with two teams, wired as `graphDataSource` does: each team's
 * outbox keeps its unsent changes in `storage` under this pane's instance, and sign-out goes
 * through PaneSessions. Another pane of Anna is open and keeps a change of the first team; this
 * pane left one of the second team from before.
 */
async function signedInWorld(): Promise<SignedInWorld> {
  const pane = await makePane();
  const storage = new MapStorage();
  const broker = new LockBroker();
  const instance = new PageInstance(PANE, broker.page());
  const other = new PageInstance(OTHER_PANE, broker.page());
  await other.hold(`kompas:word:instance:${ANNA.upn}:${OTHER_PANE}`);
  storage.setItem(`${PENDING}${TEAM.groupId}:${OTHER_PANE}:antwoord/a`, entry(1, 'ander venster'));
  storage.setItem(`${PENDING}${OTHER_TEAM.groupId}:${PANE}:antwoord/b`, entry(1, 'ander team'));
  storage.setItem(`kompas:word:pending:bas@voorbeeldstad.nl:${TEAM.groupId}:antwoord/c`, entry(1, 'Bas'));

  const auth = new FakeAuth(storage);
  const tracker = new PaneSessions({
    storage,
    auth,
    instance: PANE,
    onError: (error) => {
      throw error;
    },
  });
  const sessions: TeamSession[] = [];
  const data: DataSource = {
    kind: 'microsoft365',
    teams: () =>
      auth.signedIn
        ? Promise.resolve([TEAM, OTHER_TEAM])
        : Promise.reject(toKompasError({ code: 'SignInRequired', diagnostics: {} })),
    async open(team) {
      const store = new LocalPendingStore(storage, ANNA.upn, team.groupId, { instance });
      const { ctx, outbox } = await openSession({ repository: pane.repository, clock: pane.clock, store });
      const session = tracker.track(
        { ctx, outbox, dispose: () => outbox.dispose() },
        { team: team.groupId, user: ANNA.upn },
      );
      sessions.push(session);
      return session;
    },
    signIn: () => auth.signIn(),
    signOut: tracker,
  };
  return { ...pane, services: { ...pane.services, data, demo: false }, storage, auth, sessions };
}

function userPending(storage: MapStorage): string[] {
  return storage.keysUnder(PENDING);
}

/** Renders the pane and opens the first team's traject. */
async function openTeam(world: SignedInWorld, user: UserEvent): Promise<TeamSession> {
  renderPane(world);
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Team' }), TEAM.groupId);
  await screen.findByText(/^Gemeente of regio: Voorbeeldstad\./);
  const session = world.sessions.at(-1);
  if (session === undefined) throw new Error('no team session');
  return session;
}

/** A change the outbox cannot send: SharePoint does not answer. */
async function unsentChange(world: SignedInWorld, session: TeamSession): Promise<void> {
  vi.spyOn(world.repository, 'save').mockImplementation(() => new Promise(() => undefined));
  await saveAnswer(session.ctx, {
    traject: { id: TrajectIdSchema.parse(world.trajectId), editie: 'sgg' },
    questionId: '2.ambitie',
    value: text('Nog niet verstuurd'),
  });
  expect(session.outbox.summary().unsaved).toBe(1);
}

const signOutButton = () => screen.getByRole('button', { name: 'Afmelden' });

describe('signing out in the pane', () => {
  it('offers "Afmelden" once a team is open, and keeps it for a blank template', async () => {
    const user = userEvent.setup();
    const world = await signedInWorld();
    renderPane(world);
    await screen.findByRole('combobox', { name: 'Team' });
    expect(screen.queryByRole('button', { name: 'Afmelden' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), TEAM.groupId);
    await screen.findByRole('button', { name: 'Afmelden' });
    // Still signed in while taking a blank template.
    await user.click(screen.getByRole('radio', { name: /een blanco sjabloon/ }));
    expect(signOutButton()).toBeTruthy();
  });

  it('has no "Afmelden" in the demo, where nobody signs in', async () => {
    renderPane(await makePane());
    await screen.findByText(/^Gemeente of regio: Voorbeeldstad\./);
    expect(screen.queryByRole('button', { name: 'Afmelden' })).toBeNull();
  });

  it('counts the unsent changes of this team, of teams opened before and of other panes; staying keeps them', async () => {
    const user = userEvent.setup();
    const world = await signedInWorld();
    const session = await openTeam(world, user);
    await unsentChange(world, session);

    await user.click(signOutButton());
    const dialog = await screen.findByRole('alertdialog', { name: 'Afmelden bij Kompas?' });
    await within(dialog).findByText(t('session.signOut.unsaved', { aantal: 3 }));
    expect(within(dialog).getByText(t('session.signOut.otherWindows'))).toBeTruthy();
    expect(within(dialog).getByText(t('session.signOut.advice'))).toBeTruthy();
    expect((await axe.run(document.body)).violations).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Aangemeld blijven' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(world.auth.signOut).not.toHaveBeenCalled();
    expect(session.outbox.summary().unsaved).toBe(1);
    expect(userPending(world.storage)).toHaveLength(3);
  });

  it('clears the outbox and every unsent change of the user, then signs out once, and says Word keeps its sign-in', async () => {
    const user = userEvent.setup();
    const world = await signedInWorld();
    const session = await openTeam(world, user);
    await unsentChange(world, session);

    await user.click(signOutButton());
    const dialog = await screen.findByRole('alertdialog');
    await within(dialog).findByText(t('session.signOut.unsaved', { aantal: 3 }));
    await user.click(within(dialog).getByRole('button', { name: 'Afmelden en wijzigingen weggooien' }));

    // After the dialog's modalizer let go of the pane (300 ms).
    await screen.findByText(t('session.signedOut.word'), {}, { timeout: 3000 });
    const heading = screen.getByRole('heading', { level: 1, name: 'Kompas' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(world.auth.signOut).toHaveBeenCalledTimes(1);
    // The changes went before the tokens, in every team and pane of Anna; Bas's stay.
    expect(world.auth.pendingAtSignOut).toEqual([]);
    expect(userPending(world.storage)).toEqual([]);
    expect(world.storage.keysUnder('kompas:word:pending:bas@voorbeeldstad.nl:')).toHaveLength(1);
    expect(session.outbox.summary().unsaved).toBe(0);
    await expect(
      saveAnswer(session.ctx, {
        traject: { id: TrajectIdSchema.parse(world.trajectId), editie: 'sgg' },
        questionId: '2.ambitie',
        value: text('Na het afmelden'),
      }),
    ).rejects.toSatisfy((error) => isKompasError(error, 'Unsupported'));
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Afmelden' })).toBeNull();
    expect((await axe.run(document.body)).violations).toEqual([]);
  });

  it('shows why signing in again failed, then shows the pane afresh with the team picker', async () => {
    const user = userEvent.setup();
    const world = await signedInWorld();
    await openTeam(world, user);
    await user.click(signOutButton());
    const dialog = await screen.findByRole('alertdialog');
    // This pane's change of the other team and the other pane's still count.
    await within(dialog).findByText(t('session.signOut.unsaved', { aantal: 2 }));
    await user.click(within(dialog).getByRole('button', { name: 'Afmelden en wijzigingen weggooien' }));
    await screen.findByText(t('session.signedOut.word'), {}, { timeout: 3000 });

    world.auth.signInOutcomes.push({ ok: false, failure: { code: 'PopupBlocked', diagnostics: {} } });
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(t('auth.failure.PopupBlocked'));
    expect(screen.getByText(t('session.signedOut.word'))).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    const picker = await screen.findByRole('combobox', { name: 'Team' });
    expect(within(picker).getByRole('option', { name: 'Kies een team' })).toBeTruthy();
    expect((picker as HTMLSelectElement).value).toBe('');
    expect(world.auth.signIn).toHaveBeenCalledTimes(2);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Kompas' }));

    // Afresh: the team opens again with nothing left to send.
    await user.selectOptions(picker, TEAM.groupId);
    await screen.findByText(/^Gemeente of regio: Voorbeeldstad\./);
    expect(world.sessions.at(-1)?.outbox.summary().unsaved).toBe(0);
    expect(signOutButton()).toBeTruthy();
  });

  it('says all is saved, signs out with one click, and says when the sign-in details could not be cleared', async () => {
    const user = userEvent.setup();
    const world = await signedInWorld();
    world.storage.removeItem(`${PENDING}${TEAM.groupId}:${OTHER_PANE}:antwoord/a`);
    world.storage.removeItem(`${PENDING}${OTHER_TEAM.groupId}:${PANE}:antwoord/b`);
    world.auth.signOutOutcome = { ok: false, failure: { code: 'Unknown', diagnostics: {} } };
    await openTeam(world, user);

    await user.click(signOutButton());
    const dialog = await screen.findByRole('alertdialog');
    await within(dialog).findByText(t('session.signOut.allSaved'));
    expect(within(dialog).queryByText(t('session.signOut.otherWindows'))).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Afmelden' }));
    await screen.findByText(t('session.signOut.cacheKept'), {}, { timeout: 3000 });
    expect(screen.queryByText(t('session.signedOut.word'))).toBeNull();
    expect(world.auth.signOut).toHaveBeenCalledTimes(1);
  });
});

describe('the Graph data source, signing out', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('has no sign-out without sign-in (the demo)', () => {
    const data = graphDataSource(demoSourceOptions(emulator.url, new MapStorage()));
    if (data.kind === 'none') throw new Error('expected a store');
    expect(data.signOut).toBeUndefined();
  });

  it('counts what the open team’s outbox does not hold, and removes every team’s unsent changes of the user', async () => {
    const storage = new MapStorage();
    const signOut = vi.fn(() => Promise.resolve<SignOutOutcome>({ ok: true }));
    const data = graphDataSource(demoSourceOptions(emulator.url, storage, { auth: { signOut } }));
    if (data.kind === 'none' || data.signOut === undefined) throw new Error('expected sign-out');
    const [team] = await data.teams();
    if (team === undefined) throw new Error('no team');
    const upn = 'demo@voorbeeldstad.nl';
    storage.setItem(`kompas:word:pending:${upn}:group-elders:antwoord/x`, entry(1, 'elders'));
    storage.setItem(`kompas:word:pending:bas@voorbeeldstad.nl:group-elders:antwoord/x`, entry(1, 'Bas'));
    const session = await data.open(team);

    expect(await data.signOut.unsentElsewhere()).toEqual({ mine: 1, others: 0 });
    // As SessionGate does it: the pane, and with it the session, goes first.
    session.dispose();
    expect(await data.signOut.signOut()).toEqual({ ok: true });
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(storage.keysUnder(`kompas:word:pending:${upn}:`)).toEqual([]);
    expect(storage.keysUnder('kompas:word:pending:bas@voorbeeldstad.nl:')).toHaveLength(1);
    expect(session.outbox.summary().unsaved).toBe(0);
  });

  it('still removes the unsent changes when MSAL could not be loaded, and says the tokens may be kept', async () => {
    const storage = new MapStorage();
    const data = graphDataSource(
      demoSourceOptions(emulator.url, storage, {
        auth: { signOut: () => Promise.reject(new Error('MSAL did not load')) },
      }),
    );
    if (data.kind === 'none' || data.signOut === undefined) throw new Error('expected sign-out');
    const [team] = await data.teams();
    if (team === undefined) throw new Error('no team');
    await data.open(team);
    storage.setItem('kompas:word:pending:demo@voorbeeldstad.nl:group-elders:antwoord/x', entry(1, 'elders'));
    expect(await data.signOut.signOut()).toEqual({
      ok: false,
      failure: { code: 'Unknown', diagnostics: {} },
    });
    expect(storage.keysUnder('kompas:word:pending:')).toEqual([]);
  });
});
