import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  LocalPendingStore,
  PageInstance,
  type LockManagerLike,
} from '../../../shared/application/pending/index.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import { entry, LockBroker, LOCKS, MapStorage, openPage, PREFIX } from './fakes.ts';

describe('one namespace per page instance', () => {
  it('keeps each page’s entries apart, so one page never loads, replaces or deletes another’s', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = openPage(storage, broker, 'page-a');
    const b = openPage(storage, broker, 'page-b');
    await a.store.load();
    await b.store.load();

    await a.store.put('antwoord/1', entry(1, 'A’s edit'));
    await b.store.put('antwoord/1', entry(1, 'B’s edit of the same record'));
    await a.store.delete('antwoord/1'); // A's save succeeded

    expect(storage.getItem(`${PREFIX}page-b:antwoord/1`)).toBe(entry(1, 'B’s edit of the same record'));
    expect([...(await b.store.load()).keys()]).toEqual(['antwoord/1']);
    expect((await a.store.load()).size).toBe(0);
    expect(storage.keysUnder(PREFIX)).toEqual(['page-b:antwoord/1']);
  });

  it('leaves the entries of a page that is still open alone', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const live = openPage(storage, broker, 'live');
    await live.store.put('partner/1', entry(1, 'unsent'));

    const next = openPage(storage, broker, 'next');
    expect((await next.store.load()).size).toBe(0);
    expect(next.store.adoption()).toEqual({ adopted: 0, superseded: 0, live: 1 });
    expect(storage.keysUnder(PREFIX)).toEqual(['live:partner/1']);
    expect(broker.log).toContainEqual({ name: `${LOCKS}live`, granted: false });
  });

  it('adopts the entries of a page that is gone, moving them into its own namespace', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const dead = openPage(storage, broker, 'dead');
    await dead.store.put('partner/1', entry(1, 'one'));
    await dead.store.put('actie/2', entry(2, 'two'));
    dead.locks.close();

    const next = openPage(storage, broker, 'next');
    expect(await next.store.load()).toEqual(
      new Map([
        ['partner/1', entry(1, 'one')],
        ['actie/2', entry(2, 'two')],
      ]),
    );
    expect(next.store.adoption()).toEqual({ adopted: 2, superseded: 0, live: 0 });
    expect(storage.keysUnder(PREFIX)).toEqual(['next:actie/2', 'next:partner/1']);
    // The orphan's lock was taken for the move and given back.
    expect(broker.log).toContainEqual({ name: `${LOCKS}dead`, granted: true });
    expect(broker.held.has(`${LOCKS}dead`)).toBe(false);
    expect(broker.held.get(`${LOCKS}next`)).toBe(next.locks);
  });

  it('adopts a closed page’s entries once it is gone, not while it is open', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const first = openPage(storage, broker, 'first');
    await first.store.put('antwoord/1', entry(1, 'x'));
    const second = openPage(storage, broker, 'second');
    expect((await second.store.load()).size).toBe(0);

    first.locks.close();
    const third = openPage(storage, broker, 'third');
    expect([...(await third.store.load()).keys()]).toEqual(['antwoord/1']);
    // The second page, still open, keeps what it loaded: nothing of the first's.
    expect((await second.store.load()).size).toBe(0);
  });

  it('lets only one of two pages that open together adopt an orphan; nothing is lost or doubled', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const dead = openPage(storage, broker, 'dead');
    for (let i = 1; i <= 5; i++) await dead.store.put(`antwoord/${i}`, entry(i, `edit ${i}`));
    dead.locks.close();

    const x = openPage(storage, broker, 'x');
    const y = openPage(storage, broker, 'y');
    const [fromX, fromY] = await Promise.all([x.store.load(), y.store.load()]);

    expect([fromX.size, fromY.size].sort()).toEqual([0, 5]);
    expect([x.store.adoption()?.adopted, y.store.adoption()?.adopted].sort()).toEqual([0, 5]);
    const winner = fromX.size === 5 ? 'x' : 'y';
    expect(storage.keysUnder(PREFIX)).toEqual([1, 2, 3, 4, 5].map((i) => `${winner}:antwoord/${i}`));
  });

  it('leaves an orphan alone while another page holds its lock to adopt it', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    storage.setItem(`${PREFIX}dead:antwoord/1`, entry(1, 'x'));
    const adopter = broker.page();
    let release = (): void => undefined;
    const busy = adopter.request(
      `${LOCKS}dead`,
      {},
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    await Promise.resolve();
    await Promise.resolve();

    const page = openPage(storage, broker, 'page');
    expect((await page.store.load()).size).toBe(0);
    expect(storage.keysUnder(PREFIX)).toEqual(['dead:antwoord/1']);
    release();
    await busy;
  });

  it('migrates entries of the format before instances, under a lock of their own', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    storage.setItem(`${PREFIX}partner/1`, entry(3, 'from before #4'));
    storage.setItem('kompas:pending:bas@voorbeeldstad.nl:partner/1', entry(1, 'another user'));
    storage.setItem('other-app', 'keep me');

    const page = openPage(storage, broker, 'page');
    expect(await page.store.load()).toEqual(new Map([['partner/1', entry(3, 'from before #4')]]));
    expect(storage.keysUnder(PREFIX)).toEqual(['page:partner/1']);
    expect(broker.log).toContainEqual({ name: `${LOCKS}~legacy`, granted: true });
    expect(storage.getItem('kompas:pending:bas@voorbeeldstad.nl:partner/1')).toBe(entry(1, 'another user'));
    expect(storage.getItem('other-app')).toBe('keep me');
  });

  it.each([
    ['older first', ['old', 'new']],
    ['newer first', ['new', 'old']],
  ] as const)(
    'keeps the newer change (by seq) when two orphans hold the same record, and reports the other (%s)',
    async (_order, owners) => {
      const storage = new MapStorage();
      const broker = new LockBroker();
      const seqs = { old: 4, new: 9 } as const;
      for (const owner of owners) storage.setItem(`${PREFIX}${owner}:antwoord/1`, entry(seqs[owner], owner));

      const page = openPage(storage, broker, 'page');
      expect(await page.store.load()).toEqual(new Map([['antwoord/1', entry(9, 'new')]]));
      expect(storage.keysUnder(PREFIX)).toEqual(['page:antwoord/1']);
      expect(page.superseded).toEqual([
        { key: 'antwoord/1', from: owners[1], kept: entry(9, 'new'), dropped: entry(4, 'old') },
      ]);
      expect(page.store.adoption()).toEqual({ adopted: 1, superseded: 1, live: 0 });
    },
  );

  it('prefers a readable entry over an unreadable one for the same record, and counts identical copies once', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    storage.setItem(`${PREFIX}a:partner/1`, 'not json');
    storage.setItem(`${PREFIX}b:partner/1`, entry(1, 'readable'));
    storage.setItem(`${PREFIX}a:actie/2`, entry(2, 'same'));
    storage.setItem(`${PREFIX}b:actie/2`, entry(2, 'same'));

    const page = openPage(storage, broker, 'page');
    expect(await page.store.load()).toEqual(
      new Map([
        ['partner/1', entry(1, 'readable')],
        ['actie/2', entry(2, 'same')],
      ]),
    );
    expect(page.superseded.map((s) => s.dropped)).toEqual(['not json']);
  });

  it('stops adopting when storage is full, keeping the rest with the orphan for a later page', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    storage.setItem(`${PREFIX}dead:antwoord/1`, entry(1, 'one'));
    storage.setItem(`${PREFIX}dead:antwoord/2`, entry(2, 'two'));
    storage.refuse = (key) => key === `${PREFIX}first:antwoord/2`;

    const first = openPage(storage, broker, 'first');
    expect([...(await first.store.load()).keys()]).toEqual(['antwoord/1']);
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0]).toBeInstanceOf(KompasError);
    expect(storage.keysUnder(PREFIX)).toEqual(['dead:antwoord/2', 'first:antwoord/1']);

    storage.refuse = undefined;
    first.locks.close();
    const second = openPage(storage, broker, 'second');
    expect([...(await second.store.load()).keys()].sort()).toEqual(['antwoord/1', 'antwoord/2']);
  });

  it('rejects a write the browser refuses with a KompasError, as before', async () => {
    const storage = new MapStorage();
    const page = openPage(storage, new LockBroker(), 'page');
    await page.store.load();
    storage.refuse = () => true;
    const error = await page.store.put('partner/1', '{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KompasError);
    expect(error).toMatchObject({ code: 'Unsupported' });
  });

  it('clears every entry of the user at sign-out: every page’s and the old format’s, no one else’s', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = openPage(storage, broker, 'a');
    const b = openPage(storage, broker, 'b');
    await a.store.put('antwoord/1', entry(1, 'a'));
    await b.store.put('antwoord/2', entry(1, 'b'));
    storage.setItem(`${PREFIX}partner/3`, entry(1, 'legacy, written by an older tab after a opened'));
    storage.setItem('kompas:pending:bas@voorbeeldstad.nl:partner/1', entry(1, 'bas'));

    await a.store.clear();
    expect(storage.keysUnder(PREFIX)).toEqual([]);
    expect(storage.keysUnder('kompas:pending:')).toEqual(['bas@voorbeeldstad.nl:partner/1']);
  });

  it('writes before put and delete return once the page’s namespace is open, not a microtask later', async () => {
    const storage = new MapStorage();
    const page = openPage(storage, new LockBroker(), 'a');
    await page.store.load();
    void page.store.put('antwoord/1', entry(1, 'flushed while the page is hidden'));
    expect(storage.keysUnder(PREFIX)).toEqual(['a:antwoord/1']);
    void page.store.delete('antwoord/1');
    expect(storage.keysUnder(PREFIX)).toEqual([]);
  });

  it('counts what other pages of the user keep, for the sign-out warning: not its own, not someone else’s', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const a = openPage(storage, broker, 'a');
    const b = openPage(storage, broker, 'b');
    await a.store.put('antwoord/1', entry(1, 'a'));
    expect(await a.store.elsewhere()).toBe(0);
    await b.store.put('antwoord/2', entry(1, 'b'));
    await b.store.put('actie/3', entry(2, 'b'));
    storage.setItem(`${PREFIX}partner/4`, entry(1, 'legacy'));
    storage.setItem('kompas:pending:bas@voorbeeldstad.nl:partner/1', entry(1, 'bas'));

    expect(await a.store.elsewhere()).toBe(3);
    expect(await b.store.elsewhere()).toBe(2);
    await a.store.clear();
    expect(await b.store.elsewhere()).toBe(0);
  });
});

describe('without Web Locks', () => {
  it('shares the user’s namespace among pages, as before issue #4', async () => {
    const storage = new MapStorage();
    const make = () => new LocalPendingStore({ storage, namespace: { prefix: PREFIX, lockPrefix: LOCKS } });
    await make().put('partner/1', entry(1, 'x'));
    expect(storage.keysUnder(PREFIX)).toEqual(['partner/1']);
    expect([...(await make().load()).keys()]).toEqual(['partner/1']);
    expect(make().adoption()).toBeUndefined();
  });

  it('falls back to the shared namespace when the browser refuses locks to this page', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const page = openPage(storage, broker, 'page');
    page.locks.failing = new Error('SecurityError');
    await page.store.put('partner/1', entry(1, 'x'));
    expect(storage.keysUnder(PREFIX)).toEqual(['partner/1']);
    expect(page.errors).toEqual([page.locks.failing]);
  });

  it('the DOM’s LockManager fits the port', () => {
    expectTypeOf<LockManager>().toExtend<LockManagerLike>();
  });
});

describe('PageInstance', () => {
  it('holds one lock per name for every store of the page, and refuses ids that would read as keys', async () => {
    const broker = new LockBroker();
    const instance = new PageInstance('pane-1', broker.page());
    await Promise.all([instance.hold('kompas:x'), instance.hold('kompas:x')]);
    expect(broker.log.filter((l) => l.name === 'kompas:x')).toEqual([{ name: 'kompas:x', granted: true }]);
    expect(() => new PageInstance('a:b', broker.page())).toThrow(KompasError);
    expect(() => new PageInstance('antwoord/1', broker.page())).toThrow(KompasError);
  });

  it('rejects when another page holds its lock (the same id twice), instead of waiting for ever', async () => {
    const broker = new LockBroker();
    await new PageInstance('same', broker.page()).hold('kompas:same');
    await expect(new PageInstance('same', broker.page()).hold('kompas:same')).rejects.toMatchObject({
      code: 'Conflict',
    });
  });
});
