/**
 * Fakes for the application layer: a scheduler that moves a FakeClock, a PendingStore in memory,
 * and a repository decorator with scripted failures over any TrajectRepository.
 */
import { KompasError } from '../../../shared/domain/errors.ts';
import type { Version } from '../../../shared/domain/ids.ts';
import type { EntityKind, EntityMap, Stored } from '../../../shared/domain/model.ts';
import type { PendingStore } from '../../../shared/ports/pending-store.ts';
import type { ScheduledTask, Scheduler } from '../../../shared/ports/scheduler.ts';
import type { TrajectRepository } from '../../../shared/ports/traject-repository.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';

/** Lets every promise chain that waits on nothing but other promises run to its end. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

interface Task {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
  cancelled: boolean;
}

/** Runs scheduled tasks when a test moves time, never before their time. */
export class ManualScheduler implements Scheduler {
  readonly clock: FakeClock;
  #tasks: Task[] = [];
  #seq = 0;

  constructor(clock = new FakeClock('2026-03-02T09:00:00.000Z')) {
    this.clock = clock;
  }

  now(): number {
    return this.clock.now().getTime();
  }

  schedule(delayMs: number, run: () => void): ScheduledTask {
    const task: Task = { at: this.now() + Math.max(0, delayMs), seq: this.#seq++, run, cancelled: false };
    this.#tasks.push(task);
    return {
      cancel: () => {
        task.cancelled = true;
      },
    };
  }

  /** Tasks still to run. */
  get pending(): number {
    return this.#tasks.filter((t) => !t.cancelled).length;
  }

  /** When the next task runs, if any. */
  get nextAt(): number | undefined {
    const next = this.#next(Infinity);
    return next?.at;
  }

  #next(until: number): Task | undefined {
    let next: Task | undefined;
    for (const t of this.#tasks) {
      if (t.cancelled || t.at > until) continue;
      if (next === undefined || t.at < next.at || (t.at === next.at && t.seq < next.seq)) next = t;
    }
    return next;
  }

  /** Moves time forward, running due tasks in order and letting their promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.now() + ms;
    await settle();
    for (;;) {
      const task = this.#next(end);
      if (task === undefined) break;
      this.#tasks = this.#tasks.filter((t) => t !== task);
      if (task.at > this.now()) this.clock.set(task.at);
      task.run();
      await settle();
    }
    this.clock.set(end);
    await settle();
  }

  /** Runs every task there is (and those they schedule), up to a horizon against endless loops. */
  async runAll(horizonMs = 24 * 3600_000): Promise<void> {
    const horizon = this.now() + horizonMs;
    await settle();
    for (let next = this.nextAt; next !== undefined && next <= horizon; next = this.nextAt) {
      await this.advance(next - this.now());
    }
  }
}

export class MemoryPendingStore implements PendingStore {
  readonly entries = new Map<string, string>();
  /** Makes the next `put` fail, as a full quota would. */
  failNextPut: Error | undefined;

  load(): Promise<ReadonlyMap<string, string>> {
    return Promise.resolve(new Map(this.entries));
  }

  put(key: string, value: string): Promise<void> {
    const failure = this.failNextPut;
    if (failure !== undefined) {
      this.failNextPut = undefined;
      return Promise.reject(failure);
    }
    this.entries.set(key, value);
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.entries.delete(key);
    return Promise.resolve();
  }

  clear(): Promise<void> {
    this.entries.clear();
    return Promise.resolve();
  }
}

export interface Call {
  readonly op: 'save' | 'remove';
  readonly kind: EntityKind;
  readonly id: string;
  readonly expected: Version | undefined;
  readonly at: number;
  /** The saved record, for saves. */
  readonly entity: EntityMap[EntityKind] | undefined;
}

/**
 * What happens to a call. `applied: true` performs it and then loses the answer (the outcome is
 * unknown to the caller: a dropped connection, a timeout).
 */
export interface Fault {
  readonly error: KompasError;
  readonly applied?: boolean;
}

export interface Write {
  /** When it landed, on the same count as `ScriptedRepository.nextOrder()`. */
  readonly order: number;
  readonly key: string;
  readonly op: 'save' | 'remove';
  readonly entity: EntityMap[EntityKind] | undefined;
  readonly version: Version | undefined;
}

export const throttled = (retryAfterMs?: number) =>
  new KompasError(
    'Throttled',
    'too many requests',
    retryAfterMs === undefined ? { status: 429 } : { retryAfterMs, status: 429 },
  );
export const network = () => new KompasError('Network', 'connection lost');

/**
 * A TrajectRepository in front of another one, with failures a test scripts or draws at random,
 * calls held in flight until released, and logs of calls and of what was really written.
 */
export class ScriptedRepository implements TrajectRepository {
  readonly inner: TrajectRepository;
  readonly #scheduler: ManualScheduler;
  readonly calls: Call[] = [];
  readonly writes: Write[] = [];
  /** Calls that arrived while a Retry-After we gave had not yet passed. */
  earlyCalls = 0;
  /** More than one call in flight for the same record at some moment. */
  overlapping = 0;
  #script: { readonly match: (call: Call) => boolean; readonly fault: Fault }[] = [];
  /** Draws a fault for calls the script does not cover (the randomized test). */
  random: ((call: Call) => Fault | undefined) | undefined;
  /** Delay of the answer, through the scheduler. */
  latency: ((call: Call) => number) | undefined;
  #throttledUntil = 0;
  #order = 0;
  #held: (() => void)[] | undefined;
  readonly #inFlight = new Map<string, number>();
  readonly #versions = new Map<string, Version>();

  constructor(inner: TrajectRepository, scheduler: ManualScheduler) {
    this.inner = inner;
    this.#scheduler = scheduler;
  }

  /** The next call matching `match` (any call by default) meets `fault`. */
  failNext(fault: Fault, match: (call: Call) => boolean = () => true): this {
    this.#script.push({ match, fault });
    return this;
  }

  /** Calls from now on wait (after reaching the store) until `release()`. */
  hold(): void {
    this.#held ??= [];
  }

  release(): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const go of held) go();
  }

  get heldCount(): number {
    return this.#held?.length ?? 0;
  }

  listTrajecten(): ReturnType<TrajectRepository['listTrajecten']> {
    return this.inner.listTrajecten();
  }

  openTraject(
    ...args: Parameters<TrajectRepository['openTraject']>
  ): ReturnType<TrajectRepository['openTraject']> {
    return this.inner.openTraject(...args);
  }

  answerHistory(
    ...args: Parameters<TrajectRepository['answerHistory']>
  ): ReturnType<TrajectRepository['answerHistory']> {
    return this.inner.answerHistory(...args);
  }

  save<K extends EntityKind>(
    kind: K,
    entity: EntityMap[K],
    expected?: Version,
  ): Promise<Stored<EntityMap[K]>> {
    const call: Call = { op: 'save', kind, id: entity.id, expected, at: this.#scheduler.now(), entity };
    return this.#handle(call, async () => {
      // The store applies the write when called; its answer comes a tick later.
      const answer = this.inner.save(kind, entity, expected);
      const order = this.nextOrder();
      const stored = await answer;
      this.#noteWrite(call, stored.version, stored, order);
      return stored;
    });
  }

  remove(kind: EntityKind, id: string, expected: Version): Promise<void> {
    const call: Call = { op: 'remove', kind, id, expected, at: this.#scheduler.now(), entity: undefined };
    return this.#handle(call, async () => {
      const answer = this.inner.remove(kind, id, expected);
      const order = this.nextOrder();
      await answer;
      this.#noteWrite(call, undefined, undefined, order);
    });
  }

  /** Another person's edit: bypasses faults and logs. */
  noteExternalVersion(kind: EntityKind, id: string, version: Version | undefined): void {
    const key = `${kind}/${id}`;
    if (version === undefined) this.#versions.delete(key);
    else this.#versions.set(key, version);
  }

  /** A count that orders writes and other people's edits (the in-memory store applies at once). */
  nextOrder(): number {
    return ++this.#order;
  }

  #noteWrite(
    call: Call,
    version: Version | undefined,
    stored: EntityMap[EntityKind] | undefined,
    order: number,
  ): void {
    const key = `${call.kind}/${call.id}`;
    const before = this.#versions.get(key);
    // An idempotent retry returns the stored record unchanged: nothing was written.
    if (call.op === 'save' && version === before) return;
    if (call.op === 'remove' && before === undefined) return;
    if (version === undefined) this.#versions.delete(key);
    else this.#versions.set(key, version);
    this.writes.push({ order, key, op: call.op, entity: stored, version });
  }

  async #handle<T>(call: Call, perform: () => Promise<T>): Promise<T> {
    this.calls.push(call);
    const key = `${call.kind}/${call.id}`;
    if (call.at < this.#throttledUntil) this.earlyCalls++;
    const inFlight = (this.#inFlight.get(key) ?? 0) + 1;
    if (inFlight > 1) this.overlapping++;
    this.#inFlight.set(key, inFlight);
    try {
      const at = this.#script.findIndex((s) => s.match(call));
      const fault = at === -1 ? this.random?.(call) : this.#script.splice(at, 1)[0]?.fault;
      let result: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
      if (fault === undefined || fault.applied === true) {
        try {
          result = { ok: true, value: await perform() };
        } catch (error) {
          result = { ok: false, error };
        }
      }
      const delay = this.latency?.(call) ?? 0;
      if (delay > 0) await new Promise<void>((resolve) => this.#scheduler.schedule(delay, resolve));
      if (this.#held !== undefined) await new Promise<void>((resolve) => this.#held?.push(resolve));
      if (fault !== undefined) {
        if (fault.error.code === 'Throttled') {
          const asked = fault.error.retryAfterMs ?? 0;
          const wait = Number.isFinite(asked) ? asked : 0;
          this.#throttledUntil = Math.max(this.#throttledUntil, this.#scheduler.now() + wait);
        }
        throw fault.error;
      }
      if (result === undefined) throw new Error('unreachable: no fault and no result');
      if (!result.ok) throw result.error;
      return result.value;
    } finally {
      this.#inFlight.set(key, (this.#inFlight.get(key) ?? 1) - 1);
    }
  }
}
