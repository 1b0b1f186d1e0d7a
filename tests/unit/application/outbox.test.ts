import { describe, expect, it } from 'vitest';
import { recordKey, removeChange, saveChange, type AnyEntity } from '../../../shared/application/changes.ts';
import type { RecordState } from '../../../shared/application/outbox.ts';
import { AnswerValueSchema } from '../../../shared/domain/answer.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import { VersionSchema } from '../../../shared/domain/ids.ts';
import { antwoordId, type Answer, type Partner } from '../../../shared/domain/model.ts';
import { network, settle, throttled } from './fakes.ts';
import { aPartner, anAnswer, rig, textAnswer, trajectId, type Rig } from './fixtures.ts';

const ambitieKey = recordKey('antwoord', antwoordId(trajectId, '2.ambitie'));
const partnerKey = recordKey('partner', 'partner-0001');

async function storedAnswer(r: Rig, questionId = '2.ambitie'): Promise<Answer | undefined> {
  const snapshot = await r.memory.openTraject(trajectId);
  return snapshot.antwoorden.find((a) => a.questionId === questionId);
}

async function storedPartners(r: Rig): Promise<readonly Partner[]> {
  return (await r.memory.openTraject(trajectId)).partners;
}

function textOf(record: AnyEntity | undefined): string | undefined {
  return record !== undefined && 'value' in record && record.value.kind === 'text'
    ? record.value.text
    : undefined;
}

function watch(r: Rig): { readonly states: RecordState[] } {
  const states: RecordState[] = [];
  r.outbox.subscribe((_key, state) => states.push(state));
  return { states };
}

describe('Outbox: saving', () => {
  it('saves a change, reports saving then saved with the stored record, and forgets it', async () => {
    const r = await rig();
    const { states } = watch(r);
    await r.outbox.enqueue(
      saveChange('antwoord', textAnswer('2.ambitie', 'Alle jongeren voelen zich veilig')),
    );
    await settle();

    expect(states.map((s) => s.status)).toEqual(['saving', 'saved']);
    const saved = r.outbox.state(ambitieKey);
    expect(saved.status === 'saved' && textOf(saved.record)).toBe('Alle jongeren voelen zich veilig');
    expect(textOf(await storedAnswer(r))).toBe('Alle jongeren voelen zich veilig');
    expect(r.store.entries.size).toBe(0);
  });

  it('hands the change to an idle PendingStore before enqueue returns; a busy one gets it in order', async () => {
    const r = await rig();
    r.repository.hold();
    const stored: string[] = [];
    const put = r.store.put.bind(r.store);
    let release: (() => void) | undefined;
    r.store.put = (key, value) => {
      stored.push(/"text":"(\w+)"/.exec(value)?.[1] ?? value);
      if (stored.length > 1) return put(key, value);
      // The first write takes a while (a slow store): the next ones wait for it.
      return new Promise<void>((resolve) => {
        release = () => void put(key, value).then(resolve);
      });
    };
    void r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'een')));
    expect(stored).toEqual(['een']);
    void r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'twee')));
    expect(stored).toEqual(['een']);
    release?.();
    await settle();
    expect(stored).toEqual(['een', 'twee']);
    expect(r.store.entries.get(ambitieKey)).toContain('twee');

    void r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'drie')));
    expect(stored).toEqual(['een', 'twee', 'drie']);
    r.repository.release();
  });

  it('keeps the change in the PendingStore before enqueue resolves, until the store has it', async () => {
    const r = await rig();
    r.repository.hold();
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'Bewaard')));
    expect([...r.store.entries.keys()]).toEqual([ambitieKey]);
    expect(r.store.entries.get(ambitieKey)).toContain('Bewaard');

    r.repository.release();
    await settle();
    expect(r.store.entries.size).toBe(0);
  });

  it('coalesces edits while one is in flight: only the newest is sent next, on the version just saved', async () => {
    const r = await rig();
    r.repository.hold();
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'een')));
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'een twee')));
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'een twee drie')));
    expect(r.repository.calls).toHaveLength(1);

    r.repository.release();
    await settle();
    const [first, second] = r.repository.calls;
    expect(r.repository.calls.map((c) => textOf(c.entity))).toEqual(['een', 'een twee drie']);
    expect(second?.expected).toBe(r.repository.writes[0]?.version);
    expect(first?.expected).toBeUndefined();
    const stored = await storedAnswer(r);
    expect(textOf(stored)).toBe('een twee drie');
    // The answer's revisie follows the stored one, though all three edits were built from revisie 1.
    expect(stored?.revisie).toBe(2);
    expect(r.repository.overlapping).toBe(0);
  });

  it('keeps the base of the queued edit when a newer one replaces it, so a concurrent edit is a conflict', async () => {
    const r = await rig();
    const v1 = await r.memory.save('antwoord', textAnswer('2.ambitie', 'begin'));
    r.repository.failNext({ error: throttled(5000) });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'mijn eerste'), v1.version));
    await settle();
    r.memory.simulateOtherUserEdit('antwoord', v1.id, (a) => ({
      ...a,
      value: { kind: 'text', text: 'van Bram' },
    }));
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'mijn tweede'), v1.version));

    await r.scheduler.advance(5000);
    const state = r.outbox.state(ambitieKey);
    expect(state.status).toBe('conflict');
    if (state.status !== 'conflict') return;
    expect(state.conflict.mine.op === 'save' && textOf(state.conflict.mine.entity)).toBe('mijn tweede');
    expect(textOf(state.conflict.theirs)).toBe('van Bram');
    expect(textOf(await storedAnswer(r))).toBe('van Bram');
    expect(r.repository.writes).toHaveLength(0);
  });

  it('resolves a base the caller read before our own save to the version we saved', async () => {
    const r = await rig();
    const v1 = await r.memory.save('antwoord', textAnswer('2.ambitie', 'begin'));
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'eerste'), v1.version));
    await settle();
    // The UI still holds v1 from its snapshot.
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'tweede'), v1.version));
    await settle();
    expect(r.outbox.state(ambitieKey).status).toBe('saved');
    expect(textOf(await storedAnswer(r))).toBe('tweede');
  });

  it('sends changes of one record in order, one at a time, each on the version before it', async () => {
    const r = await rig();
    const p1 = aPartner('partner-0001', 'GGD');
    r.repository.hold();
    await r.outbox.enqueue(saveChange('partner', p1));
    await settle();
    await r.outbox.enqueue(removeChange('partner', p1.id, trajectId, undefined));
    expect(r.repository.heldCount).toBe(1);
    r.repository.release();
    await settle();
    await r.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'Politie')));
    await settle();

    expect(r.repository.calls.map((c) => c.op)).toEqual(['save', 'remove', 'save']);
    expect(r.repository.calls[1]?.expected).toBe(r.repository.writes[0]?.version);
    expect(r.repository.calls[2]?.expected).toBeUndefined();
    expect(r.repository.overlapping).toBe(0);
    expect((await storedPartners(r)).map((p) => p.organisatie)).toEqual(['Politie']);
  });

  it('sends several records at once up to maxConcurrent, first come first served', async () => {
    const r = await rig({ maxConcurrent: 2 });
    r.repository.hold();
    for (const n of [1, 2, 3])
      await r.outbox.enqueue(saveChange('partner', aPartner(`partner-000${n}`, `P${n}`)));
    await settle();
    expect(r.repository.calls.map((c) => c.id)).toEqual(['partner-0001', 'partner-0002']);
    r.repository.release();
    await settle();
    expect(r.repository.calls.map((c) => c.id)).toEqual(['partner-0001', 'partner-0002', 'partner-0003']);
    expect(await storedPartners(r)).toHaveLength(3);
  });

  it('lets subscribers unsubscribe', async () => {
    const r = await rig();
    const seen: string[] = [];
    const stop = r.outbox.subscribe((_k, s) => seen.push(s.status));
    stop();
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'stil')));
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('Outbox: reload', () => {
  it('restores unsaved changes from the PendingStore in a new page and sends them', async () => {
    const r = await rig();
    r.repository.failNext({ error: network() });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'niet verloren')));
    await settle();
    expect(r.outbox.state(ambitieKey).status).toBe('queued');

    const outbox = await r.reload();
    await settle();
    expect(outbox.state(ambitieKey).status).toBe('saved');
    expect(textOf(await storedAnswer(r))).toBe('niet verloren');
    expect(r.store.entries.size).toBe(0);
  });

  it('does not duplicate or conflict when the closed page’s request had landed', async () => {
    const r = await rig();
    const v1 = await r.memory.save('antwoord', textAnswer('2.ambitie', 'begin'));
    r.repository.hold();
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'landde wel'), v1.version));
    await settle();
    const outbox = await r.reload();
    // A new edit in the new page before the restored one went out.
    await outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'en verder'), v1.version));
    r.repository.release();
    await settle();
    r.repository.release();
    await settle();

    expect(outbox.state(ambitieKey).status).toBe('saved');
    expect(textOf(await storedAnswer(r))).toBe('en verder');
    expect(r.repository.writes.map((w) => textOf(w.entity))).toEqual(['landde wel', 'en verder']);
  });

  it('reports unreadable entries and keeps them, while sending the readable ones', async () => {
    const r = await rig();
    r.repository.failNext({ error: network() });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'leesbaar')));
    await settle();
    r.store.entries.set('antwoord/kapot', '{not json');
    r.store.entries.set(
      'partner/partner-0009',
      JSON.stringify({
        format: 1,
        seq: 9,
        change: { op: 'save', kind: 'partner', entity: { id: 'partner-0009' } },
        inDoubt: [],
      }),
    );
    const outbox = await r.reload();
    await settle();

    expect(outbox.unreadable.map((u) => u.key).sort()).toEqual(['antwoord/kapot', 'partner/partner-0009']);
    expect(outbox.unreadable.find((u) => u.key === 'partner/partner-0009')?.issues.join()).toMatch(
      /organisatie/,
    );
    expect(r.store.entries.has('antwoord/kapot')).toBe(true);
    expect(textOf(await storedAnswer(r))).toBe('leesbaar');
  });
});

describe('Outbox: throttling', () => {
  it('never retries before retryAfterMs and shows the wait as queued (throttled, retryAt)', async () => {
    const r = await rig();
    const t0 = r.scheduler.now();
    r.repository.failNext({ error: throttled(3000) });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'later')));
    await settle();
    expect(r.outbox.state(ambitieKey)).toEqual({ status: 'queued', reason: 'throttled', retryAt: t0 + 3000 });

    await r.scheduler.advance(2999);
    expect(r.repository.calls).toHaveLength(1);
    await r.scheduler.advance(1);
    expect(r.repository.calls).toHaveLength(2);
    expect(r.repository.calls[1]?.at).toBe(t0 + 3000);
    expect(r.outbox.state(ambitieKey).status).toBe('saved');
    expect(r.repository.earlyCalls).toBe(0);
  });

  it('stays queued, never dropped, however often it is throttled', async () => {
    const r = await rig();
    for (let i = 0; i < 60; i++) r.repository.failNext({ error: throttled(500 + (i % 7) * 250) });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'volhouden')));
    await settle();
    let waits = 0;
    for (
      let state = r.outbox.state(ambitieKey);
      state.status === 'queued';
      state = r.outbox.state(ambitieKey)
    ) {
      expect(state.reason).toBe('throttled');
      expect(r.store.entries.has(ambitieKey)).toBe(true);
      waits++;
      await r.scheduler.advance(state.retryAt - r.scheduler.now());
    }
    expect(waits).toBe(60);
    expect(r.outbox.state(ambitieKey).status).toBe('saved');
    expect(r.repository.calls).toHaveLength(61);
    expect(r.repository.writes).toHaveLength(1);
    expect(r.repository.earlyCalls).toBe(0);
  });

  it('holds every record back while throttled, since Retry-After applies to the app', async () => {
    const r = await rig();
    const t0 = r.scheduler.now();
    r.repository.failNext({ error: throttled(5000) });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'eerst')));
    await settle();
    await r.scheduler.advance(1000);
    await r.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'Jeugdteam')));
    await settle();
    expect(r.outbox.state(partnerKey)).toEqual({ status: 'queued', reason: 'throttled', retryAt: t0 + 5000 });
    expect(r.repository.calls).toHaveLength(1);

    r.outbox.online(); // the connection is fine; a throttle is not cut short
    await settle();
    expect(r.repository.calls).toHaveLength(1);
    await r.scheduler.advance(4000);
    expect(r.repository.calls).toHaveLength(3);
    expect(r.repository.earlyCalls).toBe(0);
  });

  it.each([undefined, -1, Number.NaN])('waits a default time when the server names none (%s)', async (ms) => {
    const r = await rig({ throttledDefaultMs: 7000 });
    r.repository.failNext({ error: throttled(ms) });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'x')));
    await r.scheduler.advance(6999);
    expect(r.repository.calls).toHaveLength(1);
    await r.scheduler.advance(1);
    expect(r.repository.calls).toHaveLength(2);
  });
});

describe('Outbox: network', () => {
  it('backs off 1 s, 2 s, 4 s while offline and sends at once when the host says online()', async () => {
    const r = await rig();
    const t0 = r.scheduler.now();
    for (let i = 0; i < 3; i++) r.repository.failNext({ error: network() });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'offline getypt')));
    await settle();
    expect(r.outbox.state(ambitieKey)).toEqual({ status: 'queued', reason: 'offline', retryAt: t0 + 1000 });
    await r.scheduler.advance(1000);
    expect(r.outbox.state(ambitieKey)).toEqual({ status: 'queued', reason: 'offline', retryAt: t0 + 3000 });
    await r.scheduler.advance(2000);
    expect(r.outbox.state(ambitieKey)).toEqual({ status: 'queued', reason: 'offline', retryAt: t0 + 7000 });
    expect(r.repository.calls).toHaveLength(3);

    await r.scheduler.advance(100);
    r.outbox.online();
    await settle();
    expect(r.repository.calls).toHaveLength(4);
    expect(r.outbox.state(ambitieKey).status).toBe('saved');
    expect(textOf(await storedAnswer(r))).toBe('offline getypt');
  });

  it('caps the back-off', async () => {
    const r = await rig({ backoff: { initialMs: 1000, maxMs: 4000 } });
    for (let i = 0; i < 5; i++) r.repository.failNext({ error: network() });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'x')));
    await r.scheduler.runAll();
    const gaps = r.repository.calls.slice(1).map((c, i) => c.at - (r.repository.calls[i]?.at ?? 0));
    expect(gaps).toEqual([1000, 2000, 4000, 4000, 4000]);
  });
});

describe('Outbox: creates whose outcome is unknown', () => {
  it('retries a create that landed without duplicating it', async () => {
    const r = await rig();
    r.repository.failNext({ error: network(), applied: true });
    await r.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD')));
    await r.scheduler.runAll();
    expect(r.outbox.state(partnerKey).status).toBe('saved');
    expect((await storedPartners(r)).map((p) => p.organisatie)).toEqual(['GGD']);
    expect(r.repository.writes).toHaveLength(1);
  });

  it('applies a newer edit over a create that landed unseen, without a false conflict', async () => {
    const r = await rig();
    r.repository.failNext({ error: network(), applied: true });
    await r.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD')));
    await settle();
    await r.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD Hollands Midden')));
    await r.scheduler.runAll();
    expect(r.outbox.state(partnerKey).status).toBe('saved');
    expect((await storedPartners(r)).map((p) => p.organisatie)).toEqual(['GGD Hollands Midden']);
  });

  it.each([true, false])(
    'removes a record whose create had an unknown outcome (landed: %s)',
    async (applied) => {
      const r = await rig();
      r.repository.failNext({ error: network(), applied });
      await r.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD')));
      await settle();
      await r.outbox.enqueue(removeChange('partner', 'partner-0001', trajectId, undefined));
      await r.scheduler.runAll();
      expect(r.outbox.state(partnerKey).status).toBe('saved');
      expect(await storedPartners(r)).toEqual([]);
      expect(r.store.entries.size).toBe(0);
    },
  );

  it('takes a conflict whose theirs is exactly what it sent as saved, without writing again', async () => {
    const r = await rig();
    const partner = aPartner('partner-0001', 'GGD');
    const theirs = { ...partner, version: VersionSchema.parse('elsewhere-1') };
    r.repository.failNext({ error: new KompasError('Conflict', 'exists', { theirs }) });
    await r.outbox.enqueue(saveChange('partner', partner));
    await settle();
    const state = r.outbox.state(partnerKey);
    expect(state.status === 'saved' && state.record?.version).toBe('elsewhere-1');
    expect(r.repository.writes).toHaveLength(0);
  });
});

describe('Outbox: conflicts', () => {
  async function conflicted(mine: string, theirs: string) {
    const r = await rig();
    const v1 = await r.memory.save('antwoord', textAnswer('2.ambitie', 'begin'));
    r.memory.simulateOtherUserEdit('antwoord', v1.id, (a) => ({
      ...a,
      value: { kind: 'text', text: theirs },
      revisie: a.revisie + 1,
    }));
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', mine, { revisie: 2 }), v1.version));
    await settle();
    return r;
  }

  it('stops the record and reports mine, theirs and a merge of both texts', async () => {
    const r = await conflicted('Mijn tekst', 'Hun tekst');
    const state = r.outbox.state(ambitieKey);
    expect(state.status).toBe('conflict');
    if (state.status !== 'conflict') return;
    expect(textOf(state.conflict.theirs)).toBe('Hun tekst');
    expect(state.conflict.mine.op === 'save' && textOf(state.conflict.mine.entity)).toBe('Mijn tekst');
    expect(textOf(state.conflict.merge)).toBe('Hun tekst\n\nMijn tekst');
    // It stays in the PendingStore, and no retry happens by itself.
    expect(r.store.entries.has(ambitieKey)).toBe(true);
    await r.scheduler.runAll();
    expect(r.repository.calls).toHaveLength(1);
  });

  it('mine: saves mine over theirs', async () => {
    const r = await conflicted('Mijn tekst', 'Hun tekst');
    await r.outbox.resolveConflict(ambitieKey, 'mine');
    await settle();
    expect(r.outbox.state(ambitieKey).status).toBe('saved');
    const stored = await storedAnswer(r);
    expect(textOf(stored)).toBe('Mijn tekst');
    expect(stored?.revisie).toBe(3);
    expect(r.store.entries.size).toBe(0);
  });

  it('theirs: drops mine and keeps theirs', async () => {
    const r = await conflicted('Mijn tekst', 'Hun tekst');
    await r.outbox.resolveConflict(ambitieKey, 'theirs');
    await r.scheduler.runAll();
    expect(r.outbox.state(ambitieKey).status).toBe('idle');
    expect(textOf(await storedAnswer(r))).toBe('Hun tekst');
    expect(r.repository.calls).toHaveLength(1);
    expect(r.store.entries.size).toBe(0);
  });

  it('merged: saves the merged record over theirs', async () => {
    const r = await conflicted('Mijn tekst', 'Hun tekst');
    const state = r.outbox.state(ambitieKey);
    if (state.status !== 'conflict' || state.conflict.merge === undefined)
      throw new Error('no merge offered');
    await r.outbox.resolveConflict(ambitieKey, { merged: state.conflict.merge });
    await settle();
    expect(textOf(await storedAnswer(r))).toBe('Hun tekst\n\nMijn tekst');
    expect(r.outbox.state(ambitieKey).status).toBe('saved');
    expect(r.store.entries.size).toBe(0);
  });

  it('refuses a merged record of another record, and a resolution without a conflict', async () => {
    const r = await conflicted('Mijn tekst', 'Hun tekst');
    await expect(
      r.outbox.resolveConflict(ambitieKey, { merged: textAnswer('2.resultaten', 'elders') }),
    ).rejects.toMatchObject({ code: 'Validation' });
    await expect(r.outbox.resolveConflict(partnerKey, 'mine')).rejects.toMatchObject({ code: 'NotFound' });
    expect(r.outbox.state(ambitieKey).status).toBe('conflict');
  });

  it('a new edit during a conflict becomes mine; the conflict stays until someone chooses', async () => {
    const r = await conflicted('Mijn tekst', 'Hun tekst');
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'Mijn tekst, langer')));
    await settle();
    const state = r.outbox.state(ambitieKey);
    expect(
      state.status === 'conflict' &&
        textOf(state.conflict.mine.op === 'save' ? state.conflict.mine.entity : undefined),
    ).toBe('Mijn tekst, langer');
    expect(r.repository.calls).toHaveLength(1);
  });

  it('offers a union by entry id for list answers', async () => {
    const r = await rig();
    const list = (...items: [string, string][]) =>
      AnswerValueSchema.parse({ kind: 'list', items: items.map(([id, text]) => ({ id, text })) });
    const v1 = await r.memory.save('antwoord', anAnswer('1B.ambities', list(['a', 'Veilig'])));
    r.memory.simulateOtherUserEdit('antwoord', v1.id, (a) => ({
      ...a,
      value: list(['a', 'Veilig'], ['b', 'Gezond']),
    }));
    await r.outbox.enqueue(
      saveChange(
        'antwoord',
        anAnswer('1B.ambities', list(['a', 'Veilig opgroeien'], ['c', 'Kansrijk'])),
        v1.version,
      ),
    );
    await settle();
    const state = r.outbox.state(recordKey('antwoord', v1.id));
    if (state.status !== 'conflict') throw new Error(`expected a conflict, got ${state.status}`);
    const merge = state.conflict.merge;
    expect(merge !== undefined && 'value' in merge ? merge.value : undefined).toEqual(
      list(['a', 'Veilig opgroeien'], ['b', 'Gezond'], ['c', 'Kansrijk']),
    );
  });

  it('offers no merge for records that are not answers', async () => {
    const r = await rig();
    const v1 = await r.memory.save('partner', aPartner('partner-0001', 'GGD'));
    r.memory.simulateOtherUserEdit('partner', v1.id, (p) => ({ ...p, organisatie: 'GGD regio' }));
    await r.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD stad'), v1.version));
    await settle();
    const state = r.outbox.state(partnerKey);
    expect(state.status === 'conflict' && state.conflict.merge).toBeUndefined();
  });

  it('reports a record someone else removed as a conflict without theirs; mine creates it again', async () => {
    const r = await rig();
    const v1 = await r.memory.save('partner', aPartner('partner-0001', 'GGD'));
    r.memory.simulateOtherUserDelete('partner', v1.id);
    await r.outbox.enqueue(saveChange('partner', aPartner('partner-0001', 'GGD stad'), v1.version));
    await settle();
    const state = r.outbox.state(partnerKey);
    expect(state.status === 'conflict' && state.conflict.theirs).toBeUndefined();
    await r.outbox.resolveConflict(partnerKey, 'mine');
    await settle();
    expect((await storedPartners(r)).map((p) => p.organisatie)).toEqual(['GGD stad']);
  });

  it('a removal that meets an edit by someone else is a conflict too', async () => {
    const r = await rig();
    const v1 = await r.memory.save('partner', aPartner('partner-0001', 'GGD'));
    r.memory.simulateOtherUserEdit('partner', v1.id, (p) => ({ ...p, organisatie: 'GGD regio' }));
    await r.outbox.enqueue(removeChange('partner', v1.id, trajectId, v1.version));
    await settle();
    expect(r.outbox.state(partnerKey).status).toBe('conflict');
    await r.outbox.resolveConflict(partnerKey, 'mine');
    await settle();
    expect(await storedPartners(r)).toEqual([]);
  });
});

describe('Outbox: failures', () => {
  it('stops on PermissionDenied with a typed failure, keeps the change, and sends it on retry()', async () => {
    const r = await rig();
    r.repository.failNext({
      error: new KompasError('PermissionDenied', 'read-only member', { status: 403 }),
    });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'mag dit?')));
    await r.scheduler.runAll();
    expect(r.outbox.state(ambitieKey)).toEqual({ status: 'failed', code: 'PermissionDenied', issues: [] });
    expect(r.store.entries.has(ambitieKey)).toBe(true);
    expect(r.repository.calls).toHaveLength(1);

    const reloaded = await r.reload(); // still kept after a reload, and tried again there
    await settle();
    expect(reloaded.state(ambitieKey).status).toBe('saved');
    expect(textOf(await storedAnswer(r))).toBe('mag dit?');
  });

  it('retry() sends a failed change again', async () => {
    const r = await rig();
    r.repository.failNext({ error: new KompasError('PermissionDenied', 'no access') });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'opnieuw')));
    await settle();
    r.outbox.retry(ambitieKey);
    await settle();
    expect(r.outbox.state(ambitieKey).status).toBe('saved');
  });

  it('stops on Validation with its issues; a new edit is tried again', async () => {
    const r = await rig();
    r.repository.failNext({ error: new KompasError('Validation', 'bad', { issues: ['value: te lang'] }) });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'x'.repeat(10))));
    await settle();
    expect(r.outbox.state(ambitieKey)).toEqual({
      status: 'failed',
      code: 'Validation',
      issues: ['value: te lang'],
    });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'korter')));
    await settle();
    expect(r.outbox.state(ambitieKey).status).toBe('saved');
    expect(textOf(await storedAnswer(r))).toBe('korter');
  });

  it('discard() drops a failed change', async () => {
    const r = await rig();
    r.repository.failNext({ error: new KompasError('Validation', 'bad') });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'weg')));
    await settle();
    await r.outbox.discard(ambitieKey);
    expect(r.outbox.state(ambitieKey).status).toBe('idle');
    expect(r.store.entries.size).toBe(0);
  });

  it('rejects enqueue when the PendingStore cannot keep it, reports it, and still sends it', async () => {
    const errors: unknown[] = [];
    const r = await rig({ onError: (e) => errors.push(e) });
    r.store.failNextPut = new Error('QuotaExceededError');
    await expect(r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'vol')))).rejects.toThrow(
      'QuotaExceededError',
    );
    await settle();
    expect(errors).toHaveLength(1);
    expect(textOf(await storedAnswer(r))).toBe('vol');
  });
});

describe('Outbox: sign-out', () => {
  it('clear() forgets every change here and in the PendingStore, and sends nothing more', async () => {
    const r = await rig();
    const { states } = watch(r);
    r.repository.failNext({ error: network() });
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'privé')));
    await settle();
    await r.outbox.clear();
    expect(r.store.entries.size).toBe(0);
    expect(r.outbox.state(ambitieKey).status).toBe('idle');
    expect(states.at(-1)).toEqual({ status: 'idle' });

    await r.scheduler.runAll();
    r.outbox.online();
    await settle();
    expect(r.repository.calls).toHaveLength(1);
    expect(await storedAnswer(r)).toBeUndefined();
    expect((await r.reload()).pending()).toEqual([]);
  });

  it('ignores the answer to a request sent before clear()', async () => {
    const r = await rig();
    r.repository.hold();
    await r.outbox.enqueue(saveChange('antwoord', textAnswer('2.ambitie', 'onderweg')));
    await settle();
    await r.outbox.clear();
    r.repository.release();
    await settle();
    expect(r.outbox.state(ambitieKey).status).toBe('idle');
    expect(r.store.entries.size).toBe(0);
  });
});
