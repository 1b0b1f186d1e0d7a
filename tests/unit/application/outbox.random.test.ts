/**
 * Hundreds of seeded random sequences of edits, removals, reloads, other people's edits, conflict
 * choices and failures (throttling, lost connections, answers lost after the write landed).
 * The oracle: every acknowledged edit ends stored or shown as a conflict; none is lost, none is
 * written twice, and no older edit is written after a newer one. A failure prints its seed.
 * KOMPAS_SEED=<n> runs other seeds; KOMPAS_TRACE=<steps> prints more of a failing sequence and
 * what each batch went through.
 */
import { describe, expect, it } from 'vitest';
import { recordKey, removeChange, saveChange, type Change } from '../../../shared/application/changes.ts';
import type { Outbox } from '../../../shared/application/outbox.ts';
import { isKompasError, KompasError } from '../../../shared/domain/errors.ts';
import type { Version } from '../../../shared/domain/ids.ts';
import { antwoordId, type EntityMap, type EntityKind } from '../../../shared/domain/model.ts';
import { network, throttled, type Fault } from './fakes.ts';
import { aPartner, rig, textAnswer, trajectId, type Rig } from './fixtures.ts';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const questions = ['2.ambitie', '2.doelgroepen', '2.resultaten'] as const;
const partnerIds = ['partner-0001', 'partner-0002'] as const;
const answerKey = (q: string) => recordKey('antwoord', antwoordId(trajectId, q));
const partnerKey = (id: string) => recordKey('partner', id);
const keys = [...questions.map(answerKey), ...partnerIds.map(partnerKey)];
const removed = '∅';

/** What a record holds, as one token: the answer text, the partner's name, or ∅ when absent. */
function tokenOf(entity: EntityMap[EntityKind] | undefined): string {
  if (entity === undefined) return removed;
  if ('organisatie' in entity) return entity.organisatie;
  if ('value' in entity && entity.value.kind === 'text') return entity.value.text;
  throw new Error(`unexpected record ${JSON.stringify(entity)}`);
}

const tokenOfChange = (change: Change) => (change.op === 'save' ? tokenOf(change.entity) : removed);

async function storedToken(r: Rig, key: string): Promise<{ token: string; version: Version | undefined }> {
  const snapshot = await r.memory.openTraject(trajectId);
  const record = [...snapshot.antwoorden, ...snapshot.partners].find(
    (x) => key === ('questionId' in x ? answerKey(x.questionId) : partnerKey(x.id)),
  );
  return { token: tokenOf(record), version: record?.version };
}

interface Options {
  readonly seed: number;
  readonly faultRate: number;
  readonly maxConcurrent: number;
  readonly steps: number;
}

/** What a batch of sequences went through, so the test can tell it was not vacuous. */
interface Seen {
  conflicts: number;
  reloads: number;
  lostAnswers: number;
  throttles: number;
  removals: number;
  merges: number;
}

async function runSequence({ seed, faultRate, maxConcurrent, steps }: Options, seen: Seen): Promise<void> {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const r = await rig({ maxConcurrent });
  // Half the sequences never reload, so the checks that hold only within one page apply to them.
  const reloading = random() < 0.5;
  const log: string[] = [];
  let n = 0;

  // The oracle's model: what the person last asked for per record (undefined after choosing theirs),
  // every token they asked for in order, and other people's edits by position in the write log.
  const intent = new Map<string, string | undefined>();
  const asked = new Map<string, string[]>();
  const external: { key: string; at: number }[] = [];
  // What the UI believes each record's version is: from saved states and from reopening.
  const uiVersion = new Map<string, Version | undefined>();
  let reloads = 0;

  const ask = (key: string, token: string) => {
    intent.set(key, token);
    asked.set(key, [...(asked.get(key) ?? []), token]);
  };
  // A conflict is real only if what is stored is someone else's edit, not our own.
  const externalTokens = new Set<string>();
  const falseConflicts: string[] = [];
  const follow = (outbox: Outbox) =>
    outbox.subscribe((key, state) => {
      if (state.status === 'saved') uiVersion.set(key, state.record?.version);
      if (state.status === 'conflict') {
        seen.conflicts++;
        const theirs = tokenOf(state.conflict.theirs);
        if (!externalTokens.has(theirs)) falseConflicts.push(`${key}: theirs ${theirs}`);
      }
    });
  follow(r.outbox);

  r.repository.random = (): Fault | undefined => {
    if (random() >= faultRate) return undefined;
    const roll = random();
    if (roll < 0.4) {
      seen.throttles++;
      return { error: throttled(100 + Math.floor(random() * 3000)) };
    }
    if (roll < 0.65) return { error: network() };
    if (roll < 0.9) {
      seen.lostAnswers++;
      return { error: network(), applied: true };
    }
    if (roll < 0.95) return { error: new KompasError('PermissionDenied', 'no access for now') };
    return { error: new KompasError('Unknown', 'gateway hiccup'), applied: random() < 0.5 };
  };
  r.repository.latency = () => (random() < 0.3 ? Math.floor(random() * 400) : 0);

  const step = async () => {
    const roll = random();
    if (roll < 0.35) {
      const q = pick(questions);
      const key = answerKey(q);
      const token = `u${++n}`;
      log.push(`edit ${key} ${token}`);
      await r.outbox.enqueue(saveChange('antwoord', textAnswer(q, token), uiVersion.get(key)));
      ask(key, token);
    } else if (roll < 0.5) {
      const id = pick(partnerIds);
      const key = partnerKey(id);
      if (random() < 0.3 && uiVersion.get(key) !== undefined) {
        log.push(`remove ${key}`);
        await r.outbox.enqueue(removeChange('partner', id, trajectId, uiVersion.get(key)));
        ask(key, removed);
        seen.removals++;
      } else {
        const token = `u${++n}`;
        log.push(`save ${key} ${token}`);
        await r.outbox.enqueue(saveChange('partner', aPartner(id, token), uiVersion.get(key)));
        ask(key, token);
      }
    } else if (roll < 0.56) {
      // Someone else edits a record that exists.
      const key = pick(keys);
      const [kind, id] = key.split('/') as [EntityKind, string];
      const current = await storedToken(r, key);
      if (current.token === removed) return;
      const token = `o${++n}`;
      log.push(`other ${key} ${token}`);
      let stored;
      try {
        stored =
          kind === 'partner'
            ? r.memory.simulateOtherUserEdit('partner', id, (p) => ({ ...p, organisatie: token }))
            : r.memory.simulateOtherUserEdit('antwoord', id, (a) => ({
                ...a,
                value: { kind: 'text', text: token },
              }));
      } catch (error) {
        // Removed by the outbox while we looked: nothing for them to edit.
        if (isKompasError(error, 'NotFound')) return;
        throw error;
      }
      r.repository.noteExternalVersion(kind, id, stored.version);
      externalTokens.add(token);
      external.push({ key, at: r.repository.nextOrder() });
    } else if (roll < 0.8) {
      const ms = Math.floor(random() * 4000);
      log.push(`advance ${ms}`);
      await r.scheduler.advance(ms);
    } else if (roll < 0.85) {
      if (!reloading) return;
      log.push('reload');
      reloads++;
      seen.reloads++;
      follow(await r.reload());
      for (const key of keys) uiVersion.set(key, (await storedToken(r, key)).version);
    } else if (roll < 0.9) {
      log.push('online');
      r.outbox.online();
    } else {
      for (const key of keys) {
        const state = r.outbox.state(key);
        if (state.status === 'failed' && random() < 0.5) {
          log.push(`retry ${key}`);
          r.outbox.retry(key);
        }
        if (state.status !== 'conflict' || random() < 0.3) continue;
        const { conflict } = state;
        const choice = random();
        if (choice < 0.35) {
          log.push(`mine ${key}`);
          await r.outbox.resolveConflict(key, 'mine');
        } else if (choice < 0.7 || conflict.merge === undefined) {
          log.push(`theirs ${key}`);
          await r.outbox.resolveConflict(key, 'theirs');
          intent.set(key, undefined);
          uiVersion.set(key, conflict.theirs?.version);
        } else {
          log.push(`merged ${key}`);
          await r.outbox.resolveConflict(key, { merged: conflict.merge });
          ask(key, tokenOf(conflict.merge));
          seen.merges++;
        }
      }
    }
  };

  try {
    for (let i = 0; i < steps; i++) await step();
    // The weather clears: no more failures; everything that can be sent is sent.
    r.repository.random = undefined;
    r.repository.latency = undefined;
    for (let round = 0; round < 4; round++) {
      for (const key of keys) r.outbox.retry(key);
      r.outbox.online();
      await r.scheduler.runAll();
    }

    expect(falseConflicts, 'conflicts with our own writes').toEqual([]);
    const conflicts: string[] = [];
    for (const key of keys) {
      const state = r.outbox.state(key);
      const want = intent.get(key);
      const ours = r.repository.writes.flatMap((w) =>
        w.key === key ? [{ token: tokenOf(w.entity), at: w.order }] : [],
      );

      // Written in the order asked, each once: a subsequence of what was asked. Writing the same
      // edit again is right only after someone else overwrote it (the person chose mine).
      const order = asked.get(key) ?? [];
      let cursor = 0;
      let previous: { token: string; at: number } | undefined;
      for (const write of ours) {
        const rewrite =
          previous?.token === write.token &&
          external.some((e) => e.key === key && e.at > (previous?.at ?? 0) && e.at <= write.at);
        if (!rewrite) {
          const found = order.indexOf(write.token, cursor);
          const wrote = ours.map((o) => o.token).join(',');
          expect(
            found,
            `${key}: wrote ${write.token} out of order or twice; asked ${order.join(',')}; wrote ${wrote}`,
          ).toBeGreaterThanOrEqual(0);
          cursor = found + 1;
        }
        previous = write;
      }

      expect(['idle', 'saved', 'conflict'], `${key} ended ${state.status}`).toContain(state.status);
      if (state.status === 'conflict') {
        conflicts.push(key);
        expect(tokenOfChange(state.conflict.mine), `${key}: conflict shows another edit`).toBe(want);
        continue;
      }
      if (want === undefined) continue;
      const last = ours.at(-1);
      if (want === removed) {
        // Nothing of it may remain, unless it never got stored at all.
        expect(last === undefined || last.token === removed, `${key}: not removed`).toBe(true);
        expect((await storedToken(r, key)).token, `${key}: still stored`).toBe(removed);
        continue;
      }
      expect(last?.token, `${key}: the last acknowledged edit was never stored`).toBe(want);
      const overwritten = external.some((e) => e.key === key && e.at > (last?.at ?? -1));
      if (!overwritten) expect((await storedToken(r, key)).token, `${key}: store lost the edit`).toBe(want);
    }

    // Only conflicts are left, and they are still kept for the next page.
    expect([...r.store.entries.keys()].sort()).toEqual(conflicts.sort());
    if (reloads === 0) {
      expect(r.repository.overlapping, 'two requests for one record at once').toBe(0);
      if (maxConcurrent === 1) expect(r.repository.earlyCalls, 'a retry before Retry-After').toBe(0);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `seed ${seed} (faultRate ${faultRate}, maxConcurrent ${maxConcurrent}) failed: ${message}\n` +
        `last steps:\n  ${log.slice(-Number(process.env['KOMPAS_TRACE'] ?? 25)).join('\n  ')}`,
      { cause: error },
    );
  } finally {
    r.outbox.dispose();
  }
}

const baseSeed = Number(process.env['KOMPAS_SEED'] ?? 20260302);

describe('Outbox under random sequences', () => {
  it.each([
    { faultRate: 0.2, maxConcurrent: 1 },
    { faultRate: 0.5, maxConcurrent: 1 },
    { faultRate: 0.2, maxConcurrent: 3 },
    { faultRate: 0.5, maxConcurrent: 3 },
  ])('loses and duplicates nothing (faults $faultRate, concurrency $maxConcurrent)', async (config) => {
    const seen: Seen = { conflicts: 0, reloads: 0, lostAnswers: 0, throttles: 0, removals: 0, merges: 0 };
    for (let i = 0; i < 100; i++) {
      await runSequence({ ...config, seed: baseSeed + i * 7919, steps: 50 }, seen);
    }
    if (process.env['KOMPAS_TRACE']) console.log(config, seen);
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
  });
});
