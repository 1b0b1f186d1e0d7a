import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTrajecten, openTraject, saveAnswer } from '../../../shared/application/index.ts';
import { getEdition } from '../../../shared/content/index.ts';
import { isKompasError } from '../../../shared/domain/errors.ts';
import { aTraject, text } from '../../../shared/testing/builders.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';
import { startEmulator, type RunningEmulator } from '../../../devtools/graph-emulator/server.ts';
import type { DataSource } from '../../../word-addin/app/services.tsx';
import { graphDataSource } from '../../../word-addin/host/store/team-store.ts';
import { docxFileName, parseSelection } from '../../../word-addin/features/invoegen/selection.ts';
import { LocalPendingStore, type StorageLike } from '../../../word-addin/host/browser/local-pending-store.ts';
import { testScheduler } from '../support/world.ts';

class MapStorage implements StorageLike {
  readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const DEMO = 'demo@voorbeeldstad.nl';

describe('the demo store over Graph (the local emulator)', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(async () => {
    await emulator.close();
  });

  function source(storage: StorageLike, kind: 'demo' | 'microsoft365' = 'demo'): DataSource {
    const tokens = { getToken: () => Promise.resolve(DEMO) };
    return graphDataSource({
      kind,
      baseUrl: `${emulator.url}/v1.0`,
      tokens: { sites: tokens, teams: tokens },
      provision: kind === 'demo',
      fallbackUser: { upn: DEMO, displayName: 'Demo' },
      storage,
      clock: new FakeClock('2026-03-02T10:00:00.000Z'),
      ids: new SequenceIds({ prefix: 'word' }),
      scheduler: testScheduler,
      edition: getEdition,
      onError: (error) => {
        throw error;
      },
      onOnline: () => () => undefined,
      onStorage: () => () => undefined,
    });
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
