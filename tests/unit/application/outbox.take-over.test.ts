/**
 * `Outbox.takeOver`: a running outbox takes in what a closed page left unsent (issue #4), restored
 * as `open` restores it, and sends it.
 */
import { describe, expect, it } from 'vitest';
import { keyOfChange, recordKey, saveChange, type AnyEntity } from '../../../shared/application/changes.ts';
import { Outbox } from '../../../shared/application/outbox.ts';
import { antwoordId } from '../../../shared/domain/model.ts';
import { MemoryPendingStore, network, settle } from './fakes.ts';
import { aPartner, rig, textAnswer, trajectId, type Rig } from './fixtures.ts';

const ambitieKey = recordKey('antwoord', antwoordId(trajectId, '2.ambitie'));
const partnerKey = recordKey('partner', 'partner-0001');

function textOf(record: AnyEntity | undefined): string | undefined {
  return record !== undefined && 'value' in record && record.value.kind === 'text'
    ? record.value.text
    : undefined;
}

async function storedText(r: Rig): Promise<string | undefined> {
  const snapshot = await r.memory.openTraject(trajectId);
  return textOf(snapshot.antwoorden.find((a) => a.questionId === '2.ambitie'));
}

/** Another page of the same user over its own store and the same repository. */
async function otherPage(r: Rig) {
  const store = new MemoryPendingStore();
  const outbox = await Outbox.open({
    repository: r.repository,
    store,
    scheduler: r.scheduler,
    clock: r.scheduler.clock,
  });
  return { store, outbox };
}

/** The other page edits while offline and closes: what it leaves in its store. */
async function closedOffline(r: Rig, edit: (outbox: Outbox) => Promise<void>) {
  const other = await otherPage(r);
  const random = r.repository.random;
  r.repository.random = () => ({ error: network() });
  await edit(other.outbox);
  await settle();
  r.repository.random = random;
  other.outbox.dispose();
  return other.store.entries;
}

/** This page's outbox waits out a back-off, so what it takes over is not sent yet. */
async function goOffline(r: Rig): Promise<void> {
  r.repository.failNext({ error: network() }, (call) => call.id === 'partner-0042');
  await r.outbox.enqueue(saveChange('partner', aPartner('partner-0042', 'Bibliotheek')));
  await settle();
}

describe('Outbox: taking over a closed page’s changes while running', () => {
  it('takes them in, keeps them in its own store and sends them', async () => {
    const r = await rig();
    const left = await closedOffline(r, (o) =>
      o.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'uit het gesloten venster'))),
    );
    const statuses: string[] = [];
    r.outbox.subscribe((key, state) => {
      if (key === ambitieKey) statuses.push(state.status);
    });

    const report = r.outbox.takeOver(left);
    expect(report).toEqual({ taken: [ambitieKey], kept: [], unreadable: [] });
    expect(r.outbox.pending().map(keyOfChange)).toEqual([ambitieKey]);
    expect(r.store.entries.get(ambitieKey)).toContain('uit het gesloten venster');

    await r.scheduler.runAll();
    expect(statuses).toEqual(['saving', 'saved']);
    expect(await storedText(r)).toBe('uit het gesloten venster');
    expect(r.repository.writes).toHaveLength(1);
    expect(r.store.entries.size).toBe(0);
  });

  it('treats them as attempted: a request of the closed page that landed unseen reads as its own, not a conflict', async () => {
    const r = await rig();
    const v1 = await r.memory.save('antwoord', textAnswer('2.ambitie', 'begin'));
    await goOffline(r);
    // The other page's save reaches SharePoint, and the page closes before the answer comes.
    const other = await otherPage(r);
    r.repository.hold();
    await other.outbox.enqueue(
      saveChange('antwoord', textAnswer('2.ambitie', 'landde ongezien', { revisie: 2 }), v1.version),
    );
    await settle();
    other.outbox.dispose();

    expect(r.outbox.takeOver(other.store.entries).taken).toEqual([ambitieKey]);
    // Edited again here before it went out: the next save is based on the version before.
    await r.outbox.enqueue(
      saveChange('antwoord', textAnswer('2.ambitie', 'hier verder getypt', { revisie: 2 }), v1.version),
    );
    r.repository.release();
    r.outbox.online();
    await r.scheduler.runAll();

    expect(r.outbox.state(ambitieKey).status).toBe('saved');
    expect(await storedText(r)).toBe('hier verder getypt');
    expect(r.repository.writes.map((w) => textOf(w.entity)).filter((t) => t !== undefined)).toEqual([
      'landde ongezien',
      'hier verder getypt',
    ]);
  });

  it('keeps this page’s change where it has one for the same record, writes it back and sends only that', async () => {
    const r = await rig();
    await goOffline(r);
    // Storage refused this page's change, so the pending store found no copy of this page's for the
    // record and moved the closed page's in (LocalPendingStore keeps a stored copy of this page's).
    r.store.failNextPut = new Error('QuotaExceededError');
    const refused = await r.outbox
      .enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'uit dit venster')))
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
    expect(r.store.entries.has(ambitieKey)).toBe(false);
    const left = await closedOffline(r, async (o) => {
      await o.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD')));
      await o.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'uit het gesloten venster')));
    });
    r.store.entries.set(ambitieKey, left.get(ambitieKey) ?? '');

    const report = r.outbox.takeOver(left);
    expect(report).toEqual({ taken: [partnerKey], kept: [ambitieKey], unreadable: [] });
    await settle();
    expect(r.store.entries.get(ambitieKey)).toContain('uit dit venster');

    r.outbox.online();
    await r.scheduler.runAll();
    expect(await storedText(r)).toBe('uit dit venster');
    expect(r.repository.writes.map((w) => w.key).sort()).toEqual(
      [ambitieKey, partnerKey, recordKey('partner', 'partner-0042')].sort(),
    );
    expect(r.store.entries.size).toBe(0);
  });

  it('keeps the change it is sending, without sending the other page’s as well', async () => {
    const r = await rig();
    const left = await closedOffline(r, (o) =>
      o.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'uit het gesloten venster'))),
    );
    r.repository.hold();
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'onderweg')));
    await settle();

    expect(r.outbox.takeOver(left).kept).toEqual([ambitieKey]);
    r.repository.release();
    await r.scheduler.runAll();
    expect(await storedText(r)).toBe('onderweg');
    expect(r.repository.writes).toHaveLength(1);
    expect(r.repository.overlapping).toBe(0);
    expect(r.store.entries.size).toBe(0);
  });

  it('reports unreadable entries, keeps them stored, and sends the readable ones', async () => {
    const r = await rig();
    const left = new Map(
      await closedOffline(r, (o) => o.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD')))),
    );
    left.set('antwoord/kapot', '{not json');

    const report = r.outbox.takeOver(left);
    expect(report.taken).toEqual([partnerKey]);
    expect(report.unreadable).toEqual([{ key: 'antwoord/kapot', issues: ['not JSON'] }]);
    expect(r.outbox.unreadable.map((u) => u.key)).toEqual(['antwoord/kapot']);
    await r.scheduler.runAll();
    expect(r.outbox.state(partnerKey).status).toBe('saved');
    expect([...r.store.entries.keys()]).toEqual([]);
  });

  it('numbers later edits after the changes it took over, so a reload keeps their order', async () => {
    const r = await rig();
    await goOffline(r);
    const left = await closedOffline(r, async (o) => {
      for (const q of ['1A.a', '1A.b', '1A.c']) await o.enqueue(saveChange('antwoord', textAnswer(q, q)));
    });
    r.outbox.takeOver(left);
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'daarna')));
    const order = ['1A.a', '1A.b', '1A.c', '2.ambitie'].map((q) =>
      recordKey('antwoord', antwoordId(trajectId, q)),
    );

    expect(r.outbox.pending().map(keyOfChange).slice(-4)).toEqual(order);
    const reloaded = await r.reload();
    expect(reloaded.pending().map(keyOfChange).slice(-4)).toEqual(order);
  });

  it('takes nothing once disposed (the page is going away): the entries stay for the next page', async () => {
    const r = await rig();
    const left = await closedOffline(r, (o) =>
      o.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'uit het gesloten venster'))),
    );
    r.outbox.dispose();
    expect(r.outbox.takeOver(left)).toEqual({ taken: [], kept: [], unreadable: [] });
    await r.scheduler.runAll();
    expect(r.repository.writes).toHaveLength(0);
    expect(r.store.entries.size).toBe(0);
  });
});
