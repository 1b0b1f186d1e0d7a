/** `signOutOfKompas` (issue #4): unsent changes leave this device before the tokens go. */
import { describe, expect, it } from 'vitest';
import { saveChange } from '../../../shared/application/changes.ts';
import { signOutOfKompas } from '../../../shared/application/use-cases/session.ts';
import type { SignOutOutcome } from '../../../shared/auth/provider.ts';
import { aPartner, rig, textAnswer } from './fixtures.ts';

describe('signOutOfKompas', () => {
  it('forgets every unsent change, here and in the PendingStore, and only then signs out', async () => {
    const r = await rig();
    r.repository.hold();
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'Nog niet verstuurd')));
    await r.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD Voorbeeldstad')));
    expect(r.store.entries.size).toBe(2);

    const seen: { unsaved: number; stored: number }[] = [];
    const outcome = await signOutOfKompas({
      outbox: r.outbox,
      auth: {
        signOut: () => {
          seen.push({ unsaved: r.outbox.summary().unsaved, stored: r.store.entries.size });
          return Promise.resolve<SignOutOutcome>({ ok: true });
        },
      },
    });

    expect(outcome).toEqual({ ok: true });
    expect(seen).toEqual([{ unsaved: 0, stored: 0 }]);
    // A reload after signing in again finds nothing to send.
    expect((await r.reload()).summary().unsaved).toBe(0);
    r.repository.release();
  });

  it('still signs out when the changes could not be removed, and says so', async () => {
    const r = await rig();
    const failure = new Error('storage disabled');
    r.store.clear = () => Promise.reject(failure);
    const reported: unknown[] = [];
    let signedOut = false;
    const outcome = await signOutOfKompas({
      outbox: r.outbox,
      auth: {
        signOut: () => {
          signedOut = true;
          return Promise.resolve<SignOutOutcome>({ ok: true });
        },
      },
      onClearFailed: (error) => reported.push(error),
    });
    expect(signedOut).toBe(true);
    expect(outcome.ok).toBe(true);
    expect(reported).toHaveLength(1);
  });

  it('removes the changes and reports the failure when signing out throws (MSAL could not be loaded)', async () => {
    const r = await rig();
    r.repository.hold();
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'Nog niet verstuurd')));
    const stored: number[] = [];
    const signOut = (thrown: Error) =>
      signOutOfKompas({
        outbox: r.outbox,
        auth: {
          signOut: () => {
            stored.push(r.store.entries.size);
            return Promise.reject(thrown);
          },
        },
      });

    // Classified as any auth failure: MSAL's shape by its errorCode, anything else as Unknown.
    const msal = Object.assign(new Error('offline'), { errorCode: 'no_network_connectivity' });
    expect(await signOut(msal)).toEqual({
      ok: false,
      failure: { code: 'Network', diagnostics: { errorCode: 'no_network_connectivity' } },
    });
    expect(await signOut(new Error('MSAL did not load'))).toEqual({
      ok: false,
      failure: { code: 'Unknown', diagnostics: {} },
    });
    expect(stored).toEqual([0, 0]);
    expect((await r.reload()).summary().unsaved).toBe(0);
    r.repository.release();
  });
});
