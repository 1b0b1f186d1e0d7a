/**
 * Tabs wired as `tab/main.tsx` wires them: the tab's store over shared storage, the outbox on top,
 * and the store's watch feeding the outbox (`takeOverClosedPages`). A tab that closes with unsent changes hands them to a
 * tab that is open, which sends them, once (issue #4).
 */
import { describe, expect, it } from 'vitest';
import { keyOfChange, recordKey, saveChange } from '../../../shared/application/changes.ts';
import { antwoordId } from '../../../shared/domain/model.ts';
import { settle } from '../application/fakes.ts';
import { aPartner, textAnswer, trajectId } from '../application/fixtures.ts';
import { PREFIX, tabWorld as world } from './fakes.ts';

const ambitieKey = recordKey('antwoord', antwoordId(trajectId, '2.ambitie'));
const partnerKey = recordKey('partner', 'partner-0001');

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
    expect([a.kept, a.unreadable]).toEqual([[], []]);
    expect(a.takenOver?.count()).toBe(1);
    expect(a.outbox.pending().map(keyOfChange)).toEqual([ambitieKey]);
    expect(w.storage.keysUnder(PREFIX)).toEqual([`tab-a:${ambitieKey}`]);

    await w.goOnline(a);
    expect(await w.storedTexts()).toEqual(['Uit tab B']);
    expect(w.repository.writes.map((x) => x.key)).toEqual([ambitieKey]);
    expect(w.storage.keysUnder(PREFIX)).toEqual([]);
    expect(a.takenOver?.count()).toBe(0);
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

    const writesBefore = w.storage.written.length;
    b.close();
    await settle();
    // The store kept A's stored copy and told so; the outbox got only B's partner to take.
    expect(a.reports).toEqual([{ taken: [partnerKey], kept: [], unreadable: [] }]);
    expect(a.kept).toEqual([ambitieKey]);
    // A's edit is what A keeps in storage, too: a reload of A now would not bring B's back.
    expect((await a.store.load()).get(ambitieKey)).toContain('Uit tab A, later getypt');
    // Neither B's copy nor A's own went into A's namespace for that record: it was left as it was.
    expect(w.storage.written.slice(writesBefore).filter((k) => k.endsWith(ambitieKey))).toEqual([]);

    await w.goOnline(a);
    expect(await w.storedTexts()).toEqual(['Uit tab A, later getypt']);
    expect(w.repository.writes.map((x) => x.key).sort()).toEqual([ambitieKey, partnerKey].sort());
  });
});
