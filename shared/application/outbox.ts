/**
 * The queue of unsaved changes behind autosave, shared by the Teams tab and the Word add-in.
 *
 * Every change is written to a PendingStore before `enqueue` resolves, so an acknowledged edit
 * survives a reload, a closed tab or a lost connection. Changes to one record are sent one at a
 * time and in order; a newer edit of a record that is still waiting replaces the older one but
 * keeps the version it was based on, so a concurrent edit by someone else is still a conflict.
 */
import { isKompasError, KompasError, type ErrorCode } from '../domain/errors.ts';
import type { Version } from '../domain/ids.ts';
import type { EntityKind, Stored } from '../domain/model.ts';
import type { Clock } from '../domain/time.ts';
import type { PendingStore } from '../ports/pending-store.ts';
import type { ScheduledTask, Scheduler } from '../ports/scheduler.ts';
import type { TrajectRepository } from '../ports/traject-repository.ts';
import {
  keyOfChange,
  idOfChange,
  parseEntity,
  parseStored,
  recordKey,
  isSameEdit,
  saveChange,
  issueLines,
  type AnyEntity,
  type Change,
} from './changes.ts';
import { suggestMerge } from './merge.ts';
import { parseEntry, serializeEntry, type InDoubt, type PendingEntryData } from './pending-entry.ts';

/** Two people changed the same record: mine is waiting, theirs is stored. */
export interface Conflict {
  readonly key: string;
  /** The queued change (the latest edit, if more came in while the conflict was open). */
  readonly mine: Change;
  /** What the store holds now; undefined when someone else removed the record. */
  readonly theirs: Stored<AnyEntity> | undefined;
  /** A combination to offer, for answers whose kind allows one (text, list, fields). */
  readonly merge: AnyEntity | undefined;
}

export type ConflictChoice = 'mine' | 'theirs' | { readonly merged: AnyEntity };

/** What the UI shows per record. */
export type RecordState =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  /** `record` is what was stored; absent after a removal. */
  | { readonly status: 'saved'; readonly record?: Stored<AnyEntity> }
  /** Kept and sent again at `retryAt` (epoch ms by the Clock), or sooner for offline after `online()`. */
  | { readonly status: 'queued'; readonly reason: 'offline' | 'throttled'; readonly retryAt: number }
  | { readonly status: 'conflict'; readonly conflict: Conflict }
  /** Stopped; the change stays stored until it is retried, replaced by a new edit or discarded. */
  | { readonly status: 'failed'; readonly code: ErrorCode; readonly issues: readonly string[] };

export type RecordStateListener = (key: string, state: RecordState) => void;

export interface OutboxPorts {
  readonly repository: Pick<TrajectRepository, 'save' | 'remove'>;
  readonly store: PendingStore;
  readonly scheduler: Scheduler;
  readonly clock: Clock;
}

export interface OutboxOptions {
  /** Records sent at the same time (changes to one record are always one at a time). Default 4. */
  readonly maxConcurrent?: number;
  /** Waiting after a network failure doubles from `initialMs` up to `maxMs`. Default 1 s … 60 s. */
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
  /** How long to wait when a Throttled error carries no `retryAfterMs`. Default 10 s. */
  readonly throttledDefaultMs?: number;
  /** Where failures of the PendingStore or of a listener go (the host logs or shows them). */
  readonly onError?: (error: unknown) => void;
}

export interface UnreadableEntry {
  readonly key: string;
  readonly issues: readonly string[];
}

/** What `takeOver` did with the entries a closed page left. */
export interface TakeOverReport {
  /** Records whose change this outbox now sends, oldest first. */
  readonly taken: readonly string[];
  /** Records this page had a change for, not stored yet: this page's change stays, the other is dropped. */
  readonly kept: readonly string[];
  /** Entries that could not be read; they stay stored until clear() (also in `unreadable`). */
  readonly unreadable: readonly UnreadableEntry[];
}

const idle: RecordState = { status: 'idle' };
/** A record's in-doubt requests rarely exceed a handful; beyond this the oldest is forgotten. */
const maxInDoubt = 16;
/** Guards the version lineage against a cycle. */
const maxLineage = 64;

type Halt =
  | { readonly kind: 'conflict'; readonly theirs: Stored<AnyEntity> | undefined }
  | { readonly kind: 'failed'; readonly code: ErrorCode; readonly issues: readonly string[] };

interface Entry {
  readonly key: string;
  readonly seq: number;
  /** The latest wanted change. */
  change: Change;
  /** The stored version `change` applies to; undefined when the record is not stored (yet). */
  base: Version | undefined;
  inDoubt: InDoubt[];
  /** `change` has been sent at least once (or came back from storage) without a known outcome. */
  attempted: boolean;
  sending: Change | undefined;
  halt: Halt | undefined;
}

/** Parses what a PendingStore kept, oldest first; what cannot be read is reported, never guessed at. */
function readEntries(stored: ReadonlyMap<string, string>): {
  readonly restored: PendingEntryData[];
  readonly unreadable: UnreadableEntry[];
} {
  const unreadable: UnreadableEntry[] = [];
  const restored: PendingEntryData[] = [];
  for (const [key, text] of stored) {
    const parsed = parseEntry(key, text);
    if ('problem' in parsed) unreadable.push(parsed.problem);
    else restored.push(parsed.ok);
  }
  return { restored: restored.sort((a, b) => a.seq - b.seq), unreadable };
}

function isAnswerRecord(record: AnyEntity): record is Stored<AnyEntity> & { revisie: number } {
  return 'revisie' in record;
}

export class Outbox {
  readonly #repository: OutboxPorts['repository'];
  readonly #store: PendingStore;
  readonly #scheduler: Scheduler;
  readonly #clock: Clock;
  readonly #maxConcurrent: number;
  readonly #backoff: { readonly initialMs: number; readonly maxMs: number };
  readonly #throttledDefaultMs: number;
  readonly #onError: ((error: unknown) => void) | undefined;

  readonly #entries = new Map<string, Entry>();
  readonly #states = new Map<string, RecordState>();
  readonly #listeners = new Set<RecordStateListener>();
  /** The latest stored record we know of per key: our own writes and theirs from conflicts. */
  readonly #known = new Map<string, Stored<AnyEntity>>();
  /** Per key, which version replaced which ('' = not stored), so an edit based on a version we
   * ourselves replaced is not mistaken for a conflict. */
  readonly #lineage = new Map<string, Map<string, Version>>();

  #seq = 0;
  #inFlight = 0;
  /** Bumped by clear() and dispose(), so answers to requests sent before are ignored. */
  #generation = 0;
  #closed = false;
  #throttledUntil = 0;
  #offlineUntil = 0;
  #offlineFailures = 0;
  #timer: { readonly at: number; readonly task: ScheduledTask } | undefined;
  #storeTail: Promise<void> = Promise.resolve();
  /** Store operations started and not yet settled. */
  #storeBusy = 0;

  readonly #unreadable: UnreadableEntry[];
  #lastError: unknown = undefined;

  private constructor(ports: OutboxPorts, options: OutboxOptions, unreadable: readonly UnreadableEntry[]) {
    this.#repository = ports.repository;
    this.#store = ports.store;
    this.#scheduler = ports.scheduler;
    this.#clock = ports.clock;
    this.#maxConcurrent = Math.max(1, options.maxConcurrent ?? 4);
    this.#backoff = options.backoff ?? { initialMs: 1000, maxMs: 60_000 };
    this.#throttledDefaultMs = options.throttledDefaultMs ?? 10_000;
    this.#onError = options.onError;
    this.#unreadable = [...unreadable];
  }

  /** Restores what the PendingStore kept (from before a reload) and starts sending it. */
  static async open(ports: OutboxPorts, options: OutboxOptions = {}): Promise<Outbox> {
    const { restored, unreadable } = readEntries(await ports.store.load());
    const outbox = new Outbox(ports, options, unreadable);
    for (const data of restored) outbox.#restore(data);
    outbox.#pump();
    return outbox;
  }

  /**
   * Takes in, while running, the unsent changes of a page that closed (issue #4: the store has
   * moved them into this page's namespace, see `LocalPendingStore.watchOrphans`), restored as
   * `open` restores them, and starts sending them. Where this page has a change for the same record
   * (waiting, in conflict, or being sent) that one stays: it is what this page shows, and no clock
   * orders edits made in two windows (each page counts its own seq). The store keeps this page's
   * stored copy itself; it hands such a record over only where this page's copy was not stored
   * (its write still queued, or refused), so the copy here is written back over the other page's.
   */
  takeOver(stored: ReadonlyMap<string, string>): TakeOverReport {
    if (this.#closed) return { taken: [], kept: [], unreadable: [] };
    const { restored, unreadable } = readEntries(stored);
    this.#unreadable.push(...unreadable);
    const taken: string[] = [];
    const kept: string[] = [];
    for (const data of restored) {
      const own = this.#entries.get(data.key);
      if (own === undefined) {
        // Written again: a change of this page that was not stored yet may have been saved, and its
        // key deleted, between the store's move and now.
        this.#persistQuietly(this.#restore(data));
        taken.push(data.key);
      } else {
        // The store moved the other copy in only because this one was not stored (see above).
        this.#persistQuietly(own);
        kept.push(data.key);
      }
    }
    this.#pump();
    return { taken, kept, unreadable };
  }

  /** A change a PendingStore kept, from this page before a reload or from a page that closed. */
  #restore(data: PendingEntryData): Entry {
    // It may have been sent by the page that wrote it: treat it as attempted.
    const entry: Entry = {
      key: data.key,
      seq: data.seq,
      change: data.change,
      base: data.base,
      inDoubt: [...data.inDoubt],
      attempted: true,
      sending: undefined,
      halt: undefined,
    };
    this.#entries.set(data.key, entry);
    this.#seq = Math.max(this.#seq, data.seq);
    return entry;
  }

  /** Entries of the PendingStore that could not be read; they stay stored until clear(). */
  get unreadable(): readonly UnreadableEntry[] {
    return this.#unreadable;
  }

  /**
   * Queues a change. The UI shows it at once; the promise resolves when it is kept in the
   * PendingStore (the edit is then safe) and rejects if it could not be kept.
   */
  enqueue(change: Change): Promise<void> {
    if (this.#closed) return Promise.reject(new KompasError('Unsupported', 'the outbox was disposed'));
    const key = keyOfChange(change);
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = {
        key,
        seq: ++this.#seq,
        change,
        base: this.#resolveBase(key, change.base),
        inDoubt: [],
        attempted: false,
        sending: undefined,
        halt: undefined,
      };
      this.#entries.set(key, entry);
    } else {
      if (entry.attempted) this.#noteInDoubt(entry, entry.change);
      entry.change = change;
      entry.attempted = false;
      // A new edit is a new try; a conflict stays open until someone chooses.
      if (entry.halt?.kind === 'failed') entry.halt = undefined;
    }
    const written = this.#persist(entry);
    this.#pump();
    return written;
  }

  /** The last failure of the PendingStore or a listener (also passed to `onError`). */
  get lastError(): unknown {
    return this.#lastError;
  }

  /** The state of one record (`recordKey(kind, id)`). */
  state(key: string): RecordState {
    return this.#states.get(key) ?? idle;
  }

  /** Calls `listener` on every state change; returns the unsubscribe function. */
  subscribe(listener: RecordStateListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The changes not yet stored, oldest first (after a reload: what the page left behind). */
  pending(): readonly Change[] {
    return [...this.#entries.values()].sort((a, b) => a.seq - b.seq).map((e) => e.change);
  }

  /** The latest stored version of a record that this outbox saw (its own saves, theirs in conflicts). */
  known(kind: EntityKind, id: string): Stored<AnyEntity> | undefined {
    return this.#known.get(recordKey(kind, id));
  }

  /** Counts for a status bar ("3 wijzigingen nog niet opgeslagen"). */
  summary(): { readonly unsaved: number; readonly conflicts: number; readonly failed: number } {
    const entries = [...this.#entries.values()];
    return {
      unsaved: entries.length,
      conflicts: entries.filter((e) => e.halt?.kind === 'conflict').length,
      failed: entries.filter((e) => e.halt?.kind === 'failed').length,
    };
  }

  /**
   * Ends a conflict: 'mine' saves the queued change over theirs, 'theirs' drops mine, and
   * `{ merged }` saves the given record over theirs.
   */
  resolveConflict(key: string, choice: ConflictChoice): Promise<void> {
    const entry = this.#entries.get(key);
    if (entry?.halt?.kind !== 'conflict') {
      return Promise.reject(new KompasError('NotFound', `no conflict open for ${key}`));
    }
    const { theirs } = entry.halt;
    if (choice === 'theirs') {
      if (theirs !== undefined) this.#adopt(entry, theirs);
      return this.#finish(entry, idle);
    }
    let change = entry.change;
    if (choice !== 'mine') {
      if (change.op !== 'save') {
        return Promise.reject(new KompasError('Validation', 'a removal has no merge', { issues: [] }));
      }
      const merged = parseEntity(change.kind, choice.merged);
      if (!merged.success) {
        const issues = issueLines(merged.error);
        return Promise.reject(new KompasError('Validation', `merged ${key} is invalid`, { issues }));
      }
      change = saveChange(change.kind, merged.data);
      if (keyOfChange(change) !== key) {
        const issues = [`id: expected ${idOfChange(entry.change)}`];
        return Promise.reject(new KompasError('Validation', 'merged record has another id', { issues }));
      }
    }
    if (theirs === undefined) {
      entry.base = undefined;
      this.#lineage.delete(key);
    } else {
      this.#adopt(entry, theirs);
    }
    entry.change = change;
    entry.inDoubt = [];
    entry.attempted = false;
    entry.halt = undefined;
    const written = this.#persist(entry);
    this.#pump();
    return written;
  }

  /** Sends a failed change again (after the permission was granted, say). */
  retry(key: string): void {
    const entry = this.#entries.get(key);
    if (entry?.halt?.kind !== 'failed') return;
    entry.halt = undefined;
    this.#pump();
  }

  /** Drops a change that failed or is in conflict; the store keeps what it has. */
  discard(key: string): Promise<void> {
    const entry = this.#entries.get(key);
    if (entry === undefined || entry.sending !== undefined) return Promise.resolve();
    return this.#finish(entry, idle);
  }

  /** The host saw the connection come back: stop waiting out the back-off (never a throttle). */
  online(): void {
    this.#offlineUntil = 0;
    this.#pump();
  }

  /** Sign-out: forgets every change, here and in the PendingStore. */
  async clear(): Promise<void> {
    this.#reset();
    const keys = [...this.#states.keys()];
    this.#states.clear();
    for (const key of keys) this.#emit(key, idle);
    await this.#storeOp(() => this.#store.clear(), true);
  }

  /** The page goes away: stop, keeping the PendingStore as it is for the next page. */
  dispose(): void {
    this.#closed = true;
    this.#reset();
    this.#listeners.clear();
  }

  #reset(): void {
    this.#generation++;
    this.#timer?.task.cancel();
    this.#timer = undefined;
    this.#entries.clear();
    this.#known.clear();
    this.#lineage.clear();
    this.#inFlight = 0;
    this.#throttledUntil = 0;
    this.#offlineUntil = 0;
    this.#offlineFailures = 0;
  }

  // ── sending ──────────────────────────────────────────────────────────────

  #now(): number {
    return this.#clock.now().getTime();
  }

  /** Starts what may be sent now and brings every state up to date. */
  #pump(): void {
    if (this.#closed) return;
    const now = this.#now();
    const blockedUntil = Math.max(this.#throttledUntil, this.#offlineUntil);
    if (now < blockedUntil) {
      this.#wakeAt(blockedUntil, now);
    } else {
      this.#timer?.task.cancel();
      this.#timer = undefined;
      const ready = [...this.#entries.values()]
        .filter((e) => e.sending === undefined && e.halt === undefined)
        .sort((a, b) => a.seq - b.seq);
      for (const entry of ready) {
        if (this.#inFlight >= this.#maxConcurrent) break;
        void this.#send(entry);
      }
    }
    for (const entry of this.#entries.values()) this.#refresh(entry, now);
  }

  /** One timer for the whole outbox: Retry-After applies to the app, not to one record. */
  #wakeAt(at: number, now: number): void {
    if (this.#timer?.at === at) return;
    this.#timer?.task.cancel();
    const task = this.#scheduler.schedule(at - now, () => {
      if (this.#timer?.task !== task) return;
      this.#timer = undefined;
      this.#pump();
    });
    this.#timer = { at, task };
  }

  async #send(entry: Entry): Promise<void> {
    const generation = this.#generation;
    const sent = this.#prepare(entry);
    entry.sending = sent;
    entry.attempted = true;
    this.#inFlight++;
    let outcome:
      | { readonly ok: true; readonly stored: Stored<AnyEntity> | undefined }
      | { readonly ok: false; readonly error: unknown };
    try {
      outcome = { ok: true, stored: await this.#perform(entry, sent, generation) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (generation !== this.#generation) return;
    this.#inFlight--;
    entry.sending = undefined;
    if (outcome.ok) this.#succeeded(entry, sent, outcome.stored);
    else this.#failed(entry, sent, outcome.error);
    this.#pump();
  }

  /** An answer's revisie follows the stored one it replaces (it may have moved on since the edit). */
  #prepare(entry: Entry): Change {
    const { change } = entry;
    const basis = this.#known.get(entry.key);
    if (
      change.op === 'save' &&
      change.kind === 'antwoord' &&
      basis !== undefined &&
      basis.version === entry.base &&
      isAnswerRecord(basis) &&
      change.entity.revisie !== basis.revisie + 1
    ) {
      entry.change = saveChange('antwoord', { ...change.entity, revisie: basis.revisie + 1 }, change.base);
      // Kept as sent, so a page that restores it sends the same record.
      this.#persistQuietly(entry);
    }
    return entry.change;
  }

  async #perform(entry: Entry, sent: Change, generation: number): Promise<Stored<AnyEntity> | undefined> {
    if (sent.op === 'save') return this.#repository.save(sent.kind, sent.entity, entry.base);
    let base = entry.base;
    if (base === undefined) {
      // Removing a record whose create may or may not have landed: the idempotent create of that
      // same content tells us its version (creating it if it never landed), then it goes.
      const probe = entry.inDoubt.findLast((d) => d.op === 'save');
      if (probe === undefined) return undefined;
      const stored = await this.#repository.save(sent.kind, probe.entity, undefined);
      if (generation !== this.#generation) return undefined;
      this.#adopt(entry, stored);
      base = stored.version;
      // Kept before removing: a page that restores this entry after the removal landed must not
      // probe again, which would create the record anew.
      await this.#persist(entry).catch(() => undefined);
      if (generation !== this.#generation) return undefined;
    }
    await this.#repository.remove(sent.kind, sent.id, base);
    return undefined;
  }

  #succeeded(entry: Entry, sent: Change, stored: Stored<AnyEntity> | undefined): void {
    this.#offlineUntil = 0;
    this.#offlineFailures = 0;
    if (sent.op === 'save' && stored !== undefined) {
      this.#adopt(entry, stored);
    } else {
      this.#known.delete(entry.key);
      this.#lineage.delete(entry.key);
      entry.base = undefined;
    }
    entry.inDoubt = [];
    if (entry.change === sent) {
      void this.#finish(
        entry,
        stored === undefined ? { status: 'saved' } : { status: 'saved', record: stored },
      ).catch(() => undefined);
    } else {
      this.#persistQuietly(entry);
    }
  }

  #failed(entry: Entry, sent: Change, error: unknown): void {
    const code: ErrorCode = isKompasError(error) ? error.code : 'Unknown';
    const now = this.#now();
    switch (code) {
      case 'Throttled': {
        const asked = isKompasError(error) ? error.retryAfterMs : undefined;
        // A missing or nonsensical Retry-After must not turn into a retry loop.
        const wait =
          asked !== undefined && Number.isFinite(asked) && asked >= 0 ? asked : this.#throttledDefaultMs;
        this.#noteInDoubt(entry, sent);
        this.#throttledUntil = Math.max(this.#throttledUntil, now + wait);
        this.#persistQuietly(entry);
        return;
      }
      case 'Network': {
        this.#noteInDoubt(entry, sent);
        const wait = Math.min(this.#backoff.initialMs * 2 ** this.#offlineFailures, this.#backoff.maxMs);
        this.#offlineFailures++;
        this.#offlineUntil = Math.max(this.#offlineUntil, now + wait);
        this.#persistQuietly(entry);
        return;
      }
      case 'Conflict':
        this.#conflicted(entry, sent, isKompasError(error) ? error.theirs : undefined);
        return;
      case 'NotFound':
        if (sent.op === 'remove') {
          // Deleting what is gone succeeds.
          this.#succeeded(entry, sent, undefined);
        } else if (entry.base !== undefined && entry.inDoubt.some((d) => d.op === 'remove')) {
          // Our own removal landed after all: what is left to do is a create.
          this.#lineage.delete(entry.key);
          entry.base = undefined;
          entry.inDoubt = [];
          this.#persistQuietly(entry);
        } else if (entry.base !== undefined) {
          entry.halt = { kind: 'conflict', theirs: undefined };
        } else {
          entry.halt = { kind: 'failed', code, issues: [] };
        }
        return;
      case 'PermissionDenied':
      case 'Validation':
      case 'NotProvisioned':
      case 'Unsupported':
      case 'Unknown':
        // An unexpected error says nothing about whether the request landed.
        if (code === 'Unknown') {
          this.#noteInDoubt(entry, sent);
          this.#persistQuietly(entry);
        }
        entry.halt = { kind: 'failed', code, issues: isKompasError(error) ? error.issues : [] };
        return;
    }
  }

  #conflicted(entry: Entry, sent: Change, rawTheirs: unknown): void {
    const theirs = parseStored(sent.kind, rawTheirs);
    if (theirs === undefined) {
      entry.halt = { kind: 'failed', code: 'Conflict', issues: ['the stored record could not be read'] };
      return;
    }
    this.#known.set(entry.key, theirs);
    const isTheirs = (e: AnyEntity) => isSameEdit(e, theirs);
    // Theirs is our own earlier request that landed though its answer was lost.
    if (sent.op === 'save' && isTheirs(sent.entity)) {
      this.#succeeded(entry, sent, theirs);
      return;
    }
    if (entry.inDoubt.some((d) => d.op === 'save' && isTheirs(d.entity))) {
      this.#adopt(entry, theirs);
      entry.inDoubt = [];
      if (entry.change.op === 'save' && isTheirs(entry.change.entity)) {
        void this.#finish(entry, { status: 'saved', record: theirs }).catch(() => undefined);
      } else {
        this.#persistQuietly(entry);
      }
      return;
    }
    entry.halt = { kind: 'conflict', theirs };
  }

  /** The record is stored at `stored.version` now, and the edit applies to that. */
  #adopt(entry: Entry, stored: Stored<AnyEntity>): void {
    let lineage = this.#lineage.get(entry.key);
    if (lineage === undefined) {
      lineage = new Map();
      this.#lineage.set(entry.key, lineage);
    }
    if (entry.base !== stored.version) lineage.set(entry.base ?? '', stored.version);
    entry.base = stored.version;
    this.#known.set(entry.key, stored);
  }

  /** A caller's base may be a version we replaced ourselves since the caller read it. */
  #resolveBase(key: string, base: Version | undefined): Version | undefined {
    const lineage = this.#lineage.get(key);
    let version = base;
    for (let i = 0; lineage !== undefined && i < maxLineage; i++) {
      const next = lineage.get(version ?? '');
      if (next === undefined || next === version) break;
      version = next;
    }
    return version;
  }

  #noteInDoubt(entry: Entry, change: Change): void {
    const doubt: InDoubt = change.op === 'save' ? { op: 'save', entity: change.entity } : { op: 'remove' };
    const known = entry.inDoubt.some((d) =>
      d.op === 'save' && doubt.op === 'save' ? isSameEdit(d.entity, doubt.entity) : d.op === doubt.op,
    );
    if (known) return;
    entry.inDoubt.push(doubt);
    if (entry.inDoubt.length > maxInDoubt) entry.inDoubt.shift();
  }

  /** The record has nothing left to send: forget it here and in the PendingStore. */
  #finish(entry: Entry, state: RecordState): Promise<void> {
    this.#entries.delete(entry.key);
    this.#setState(entry.key, state);
    return this.#storeOp(() => this.#store.delete(entry.key));
  }

  // ── state ────────────────────────────────────────────────────────────────

  #refresh(entry: Entry, now: number): void {
    const { key, halt } = entry;
    if (halt?.kind === 'conflict') {
      const previous = this.#states.get(key);
      if (
        previous?.status === 'conflict' &&
        previous.conflict.mine === entry.change &&
        previous.conflict.theirs === halt.theirs
      ) {
        return;
      }
      const merge = suggestMerge(entry.change, halt.theirs);
      this.#setState(key, {
        status: 'conflict',
        conflict: { key, mine: entry.change, theirs: halt.theirs, merge },
      });
    } else if (halt !== undefined) {
      this.#setState(key, { status: 'failed', code: halt.code, issues: halt.issues });
    } else if (entry.sending === undefined && now < Math.max(this.#throttledUntil, this.#offlineUntil)) {
      const throttled = this.#throttledUntil > now;
      this.#setState(key, {
        status: 'queued',
        reason: throttled ? 'throttled' : 'offline',
        retryAt: Math.max(this.#throttledUntil, this.#offlineUntil),
      });
    } else {
      this.#setState(key, { status: 'saving' });
    }
  }

  #setState(key: string, state: RecordState): void {
    const previous = this.#states.get(key);
    if (previous !== undefined && sameState(previous, state)) return;
    this.#states.set(key, state);
    this.#emit(key, state);
  }

  #emit(key: string, state: RecordState): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(key, state);
      } catch (error) {
        this.#report(error);
      }
    }
  }

  // ── storage ──────────────────────────────────────────────────────────────

  #persist(entry: Entry): Promise<void> {
    const text = serializeEntry(entry);
    return this.#storeOp(() => this.#store.put(entry.key, text));
  }

  /** For writes nobody waits for: a failure reaches `onError` through the store queue. */
  #persistQuietly(entry: Entry): void {
    void this.#persist(entry).catch(() => undefined);
  }

  /**
   * Store operations run one after another, so a later write never overtakes an earlier one. When
   * none is running, one starts at once rather than a microtask later: an edit flushed while the
   * page is being hidden or closed then reaches a synchronous store (localStorage) before the
   * event handler returns, whatever the browser does with microtasks afterwards.
   */
  #storeOp(op: () => Promise<void>, evenWhenDisposed = false): Promise<void> {
    // A disposed outbox is a closed page: what it had not written yet is not written.
    const start = () => (this.#closed && !evenWhenDisposed ? undefined : op());
    // The executor runs synchronously; a throw in it becomes the rejection.
    const run =
      this.#storeBusy === 0 ? new Promise<void>((resolve) => resolve(start())) : this.#storeTail.then(start);
    this.#storeBusy++;
    this.#storeTail = run
      .then(
        () => undefined,
        (error: unknown) => this.#report(error),
      )
      .then(() => {
        this.#storeBusy--;
      });
    return run;
  }

  #report(error: unknown): void {
    this.#lastError = error;
    this.#onError?.(error);
  }
}

function sameState(a: RecordState, b: RecordState): boolean {
  switch (a.status) {
    case 'idle':
    case 'saving':
      return a.status === b.status;
    case 'saved':
      return b.status === 'saved' && a.record === b.record;
    case 'queued':
      return b.status === 'queued' && a.reason === b.reason && a.retryAt === b.retryAt;
    case 'conflict':
      return b.status === 'conflict' && a.conflict === b.conflict;
    case 'failed':
      return b.status === 'failed' && a.code === b.code && a.issues.join('\n') === b.issues.join('\n');
  }
}
