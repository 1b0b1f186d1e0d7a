import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTrajecten, openTraject, saveAnswer } from '../../../shared/application/index.ts';
import { getEdition } from '../../../shared/content/index.ts';
import { isKompasError } from '../../../shared/domain/errors.ts';
import { aTraject, text } from '../../../shared/testing/builders.ts';
import { startEmulator, type RunningEmulator } from '../../../devtools/graph-emulator/server.ts';
import type { DataSource } from '../../../word-addin/app/services.tsx';
import { graphDataSource } from '../../../word-addin/host/store/team-store.ts';
import { docxFileName, parseSelection } from '../../../word-addin/features/invoegen/selection.ts';
import {
  countPendingOfUsers,
  LocalPendingStore,
  type StorageLike,
} from '../../../word-addin/host/browser/local-pending-store.ts';
import { MapStorage } from '../pending/fakes.ts';
import { DEMO, demoSourceOptions } from './world.ts';

describe('the demo store over Graph (the local emulator)', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(async () => {
    await emulator.close();
  });

  function source(storage: StorageLike, kind: 'demo' | 'microsoft365' = 'demo'): DataSource {
    return graphDataSource(demoSourceOptions(emulator.url, storage, { kind, provision: kind === 'demo' }));
  }

  it('opens a team site, lists its trajecten and saves through an outbox of its own', async () => {
    const storage = new MapStorage();
    const data = source(storage);
    if (data.kind === 'none') throw new Error('expected a store');
    const teams = await data.teams();
    expect(teams.length).toBeGreaterThan(0);
    const team = teams[0];
    if (team === undefined) throw new Error('no team');
    const session = await data.open(team);
    const built = aTraject({ id: 'traject-word-000001', naam: 'Uit Word' }).build();
    await session.ctx.repository.save('traject', built.traject);

    const { trajecten } = await listTrajecten(session.ctx);
    expect(trajecten.map((t) => t.naam)).toContain('Uit Word');
    await saveAnswer(session.ctx, {
      traject: { id: built.traject.id, editie: 'sgg' },
      questionId: '2.ambitie',
      value: text('Veilig opgroeien'),
    });
    for (let i = 0; i < 100 && session.outbox.pending().length > 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    const opened = await openTraject(session.ctx, built.traject.id);
    expect(opened.view.antwoorden.find((a) => a.questionId === '2.ambitie')?.auteur).toBe(DEMO);
    session.dispose();
  });

  it('refuses a team whose site was never set up, where the pane may not set it up', async () => {
    const data = source(new MapStorage(), 'microsoft365');
    if (data.kind === 'none') throw new Error('expected a store');
    const error = await data
      .open({ groupId: 'group-zonder-kompas', displayName: 'Leeg' })
      .catch((e: unknown) => e);
    expect(isKompasError(error, 'NotProvisioned')).toBe(true);
  });
});

describe('small browser pieces', () => {
  it('keeps each user’s and team’s unsaved changes apart', async () => {
    const storage = new MapStorage();
    const a = new LocalPendingStore(storage, 'Anna@Voorbeeldstad.nl', 'group-1');
    const b = new LocalPendingStore(storage, 'anna@voorbeeldstad.nl', 'group-2');
    await a.put('antwoord/x', '1');
    await b.put('antwoord/x', '2');
    expect(await new LocalPendingStore(storage, 'anna@voorbeeldstad.nl', 'group-1').load()).toEqual(
      new Map([['antwoord/x', '1']]),
    );
    await b.clear();
    expect([...storage.map.keys()]).toEqual(['kompas:word:pending:anna@voorbeeldstad.nl:group-1:antwoord/x']);
  });

  it('counts, for the sign-out warning, the unsaved changes of the user that no open outbox holds', () => {
    const storage = new MapStorage();
    const anna = 'kompas:word:pending:anna@voorbeeldstad.nl:';
    for (const key of [
      `${anna}group-1:pane-1:antwoord/a`, // the open outbox's own: it counts them itself
      `${anna}group-1:pane-2:antwoord/a`, // another pane's, in the open team
      `${anna}group-1:antwoord/b`, // from before instances, in the open team
      `${anna}group-2:pane-1:antwoord/c`, // this pane's, of a team open before
      `${anna}group-2:pane-2:antwoord/c`,
      `${anna}group-2:antwoord/d`,
      `${anna}antwoord`, // no team: not an outbox's
      'kompas:word:pending:bas@voorbeeldstad.nl:group-2:pane-1:antwoord/e', // another user's
      'kompas:pending:anna@voorbeeldstad.nl:pane-1:antwoord/f', // the tab's
    ])
      storage.setItem(key, '{}');
    const open = [{ user: ' Anna@Voorbeeldstad.nl', team: 'group-1' }];
    const users = ['Anna@Voorbeeldstad.nl', 'anna@voorbeeldstad.nl'];

    expect(countPendingOfUsers(storage, { users, open, instance: 'pane-1' })).toEqual({ mine: 1, others: 4 });
    // Without Web Locks: entries from before instances are this pane's (of the open team: its outbox's).
    expect(countPendingOfUsers(storage, { users, open, instance: undefined })).toEqual({
      mine: 1,
      others: 4,
    });
    expect(countPendingOfUsers(storage, { users, open: [], instance: 'pane-1' })).toEqual({
      mine: 2,
      others: 4,
    });
    expect(countPendingOfUsers(storage, { users: [], open, instance: 'pane-1' })).toEqual({
      mine: 0,
      others: 0,
    });
  });

  it('names downloads so every system accepts them', () => {
    expect(docxFileName('Kompas - Bouwsteen 2: Resultaten / analyse?')).toBe(
      'Kompas - Bouwsteen 2 - Resultaten - analyse.docx',
    );
    expect(docxFileName('  \u0007 ')).toBe('Kompas.docx');
  });

  it('reads a choice only as a part of this edition', () => {
    const sgg = getEdition('sgg');
    expect(parseSelection('sheet:3A/monitoren', sgg)).toEqual({ kind: 'sheet', id: '3A/monitoren' });
    expect(parseSelection('bouwsteen:0A', getEdition('kwaliteitsmodel'))).toBeUndefined();
    expect(parseSelection('iets:anders', sgg)).toBeUndefined();
  });
});
