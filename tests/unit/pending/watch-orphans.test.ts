/**
 * An open page takes over what another page of the user leaves unsent when it closes, without
 * waiting for a page to open (issue #4): `LocalPendingStore.watchOrphans`.
 */
import { describe, expect, it } from 'vitest';
import { LocalPendingStore } from '../../../shared/application/pending/index.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import { settle } from '../application/fakes.ts';
import { entry, LockBroker, LOCKS, MapStorage, openPage, PREFIX, type Page } from './fakes.ts';

/** A page that has opened: its namespace is its own, and what closed pages left is adopted. */
async function opened(...args: Parameters<typeof openPage>): Promise<Page> {
  const page = openPage(...args);
  await page.store.load();
  return page;
}

describe('taking over, while open, what a closing page leaves', () => {
  it('takes over the entries of a page that opened later, once that page closes, not while it is open', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = await opened(storage, broker, 'a');
    a.watch();
    await settle();
    expect(broker.waiting()).toBe(0);

    const b = await opened(storage, broker, 'b');
    await b.store.put('partner/1', entry(1, 'one'));
    await b.store.put('actie/2', entry(2, 'two'));
    await settle();
    // B is open: A waits for its lock and leaves its entries alone.
    expect(a.adopted).toEqual([]);
    expect(broker.waiting(`${LOCKS}b`)).toBe(1);
    expect(storage.keysUnder(PREFIX)).toEqual(['b:actie/2', 'b:partner/1']);

    b.locks.close();
    await settle();
    expect(a.adopted).toEqual([
      {
        entries: new Map([
          ['partner/1', entry(1, 'one')],
          ['actie/2', entry(2, 'two')],
        ]),
        kept: [],
      },
    ]);
    expect(storage.keysUnder(PREFIX)).toEqual(['a:actie/2', 'a:partner/1']);
    expect([...(await a.store.load()).keys()].sort()).toEqual(['actie/2', 'partner/1']);
    // The orphan's lock was given back after the move.
    expect(broker.held.has(`${LOCKS}b`)).toBe(false);
    expect(broker.waiting()).toBe(0);
    expect(a.errors).toEqual([]);
  });

  it('watches the pages that were open when it opened, and ignores other users’ and apps’ keys', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const b = await opened(storage, broker, 'b');
    await b.store.put('antwoord/1', entry(1, 'from b'));
    storage.setItem('kompas:pending:bas@voorbeeldstad.nl:c:antwoord/1', entry(1, 'bas'));

    const a = await opened(storage, broker, 'a');
    expect(a.store.adoption()).toEqual({ adopted: 0, superseded: 0, live: 1 });
    a.watch();
    a.store.storageChanged('kompas:pending:bas@voorbeeldstad.nl:d:antwoord/2');
    a.store.storageChanged('other-app');
    await settle();
    expect(broker.waiting()).toBe(1);
    expect(broker.waiting(`${LOCKS}b`)).toBe(1);

    b.locks.close();
    await settle();
    expect(a.adopted).toEqual([{ entries: new Map([['antwoord/1', entry(1, 'from b')]]), kept: [] }]);
    expect(storage.getItem('kompas:pending:bas@voorbeeldstad.nl:c:antwoord/1')).toBe(entry(1, 'bas'));
  });

  it('lets exactly one of two open pages take a closing page’s entries; nothing is lost or doubled', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = await opened(storage, broker, 'a');
    const c = await opened(storage, broker, 'c');
    const b = await opened(storage, broker, 'b');
    for (let i = 1; i <= 4; i++) await b.store.put(`antwoord/${i}`, entry(i, `edit ${i}`));
    a.watch();
    c.watch();
    await settle();
    expect(broker.waiting(`${LOCKS}b`)).toBe(2);

    const grantsBefore = broker.log.filter((l) => l.name === `${LOCKS}b` && l.granted).length;
    b.locks.close();
    await settle();
    const sizes = [a, c].map((p) => p.adopted.reduce((n, m) => n + m.entries.size, 0));
    expect(sizes.sort()).toEqual([0, 4]);
    const winner = a.adopted.length > 0 ? 'a' : 'c';
    expect(storage.keysUnder(PREFIX)).toEqual([1, 2, 3, 4].map((i) => `${winner}:antwoord/${i}`));
    // Both were granted the lock in turn; the second found nothing left.
    expect(broker.log.filter((l) => l.name === `${LOCKS}b` && l.granted)).toHaveLength(grantsBefore + 2);
    expect(broker.waiting(`${LOCKS}b`)).toBe(0);
    // The other page saw the moved entries (storage events) and now waits for the winner instead.
    expect(broker.waiting(`${LOCKS}${winner}`)).toBe(1);
    expect([...a.errors, ...c.errors]).toEqual([]);
  });

  it('keeps this page’s own entry where it has one for the same record, whatever the seqs; reports it as kept', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = await opened(storage, broker, 'a');
    await a.store.put('antwoord/1', entry(2, 'a, older by seq'));
    await a.store.put('antwoord/2', entry(9, 'a, newer by seq'));
    const b = await opened(storage, broker, 'b');
    await b.store.put('antwoord/1', entry(5, 'b, newer by seq'));
    await b.store.put('antwoord/2', entry(3, 'b, older by seq'));
    await b.store.put('antwoord/3', entry(4, 'b only'));
    a.watch();
    await settle();

    const writesBefore = storage.written.length;
    b.locks.close();
    await settle();
    // Seqs of two open pages do not order their edits: A's outbox shows and sends its own, so the
    // store keeps A's copy as it is and drops B's (not superseded by seq, as when opening).
    expect(a.adopted).toEqual([
      { entries: new Map([['antwoord/3', entry(4, 'b only')]]), kept: ['antwoord/1', 'antwoord/2'] },
    ]);
    expect(await a.store.load()).toEqual(
      new Map([
        ['antwoord/1', entry(2, 'a, older by seq')],
        ['antwoord/2', entry(9, 'a, newer by seq')],
        ['antwoord/3', entry(4, 'b only')],
      ]),
    );
    expect(storage.keysUnder(PREFIX)).toEqual(['a:antwoord/1', 'a:antwoord/2', 'a:antwoord/3']);
    // The one write was the record A had none of.
    expect(storage.written.slice(writesBefore)).toEqual([`${PREFIX}a:antwoord/3`]);
    expect(a.superseded).toEqual([]);
    expect(a.errors).toEqual([]);
  });

  it('stops watching when told: the waiting requests are aborted, quietly, and nothing moves', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = await opened(storage, broker, 'a');
    const b = await opened(storage, broker, 'b');
    await b.store.put('antwoord/1', entry(1, 'b'));
    const stop = a.watch();
    await settle();
    expect(broker.waiting(`${LOCKS}b`)).toBe(1);

    stop();
    await settle();
    expect(broker.waiting()).toBe(0);
    // A later storage event does not start waiting again.
    await b.store.put('antwoord/2', entry(2, 'b'));
    await settle();
    expect(broker.waiting()).toBe(0);

    b.locks.close();
    await settle();
    expect(a.adopted).toEqual([]);
    expect(storage.keysUnder(PREFIX)).toEqual(['b:antwoord/1', 'b:antwoord/2']);
    expect(a.errors).toEqual([]);
    // Left for the next page that opens.
    const next = await opened(storage, broker, 'next');
    expect([...(await next.store.load()).keys()].sort()).toEqual(['antwoord/1', 'antwoord/2']);
  });

  it('without a way to withdraw requests, a stopped watch moves nothing when its request is granted', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = await opened(storage, broker, 'a', { abortable: false });
    const b = await opened(storage, broker, 'b');
    await b.store.put('antwoord/1', entry(1, 'b'));
    const stop = a.watch();
    await settle();
    stop();
    await settle();
    expect(broker.waiting(`${LOCKS}b`)).toBe(1);

    b.locks.close();
    await settle();
    expect(a.adopted).toEqual([]);
    expect(storage.keysUnder(PREFIX)).toEqual(['b:antwoord/1']);
    expect(broker.held.has(`${LOCKS}b`)).toBe(false);
    expect(a.errors).toEqual([]);
  });

  it('stops watching at clear() (sign-out), so a page that closes afterwards is not taken over', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = await opened(storage, broker, 'a');
    const b = await opened(storage, broker, 'b');
    await b.store.put('antwoord/1', entry(1, 'b'));
    a.watch();
    await settle();
    expect(broker.waiting(`${LOCKS}b`)).toBe(1);

    await a.store.clear();
    await settle();
    expect(broker.waiting()).toBe(0);
    // B, still open, has not seen the sign-out yet and writes again.
    await b.store.put('antwoord/2', entry(2, 'b'));
    await settle();
    b.locks.close();
    await settle();
    expect(a.adopted).toEqual([]);
    expect(storage.keysUnder(PREFIX)).toEqual(['b:antwoord/2']);
    expect(a.errors).toEqual([]);
  });

  it('keeps the rest with the closed page when storage is full mid-move, and takes it later', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = await opened(storage, broker, 'a');
    const b = await opened(storage, broker, 'b');
    await b.store.put('antwoord/1', entry(1, 'one'));
    await b.store.put('antwoord/2', entry(2, 'two'));
    await b.store.put('antwoord/3', entry(3, 'three'));
    a.watch();
    await settle();
    storage.refuse = (key) => key === `${PREFIX}a:antwoord/2`;

    b.locks.close();
    await settle();
    expect(a.adopted).toEqual([{ entries: new Map([['antwoord/1', entry(1, 'one')]]), kept: [] }]);
    expect(a.errors).toHaveLength(1);
    expect(a.errors[0]).toBeInstanceOf(KompasError);
    expect(storage.keysUnder(PREFIX)).toEqual(['a:antwoord/1', 'b:antwoord/2', 'b:antwoord/3']);
    expect(broker.waiting()).toBe(0);

    // Room again; the next storage event the host forwards tries again.
    storage.refuse = undefined;
    a.store.storageChanged(null);
    await settle();
    expect(a.adopted.slice(1)).toEqual([
      {
        entries: new Map([
          ['antwoord/2', entry(2, 'two')],
          ['antwoord/3', entry(3, 'three')],
        ]),
        kept: [],
      },
    ]);
    expect(storage.keysUnder(PREFIX)).toEqual(['a:antwoord/1', 'a:antwoord/2', 'a:antwoord/3']);
    expect(a.errors).toHaveLength(1);
  });

  it('tries again at the next write of another page once storage has room, without waiting for a page to open', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = await opened(storage, broker, 'a');
    const b = await opened(storage, broker, 'b');
    const c = await opened(storage, broker, 'c');
    await b.store.put('antwoord/1', entry(1, 'one'));
    await b.store.put('antwoord/2', entry(2, 'two'));
    a.watch();
    await settle();
    storage.refuse = (key) => key === `${PREFIX}a:antwoord/2`;
    b.locks.close();
    await settle();
    expect(storage.keysUnder(PREFIX)).toEqual(['a:antwoord/1', 'b:antwoord/2']);

    storage.refuse = undefined;
    // Another open page autosaves: its key names C, not B.
    await c.store.put('partner/9', entry(1, 'c'));
    await settle();
    expect(a.adopted.slice(1)).toEqual([{ entries: new Map([['antwoord/2', entry(2, 'two')]]), kept: [] }]);
    expect(storage.keysUnder(PREFIX)).toEqual(['a:antwoord/1', 'a:antwoord/2', 'c:partner/9']);
    expect(broker.waiting(`${LOCKS}c`)).toBe(1);
    expect(a.errors).toHaveLength(1);
  });

  it('decides a storage event by its key alone, and scans storage only when it was cleared', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = await opened(storage, broker, 'a');
    const b = await opened(storage, broker, 'b');
    await b.store.put('antwoord/1', entry(1, 'b'));
    await a.store.put('antwoord/5', entry(1, 'a'));
    a.watch();
    await settle();
    expect(broker.waiting(`${LOCKS}b`)).toBe(1);
    const c = await opened(storage, broker, 'c');

    const reads = storage.keyReads;
    a.store.storageChanged(`${PREFIX}a:antwoord/5`); // its own
    a.store.storageChanged(`${PREFIX}partner/1`); // the format before instances
    a.store.storageChanged('kompas:pending:bas@voorbeeldstad.nl:d:antwoord/1'); // another user
    a.store.storageChanged('other-app');
    await b.store.put('antwoord/2', entry(2, 'b')); // a page it waits for already
    await settle();
    expect(storage.keyReads).toBe(reads);
    expect(broker.waiting()).toBe(1);

    // A page that opened after the watch began is watched from its first write, still without a scan.
    await c.store.put('antwoord/3', entry(1, 'c'));
    await settle();
    expect(storage.keyReads).toBe(reads);
    expect(broker.waiting(`${LOCKS}c`)).toBe(1);
    // A removal names no page to watch: one that keeps entries wrote them before.
    a.store.storageChanged(`${PREFIX}d:antwoord/4`);
    await settle();
    expect(broker.waiting(`${LOCKS}d`)).toBe(0);

    // Cleared storage (null) is the one event that is scanned for: here it finds an open page E
    // whose write no event announced.
    const e = await opened(storage, broker, 'e');
    storage.map.set(`${PREFIX}${e.id}:antwoord/6`, entry(1, 'e'));
    a.store.storageChanged(null);
    await settle();
    expect(storage.keyReads).toBeGreaterThan(reads);
    expect(broker.waiting(`${LOCKS}e`)).toBe(1);
    expect(broker.waiting()).toBe(3);
    expect(a.errors).toEqual([]);
  });

  it('leaves entries of the format before instances to the next page that opens', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = await opened(storage, broker, 'a');
    a.watch();
    // An older version of the app, still open in another tab, writes in the shared format.
    storage.setItem(`${PREFIX}partner/1`, entry(1, 'legacy'));
    await settle();
    expect(broker.waiting()).toBe(0);
    expect(broker.log.some((l) => l.name === `${LOCKS}~legacy`)).toBe(false);
    expect(a.adopted).toEqual([]);
  });

  it('has nothing to watch without Web Locks, where every page shares the namespace', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const b = await opened(storage, broker, 'b');
    await b.store.put('antwoord/1', entry(1, 'b'));
    const shared = new LocalPendingStore({ storage, namespace: { prefix: PREFIX, lockPrefix: LOCKS } });
    const adopted: unknown[] = [];
    const reads = storage.keyReads;
    const stop = shared.watchOrphans((entries) => adopted.push(entries));
    shared.storageChanged(null);
    shared.storageChanged(`${PREFIX}b:antwoord/1`);
    await settle();
    // Not even a look at storage for other pages' entries.
    expect(storage.keyReads).toBe(reads);
    b.locks.close();
    await settle();
    expect(adopted).toEqual([]);
    expect(storage.keysUnder(PREFIX)).toEqual(['b:antwoord/1']);
    stop();
  });
});

describe('the fake lock manager', () => {
  it('grants a waiting request when the holder’s page closes, and rejects signal with ifAvailable as browsers do', async () => {
    const broker = new LockBroker();
    const holder = broker.page();
    const waiter = broker.page();
    void holder.request('x', {}, () => new Promise<never>(() => undefined));
    const granted = waiter.request('x', {}, (lock) => lock?.name);
    await settle();
    expect(broker.waiting('x')).toBe(1);
    holder.close();
    expect(await granted).toBe('x');

    const signal = new AbortController().signal;
    await expect(waiter.request('y', { ifAvailable: true, signal }, () => 1)).rejects.toMatchObject({
      name: 'NotSupportedError',
    });
    const controller = new AbortController();
    void waiter.request('z', {}, () => new Promise<never>(() => undefined));
    const aborted = broker.page().request('z', { signal: controller.signal }, () => 1);
    await settle();
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    expect(broker.waiting('z')).toBe(0);
  });
});
