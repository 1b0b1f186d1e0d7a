/**
 * Tabs wired as `tab/main.tsx` wires them: the tab's store over shared storage, the outbox on top,
 * and the store's watch feeding the outbox. A tab that closes with unsent changes hands them to a
 * tab that is open, which sends them, once (issue #4).
 */
import { describe, expect, it } from 'vitest';
import { keyOfChange, recordKey, saveChange } from '../../../shared/application/changes.ts';
import { Outbox, type TakeOverReport } from '../../../shared/application/outbox.ts';
import { PageInstance } from '../../../shared/application/pending/index.ts';
import { antwoordId } from '../../../shared/domain/model.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { LocalPendingStore as TabStore } from '../../../tab/host/browser/local-pending-store.ts';
import { ManualScheduler, network, ScriptedRepository, settle } from '../application/fakes.ts';
import { aPartner, aTraject, textAnswer, trajectId } from '../application/fixtures.ts';
import { LockBroker, MapStorage } from './fakes.ts';

const USER = 'an@voorbeeldstad.nl';
const PREFIX = `kompas:pending:${USER}:`;
const ambitieKey = recordKey('antwoord', antwoordId(trajectId, '2.ambitie'));
const partnerKey = recordKey('partner', 'partner-0001');

async function world() {
  const storage = new MapStorage();
  const broker = new LockBroker();
  const scheduler = new ManualScheduler();
  const memory = new InMemoryTrajectRepository();
  await memory.save('traject', aTraject());
  const repository = new ScriptedRepository(memory, scheduler);
  const net = { online: false };
  repository.random = () => (net.online ? undefined : { error: network() });

  const openTab = async (id: string) => {
    const locks = broker.page();
    const forward = { to: (_key: string): void => undefined };
    const store = new TabStore(
      storage.view((key) => forward.to(key)),
      USER,
      { instance: new PageInstance(id, locks, { newAbortController: () => new AbortController() }) },
    );
    forward.to = (key) => store.storageChanged(key);
    const outbox = await Outbox.open({ repository, store, scheduler, clock: scheduler.clock });
    const reports: TakeOverReport[] = [];
    store.watchOrphans((entries) => reports.push(outbox.takeOver(entries)));
    return {
      id,
      store,
      outbox,
      reports,
      close() {
        outbox.dispose();
        locks.close();
      },
    };
  };

  const goOnline = async (...tabs: { readonly outbox: Outbox }[]) => {
    net.online = true;
    for (const tab of tabs) tab.outbox.online();
    await scheduler.runAll();
  };

  const storedTexts = async () =>
    (await memory.openTraject(trajectId)).antwoorden.map((a) =>
      a.value.kind === 'text' ? a.value.text : '',
    );

  return { storage, broker, repository, openTab, goOnline, storedTexts };
}

describe('an open tab takes over what a closing tab leaves unsent', () => {
  it('sends a closed tab’s change from the tab that stays open, without waiting for a tab to open', async () => {
    const w = await world();
    const a = await w.openTab('tab-a');
    const b = await w.openTab('tab-b');
    await b.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'Uit tab B')));
    await settle();
    // B is open: its change is B's, A leaves it alone.
    expect(a.outbox.pending()).toEqual([]);
    expect(w.storage.keysUnder(PREFIX)).toEqual([`tab-b:${ambitieKey}`]);

    b.close();
    await settle();
    expect(a.reports).toEqual([{ taken: [ambitieKey], kept: [], unreadable: [] }]);
    expect(a.outbox.pending().map(keyOfChange)).toEqual([ambitieKey]);
    expect(w.storage.keysUnder(PREFIX)).toEqual([`tab-a:${ambitieKey}`]);

    await w.goOnline(a);
    expect(await w.storedTexts()).toEqual(['Uit tab B']);
    expect(w.repository.writes.map((x) => x.key)).toEqual([ambitieKey]);
    expect(w.storage.keysUnder(PREFIX)).toEqual([]);
  });

  it('lets exactly one of two open tabs send it: nothing is doubled', async () => {
    const w = await world();
    const a = await w.openTab('tab-a');
    const c = await w.openTab('tab-c');
    const b = await w.openTab('tab-b');
    await b.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'Uit tab B')));
    await b.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD')));
    await settle();

    b.close();
    await settle();
    const pending = [a, c].map((t) => t.outbox.pending().map(keyOfChange).sort());
    expect(pending).toContainEqual([ambitieKey, partnerKey].sort());
    expect(pending).toContainEqual([]);

    await w.goOnline(a, c);
    expect(w.repository.writes.map((x) => x.key).sort()).toEqual([ambitieKey, partnerKey].sort());
    expect(w.repository.overlapping).toBe(0);
    expect(w.storage.keysUnder(PREFIX)).toEqual([]);
  });

  it('keeps the open tab’s own edit of the same record, also where the closed tab’s copy is newer by seq', async () => {
    const w = await world();
    const a = await w.openTab('tab-a');
    const b = await w.openTab('tab-b');
    // B's edit gets seq 2 in B, A's gets seq 1 in A: seqs of two tabs say nothing about which is later.
    await b.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD')));
    await b.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'Uit tab B')));
    await a.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'Uit tab A, later getypt')));
    await settle();

    b.close();
    await settle();
    expect(a.reports).toEqual([{ taken: [partnerKey], kept: [ambitieKey], unreadable: [] }]);
    // A's edit is what A keeps in storage, too: a reload of A now would not bring B's back.
    expect((await a.store.load()).get(ambitieKey)).toContain('Uit tab A, later getypt');

    await w.goOnline(a);
    expect(await w.storedTexts()).toEqual(['Uit tab A, later getypt']);
    expect(w.repository.writes.map((x) => x.key).sort()).toEqual([ambitieKey, partnerKey].sort());
  });
});
