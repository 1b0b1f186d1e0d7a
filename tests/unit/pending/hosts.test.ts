/**
 * The tab's and the Word pane's stores over the shared logic, and the outbox on top: a change a
 * closed page could not send is sent by the next page, once.
 */
import { describe, expect, it } from 'vitest';
import { recordKey, saveChange } from '../../../shared/application/changes.ts';
import { PageInstance } from '../../../shared/application/pending/index.ts';
import { antwoordId } from '../../../shared/domain/model.ts';
import {
  browserPageInstance as tabPageInstance,
  clearPendingOfUser as clearTabUser,
  LocalPendingStore as TabStore,
} from '../../../tab/host/browser/local-pending-store.ts';
import {
  browserPageInstance as wordPageInstance,
  clearPendingOfUser as clearWordUser,
  LocalPendingStore as WordStore,
} from '../../../word-addin/host/browser/local-pending-store.ts';
import { textAnswer, trajectId } from '../application/fixtures.ts';
import { entry, LockBroker, MapStorage, tabWorld } from './fakes.ts';

describe('the tab’s store', () => {
  it('namespaces per user (however the address is spelt) and per page', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const store = new TabStore(storage, 'An@Voorbeeldstad.nl', {
      instance: new PageInstance('tab-1', broker.page()),
    });
    await store.put('partner/1', entry(1, 'x'));
    expect([...storage.map.keys()]).toEqual(['kompas:pending:an@voorbeeldstad.nl:tab-1:partner/1']);
    expect(broker.held.has('kompas:instance:an@voorbeeldstad.nl:tab-1')).toBe(true);
  });

  it('clears a user’s entries of every tab at sign-out, before any outbox exists', () => {
    const storage = new MapStorage();
    storage.setItem('kompas:pending:an@voorbeeldstad.nl:tab-1:partner/1', '1');
    storage.setItem('kompas:pending:an@voorbeeldstad.nl:partner/2', '2');
    storage.setItem('kompas:pending:bas@voorbeeldstad.nl:partner/1', '3');
    clearTabUser(storage, ' AN@voorbeeldstad.nl');
    expect([...storage.map.keys()]).toEqual(['kompas:pending:bas@voorbeeldstad.nl:partner/1']);
  });

  it('makes a page instance only where the browser has Web Locks', () => {
    const locks = new LockBroker().page();
    expect(tabPageInstance({}, () => 'id-1')).toBeUndefined();
    expect(tabPageInstance({ locks }, () => 'id-1')?.id).toBe('id-1');
    expect(wordPageInstance({ locks: undefined }, () => 'id-2')).toBeUndefined();
    expect(wordPageInstance({ locks }, () => 'id-2')?.id).toBe('id-2');
  });
});

describe('the Word pane’s store', () => {
  it('namespaces per user and team, and one pane instance serves all its teams with one lock', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const instance = new PageInstance('pane-1', broker.page());
    const one = new WordStore(storage, 'Anna@Voorbeeldstad.nl', 'group-1', { instance });
    const two = new WordStore(storage, 'anna@voorbeeldstad.nl', 'group-2', { instance });
    await one.put('antwoord/x', entry(1, 'one'));
    await two.put('antwoord/x', entry(1, 'two'));
    expect([...storage.map.keys()]).toEqual([
      'kompas:word:pending:anna@voorbeeldstad.nl:group-1:pane-1:antwoord/x',
      'kompas:word:pending:anna@voorbeeldstad.nl:group-2:pane-1:antwoord/x',
    ]);
    expect(broker.log.filter((l) => l.granted && l.name.includes('pane-1'))).toEqual([
      { name: 'kompas:word:instance:anna@voorbeeldstad.nl:pane-1', granted: true },
    ]);
    // Opening a team again in the same pane finds its entries: they are this page's own.
    expect(await new WordStore(storage, 'anna@voorbeeldstad.nl', 'group-1', { instance }).load()).toEqual(
      new Map([['antwoord/x', entry(1, 'one')]]),
    );
  });

  it('adopts a closed pane’s entries team by team, and never another team’s', async () => {
    const storage = new MapStorage();
    const broker = new LockBroker();
    const oldLocks = broker.page();
    const closed = new PageInstance('pane-old', oldLocks);
    await new WordStore(storage, 'anna@voorbeeldstad.nl', 'group-1', { instance: closed }).put(
      'antwoord/x',
      entry(1, 'team 1'),
    );
    await new WordStore(storage, 'anna@voorbeeldstad.nl', 'group-2', { instance: closed }).put(
      'antwoord/y',
      entry(1, 'team 2'),
    );
    oldLocks.close();

    const pane = new PageInstance('pane-new', broker.page());
    const team1 = new WordStore(storage, 'anna@voorbeeldstad.nl', 'group-1', { instance: pane });
    expect(await team1.load()).toEqual(new Map([['antwoord/x', entry(1, 'team 1')]]));
    expect([...storage.map.keys()].sort()).toEqual([
      'kompas:word:pending:anna@voorbeeldstad.nl:group-1:pane-new:antwoord/x',
      'kompas:word:pending:anna@voorbeeldstad.nl:group-2:pane-old:antwoord/y',
    ]);
  });

  it('clears the user’s entries of every team at sign-out, and no one else’s', () => {
    const storage = new MapStorage();
    storage.setItem('kompas:word:pending:anna@voorbeeldstad.nl:group-1:pane-1:antwoord/x', '1');
    storage.setItem('kompas:word:pending:anna@voorbeeldstad.nl:group-2:antwoord/y', '2');
    storage.setItem('kompas:word:pending:bas@voorbeeldstad.nl:group-1:antwoord/x', '3');
    storage.setItem('kompas:pending:anna@voorbeeldstad.nl:partner/1', 'the tab’s');
    clearWordUser(storage, 'Anna@voorbeeldstad.nl');
    expect([...storage.map.keys()]).toEqual([
      'kompas:word:pending:bas@voorbeeldstad.nl:group-1:antwoord/x',
      'kompas:pending:anna@voorbeeldstad.nl:partner/1',
    ]);
  });
});

describe('the outbox over per-page stores', () => {
  it('sends a closed tab’s unsent change from the next tab, once, and the open tab’s own stays its own', async () => {
    const w = await tabWorld();
    // Tabs that only adopt when they open: what a tab that opens later does.
    const a = await w.openTab('tab-a', { watch: false });
    const b = await w.openTab('tab-b', { watch: false });
    await a.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'Uit tab A')));
    await b.outbox.enqueue(saveChange('antwoord', textAnswer('2.resultaten', 'Uit tab B')));
    a.close();

    const c = await w.openTab('tab-c', { watch: false });
    expect(c.outbox.pending()).toHaveLength(1);
    await w.goOnline(b, c);

    expect((await w.storedTexts()).sort()).toEqual(['Uit tab A', 'Uit tab B']);
    expect(w.repository.writes.map((x) => x.key).sort()).toEqual(
      [
        recordKey('antwoord', antwoordId(trajectId, '2.ambitie')),
        recordKey('antwoord', antwoordId(trajectId, '2.resultaten')),
      ].sort(),
    );
    expect(w.storage.keysUnder('kompas:pending:')).toEqual([]);
  });
});
