/**
 * Model-based fault test: fast-check generates scenarios in which 2–5 people edit one traject at
 * once, each with their own Outbox and PendingStore over the real GraphTrajectRepository (own
 * token) against the Graph emulator, while the emulator throttles (429/503 at 20% or 50%),
 * drops responses after applying the request, and two people edit one record from one version.
 * People reload mid-save and choose mine, theirs or the merge in conflicts.
 *
 * After the weather clears and everything drains, the oracle reads the emulator's store:
 * - every acknowledged edit (enqueue or resolveConflict resolved) is stored, unless that
 *   person's outbox still shows a conflict for it (kept in the PendingStore);
 * - each record's final value is its author's last acknowledged edit;
 * - no update was lost: every stored version was written on top of the version before it;
 * - nothing is duplicated (one item per KompasId);
 * - no conflict is shown with the person's own earlier edit;
 * - what the transport gave up on stays queued, and what is left is what the PendingStore holds;
 * - no retry leaves before its Retry-After has passed, as the client saw it on the wire and as the
 *   emulator counted it (`earlyRetries`, per request: the same request back before its wait).
 *
 * Scenarios run in lanes, each lane on its own emulator (started once, its tenant restored
 * between scenarios), so waiting out Retry-After in one lane overlaps with work in another.
 * KOMPAS_SEED=<n> fixes the seed (lane i uses n + i); a failure prints the command that replays
 * it (KOMPAS_SEED, KOMPAS_PATH and KOMPAS_REPLAY: fast-check's seed, path and commands' replay
 * path). KOMPAS_RUNS=<n> runs more scenarios, KOMPAS_LANES=<n> changes the lanes (default 10),
 * KOMPAS_TRACE=1 prints what the run went through.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyOfChange, recordKey, type AnyEntity } from '../../shared/application/changes.ts';
import { Outbox, type ConflictChoice } from '../../shared/application/outbox.ts';
import { saveAnswer } from '../../shared/application/use-cases/antwoorden.ts';
import { saveActie, saveIndicator } from '../../shared/application/use-cases/records.ts';
import { getEdition } from '../../shared/content/index.ts';
import { isKompasError } from '../../shared/domain/errors.ts';
import { TrajectIdSchema, type TrajectId, type Version } from '../../shared/domain/ids.ts';
import {
  antwoordId,
  entitySchemas,
  type EntityKind,
  type EntityMap,
  type Stored,
} from '../../shared/domain/model.ts';
import type { Clock } from '../../shared/domain/time.ts';
import { sameContent, type GraphTrajectRepository } from '../../shared/graph/graph-repository.ts';
import { listDefinitions } from '../../shared/graph/lists/index.ts';
import { decodeVersion, encodeVersion } from '../../shared/graph/version.ts';
import type { Scheduler } from '../../shared/ports/scheduler.ts';
import type { TrajectRepository } from '../../shared/ports/traject-repository.ts';
import type { Snapshot } from '../../devtools/graph-emulator/model.ts';
import { startStoreHarness, type StoreHarness } from '../contract/graph-harness.ts';
import { MemoryPendingStore } from '../unit/application/fakes.ts';

/** At least 1,000 per `npm test`; KOMPAS_RUNS=<n> runs more (a soak). */
const TOTAL_RUNS = Math.max(1000, Number(process.env['KOMPAS_RUNS'] ?? 1000));
const envSeed = process.env['KOMPAS_SEED'];
const envPath = process.env['KOMPAS_PATH'];
const envReplay = process.env['KOMPAS_REPLAY'];
/** Per lane, shrinking included: a run far over this is too slow to keep in `npm test`. */
const TIME_LIMIT_MS = 100_000;
/** A replay runs the one lane it names; otherwise the runs are spread over the lanes. */
const LANES = envPath === undefined ? Math.max(1, Number(process.env['KOMPAS_LANES'] ?? 10)) : 1;
const baseSeed = envSeed === undefined ? Math.floor(Math.random() * 0x7fffffff) : Number(envSeed);

const SEEDER = 'seed@voorbeeldstad.nl';
const PEOPLE = ['anna', 'bram', 'chris', 'dewi', 'eva'].map((n) => `${n}@voorbeeldstad.nl`);
/** A text question and a list question of bouwsteen 1B/2. */
const QUESTIONS = ['2.ambitie', '1B.ambities'] as const;
type Kind = 'antwoord' | 'indicator' | 'actie';
const KINDS: readonly Kind[] = ['antwoord', 'indicator', 'actie'];

const systemClock: Clock = { now: () => new Date() };
/** The hosts' scheduler: real timers. */
const timeoutScheduler: Scheduler = {
  schedule(delayMs, task) {
    const handle = setTimeout(task, Math.max(0, delayMs));
    return { cancel: () => clearTimeout(handle) };
  },
};
/** Which save a request on the wire belongs to. */
const saveCall = new AsyncLocalStorage<number>();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---- what a scenario records ---------------------------------------------------------------

interface SaveCall {
  readonly user: string;
  readonly kind: EntityKind;
  readonly entity: AnyEntity;
  readonly expected: Version | undefined;
}

/** What the whole run went through, so a green run is known not to be vacuous. */
const seen = {
  scenarios: 0,
  rate20: 0,
  rate50: 0,
  drops: 0,
  clashes: 0,
  conflicts: 0,
  reloads: 0,
  mine: 0,
  theirs: 0,
  merged: 0,
  gaveUp: 0,
  faultsInjected: 0,
  throttled: 0,
  /** Requests for other records a person sent while a Retry-After given to them ran (allowed). */
  sentDuringRetryAfter: 0,
};

/** One person: a page with an outbox; reloading replaces the page, the PendingStore stays. */
interface Person {
  readonly email: string;
  readonly store: MemoryPendingStore;
  /** The person's own Graph store (own token); every page's saves go through it. */
  readonly graph: GraphTrajectRepository;
  outbox: Outbox;
  /** What the person's screen shows: read when the page opened, then what the outbox learns. */
  loaded: Map<string, Stored<AnyEntity>>;
  edits: number;
}

/** A request on the wire and its answer. */
interface Wire {
  readonly user: string;
  /** The save whose request it was. */
  readonly call: number | undefined;
  readonly start: number;
  readonly end: number;
  readonly method: string;
  readonly path: string;
  readonly status: number | 'no answer';
  readonly retryAfter: string | null;
}

/** A request that may have come while a Retry-After was running, and how it came to be sent. */
interface Early {
  readonly request: Wire;
  readonly kind: 'retry' | 'another' | 'on its way';
  readonly text: string;
}

/** Only the counts commands need to decide whether they apply. */
interface Model {
  readonly people: number;
}

// ---- one lane: an emulator, reset between scenarios ----------------------------------------

class Lane {
  #baseline: Snapshot | undefined;
  /** Property runs so far; before the first failure, run n replays with fast-check's `path: n`. */
  runIndex = 0;
  failed = false;
  /** Scenarios running; fast-check stops waiting for one when its time limit interrupts it. */
  active = 0;

  constructor(
    readonly index: number,
    readonly seed: number,
    readonly h: StoreHarness,
  ) {}

  /** The provisioned, empty team site, to restore before every scenario. */
  remember(): void {
    for (const person of [...PEOPLE, SEEDER]) this.h.store.addMember(this.h.groupId, person);
    this.#baseline = structuredClone(this.h.store.snapshot());
  }

  async begin(run: number, people: number): Promise<Scenario> {
    if (this.#baseline === undefined) throw new Error('lane not prepared');
    this.h.store.restore(structuredClone(this.#baseline));
    await this.h.clearFaults();
    await this.h.resetStats();
    const scenario = new Scenario(this, `l${this.index}r${run}`);
    await scenario.start(people);
    return scenario;
  }
}

class Scenario {
  readonly trajectId: TrajectId;
  readonly people: Person[] = [];
  readonly calls: SaveCall[] = [];
  readonly log: string[] = [];
  readonly violations: string[] = [];
  /** Per person (email) and record key: the last acknowledged edit; undefined after choosing theirs. */
  readonly acked = new Map<string, Map<string, AnyEntity | undefined>>();
  /** Indicators and acties anyone may edit (seeded or created). */
  readonly records: { kind: 'indicator' | 'actie'; id: string }[] = [];
  readonly wire: Wire[] = [];
  /** Every conflict a person was shown, with what the store held then. */
  readonly conflicts: { email: string; key: string; theirs: AnyEntity }[] = [];
  readonly started = Date.now();
  /** Requests that arrived before their Retry-After, by the emulator's count. */
  earlyRetries = 0;
  inFlight = 0;
  #saves = 0;
  /** The Retry-After the emulator gives now. */
  retryAfterSeconds = 0.05;
  #ids = 0;

  constructor(
    readonly lane: Lane,
    readonly tag: string,
  ) {
    this.trajectId = TrajectIdSchema.parse(`traject-${tag}`);
  }

  get h(): StoreHarness {
    return this.lane.h;
  }

  async start(count: number): Promise<void> {
    this.seed();
    for (const email of PEOPLE.slice(0, count)) {
      const graph = this.h.repo({
        user: email,
        retry: { baseDelayMs: 20, maxDelayMs: 100 },
        fetch: (input, init) => this.onWire(email, input, init),
      });
      const store = new MemoryPendingStore();
      const page = await this.openPage(email, store, graph);
      this.people.push({ email, store, graph, outbox: page, loaded: this.readAll(), edits: 0 });
      this.acked.set(email, new Map());
    }
  }

  /** The traject as it stood before anyone opened it: written straight into the emulator's store. */
  private seed(): void {
    const t = this.trajectId;
    const put = <K extends Kind | 'traject'>(kind: K, entity: EntityMap[K]) => {
      const fields = Object.fromEntries(
        Object.entries(listDefinitions[kind].toFields(entity)).filter(([, v]) => v !== null),
      );
      this.h.store.createItem(this.h.siteId, listDefinitions[kind].listName, fields, { by: SEEDER });
    };
    put(
      'traject',
      entitySchemas.traject.parse({
        id: t,
        naam: 'Samen tegen grensoverschrijdend gedrag',
        gemeente: 'Voorbeeldstad',
        editie: 'sgg',
        aangemaakt: '2026-03-01T10:00:00Z',
      }),
    );
    put(
      'antwoord',
      entitySchemas.antwoord.parse({
        id: antwoordId(t, '2.ambitie'),
        trajectId: t,
        questionId: '2.ambitie',
        value: { kind: 'text', text: 'Alle kinderen groeien veilig op' },
        auteur: SEEDER,
        gewijzigd: '2026-03-01T10:00:00Z',
        revisie: 1,
      }),
    );
    const indicator = entitySchemas.indicator.parse({
      id: `ind-${this.tag}-seed`,
      trajectId: t,
      soort: 'indicator',
      naam: 'Meldingen van grensoverschrijdend gedrag',
    });
    const actie = entitySchemas.actie.parse({
      id: `act-${this.tag}-seed`,
      trajectId: t,
      tekst: 'Plan een gesprek met de scholen',
      herkomst: { soort: 'bouwsteen', bouwsteen: '3B' },
      aangemaakt: '2026-03-01T10:00:00Z',
    });
    put('indicator', indicator);
    put('actie', actie);
    this.records.push({ kind: 'indicator', id: indicator.id }, { kind: 'actie', id: actie.id });
  }

  /**
   * A page: an outbox over the person's PendingStore and Graph store. Its saves are logged, so
   * the oracle can tell what each stored version was based on, and each save's requests carry
   * the save's number, so a retry on the wire is told from another request.
   */
  async openPage(email: string, store: MemoryPendingStore, graph: GraphTrajectRepository): Promise<Outbox> {
    // The page's outbox, once open (its saves start only after).
    const self: { page?: Outbox } = {};
    const repository: Pick<TrajectRepository, 'save' | 'remove'> = {
      save: async <K extends EntityKind>(kind: K, entity: EntityMap[K], expected?: Version) => {
        this.calls.push({ user: email, kind, entity, expected });
        this.inFlight++;
        try {
          return await saveCall.run(++this.#saves, () => graph.save(kind, entity, expected));
        } catch (error) {
          if (isKompasError(error, 'Throttled'))
            this.afterGivingUp(email, self.page, recordKey(kind, entity.id));
          throw error;
        } finally {
          this.inFlight--;
        }
      },
      remove: (kind, id, expected) => graph.remove(kind, id, expected),
    };
    const page = await Outbox.open(
      { repository, store, scheduler: timeoutScheduler, clock: systemClock },
      // The hosts' defaults, with a short network back-off to keep runs quick.
      { backoff: { initialMs: 5, maxMs: 40 } },
    );
    self.page = page;
    page.subscribe((key, state) => {
      if (state.status !== 'conflict') return;
      seen.conflicts++;
      this.log.push(`  ${email} sees a conflict on ${key}`);
      const { theirs } = state.conflict;
      if (theirs !== undefined) this.conflicts.push({ email, key, theirs });
    });
    return page;
  }

  /** The transport gave up on a throttled request: the change must stay visible as queued. */
  private afterGivingUp(email: string, page: Outbox | undefined, key: string): void {
    seen.gaveUp++;
    const person = this.people.find((p) => p.email === email);
    setImmediate(() => {
      // A page that went away shows nothing; the next page restores the change itself.
      if (page === undefined || person?.outbox !== page) return;
      const state = page.state(key);
      if (state.status !== 'queued') {
        this.violations.push(`${email} ${key}: after giving up the change shows ${state.status}, not queued`);
      }
    });
  }

  /** Every request on the wire with its answer, for the scenario's story and the early-request diagnosis. */
  private async onWire(email: string, input: string, init: RequestInit): Promise<Response> {
    const start = Date.now();
    const method = init.method ?? 'GET';
    const path = new URL(input).pathname.replace(/^.*\/lists\//, '');
    const note = (status: number | 'no answer', retryAfter: string | null) => {
      const ms = Date.now() - this.started;
      const call = saveCall.getStore();
      this.wire.push({ user: email, call, start, end: Date.now(), method, path, status, retryAfter });
      this.log.push(
        `    ${ms} ms: ${email} ${method} ${path} → ${status}${retryAfter === null ? '' : ` (Retry-After ${retryAfter})`}`,
      );
    };
    try {
      const response = await fetch(input, init);
      note(response.status, response.headers.get('retry-after'));
      if (response.status === 429 || response.status === 503) seen.throttled++;
      return response;
    } catch (error) {
      note('no answer', null);
      throw error;
    }
  }

  /**
   * The person's requests that may have reached the emulator while a Retry-After it gave them
   * was running, as the client saw them: a retry of the throttled request (same save, same
   * request), another request sent after the answer came, or one already on its way then.
   */
  earlyRequests(): Early[] {
    const out: Early[] = [];
    for (const throttled of this.wire) {
      if (throttled.retryAfter === null) continue;
      const until = throttled.end + Number(throttled.retryAfter) * 1000 - 20;
      for (const request of this.wire) {
        if (request === throttled || request.user !== throttled.user) continue;
        // It reached the emulator after the fault was given and before the Retry-After ran out.
        if (request.end < throttled.start || request.start >= until) continue;
        const same =
          request.call === throttled.call &&
          request.method === throttled.method &&
          request.path === throttled.path;
        const kind = request.start < throttled.end ? 'on its way' : same ? 'retry' : 'another';
        out.push({
          request,
          kind,
          text:
            `${request.user} ${request.method} ${request.path} (${kind}) left ${request.start - throttled.end} ms ` +
            `after ${throttled.method} ${throttled.path} got ${throttled.status}, Retry-After ${throttled.retryAfter} s`,
        });
      }
    }
    return out;
  }

  person(index: number): Person {
    const person = this.people[index % this.people.length];
    if (person === undefined) throw new Error('no people in this scenario');
    return person;
  }

  /** A value no other edit has, so the store shows whose edit it is. */
  token(person: Person): string {
    return `${person.email.split('@')[0] ?? ''}#${++person.edits}`;
  }

  ack(person: Person, kind: EntityKind, entity: AnyEntity | undefined, id: string): void {
    this.acked.get(person.email)?.set(recordKey(kind, id), entity);
  }

  /** What the person's screen holds for a record: the outbox's latest, else what the page read. */
  view<K extends Kind>(person: Person, kind: K, id: string): Stored<EntityMap[K]> | undefined {
    const known = person.outbox.known(kind, id) ?? person.loaded.get(recordKey(kind, id));
    if (known === undefined) return undefined;
    const parsed = entitySchemas[kind].safeParse(withoutVersion(known));
    return parsed.success ? { ...parsed.data, version: known.version } : undefined;
  }

  ctx(person: Person) {
    return {
      outbox: person.outbox,
      clock: systemClock,
      user: { upn: person.email },
      edition: getEdition,
      ids: { next: () => `rec-${this.tag}-${++this.#ids}` },
    };
  }

  /** The store as a page that opens now reads it (in process: reading is not what is tested). */
  readAll(): Map<string, Stored<AnyEntity>> {
    const out = new Map<string, Stored<AnyEntity>>();
    for (const kind of KINDS) {
      for (const record of this.stored(kind)) out.set(recordKey(kind, record.id), record);
    }
    return out;
  }

  stored<K extends Kind>(kind: K): Stored<EntityMap[K]>[] {
    const def = listDefinitions[kind];
    return this.h.store.items(this.h.siteId, def.listName).flatMap((item) => {
      if (item.fields['TrajectId'] !== this.trajectId) return [];
      const decoded = def.toDomain(item.fields, item.id);
      return 'ok' in decoded ? [{ ...decoded.ok, version: encodeVersion(item.id, item.eTag) }] : [];
    });
  }

  storedOne<K extends Kind>(kind: K, id: string): Stored<EntityMap[K]> | undefined {
    return this.stored(kind).find((r) => r.id === id);
  }

  // ---- the end: drain, resolve what is left, check ------------------------------------------

  /** Waits until only conflicts are left and no request is on its way; false when time ran out. */
  async drain(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    for (;;) {
      for (const p of this.people) p.outbox.online();
      const busy = this.people.some((p) =>
        p.outbox.pending().some((change) => {
          const status = p.outbox.state(keyOfChange(change)).status;
          return status !== 'conflict' && status !== 'failed';
        }),
      );
      if (!busy && this.inFlight === 0) return true;
      if (Date.now() > deadline) return false;
      await sleep(5);
    }
  }

  async resolve(person: Person, pick: number, choice: 'mine' | 'theirs' | 'merged'): Promise<boolean> {
    const open = person.outbox
      .pending()
      .map(keyOfChange)
      .filter((key) => person.outbox.state(key).status === 'conflict');
    const key = open[pick % Math.max(1, open.length)];
    if (key === undefined) return false;
    const state = person.outbox.state(key);
    if (state.status !== 'conflict') return false;
    const { conflict } = state;
    const [kind, ...rest] = key.split('/');
    const id = rest.join('/');
    const mine = this.acked.get(person.email)?.get(key);
    if (conflict.mine.op === 'save' && mine !== undefined && !sameEdit(kind, conflict.mine.entity, mine)) {
      this.violations.push(`${person.email} ${key}: the conflict shows another edit than the last one`);
    }
    const made: ConflictChoice =
      choice === 'theirs'
        ? 'theirs'
        : choice === 'merged' && conflict.merge !== undefined
          ? { merged: conflict.merge }
          : 'mine';
    this.log.push(`  ${person.email} resolves ${key}: ${typeof made === 'string' ? made : 'merged'}`);
    await person.outbox.resolveConflict(key, made);
    if (made === 'theirs') {
      seen.theirs++;
      this.acked.get(person.email)?.set(key, undefined);
    } else if (made === 'mine') {
      seen.mine++;
    } else {
      seen.merged++;
      this.ack(person, kindOf(kind), made.merged, id);
    }
    return true;
  }

  async finish(endChoices: readonly EndChoice[]): Promise<void> {
    // What was asked is sent while the weather lasts (a while), then the weather clears. Not by
    // DELETE: a fault decided just before would then get the emulator's default Retry-After of 1 s.
    await this.drain(1_000);
    await this.h.faults({ rate: 0, dropResponseRate: 0, retryAfterSeconds: this.retryAfterSeconds });
    if (!(await this.drain(20_000)))
      throw new Error(`did not drain in 20 s (${this.inFlight} requests in flight)`);
    // Conflicts left open: chosen for now, or left for the oracle to find kept.
    let i = 0;
    for (const person of this.people) {
      for (let guard = 0; guard < 8; guard++) {
        const choice = endChoices[i++ % endChoices.length] ?? 'leave';
        if (choice === 'leave' || !(await this.resolve(person, 0, choice))) break;
      }
    }
    if (!(await this.drain(20_000)))
      throw new Error(`did not drain in 20 s (${this.inFlight} requests in flight)`);
    const stats = await this.h.stats();
    seen.faultsInjected += stats.faultsInjected;
    this.earlyRetries = stats.earlyRetries;
    this.check();
  }

  private check(): void {
    const v = this.violations;
    const history = this.history();

    if (this.earlyRetries > 0) {
      v.push(`the emulator counted ${this.earlyRetries} request(s) sent again before their Retry-After`);
    }

    for (const person of this.people) {
      const { outbox, store, email } = person;
      // What is left is what the PendingStore holds, and the person sees it.
      const left = outbox.pending().map(keyOfChange).sort();
      const kept = [...store.entries.keys()].sort();
      if (left.join() !== kept.join())
        v.push(`${email}: outbox holds [${left.join(', ')}], PendingStore [${kept.join(', ')}]`);
      if (outbox.unreadable.length > 0) v.push(`${email}: unreadable PendingStore entries`);
      for (const key of left) {
        const state = outbox.state(key);
        if (state.status === 'failed') {
          v.push(`${email} ${key}: left failed after draining (${state.code}: ${state.issues.join('; ')})`);
        } else if (state.status !== 'conflict') {
          v.push(`${email} ${key}: left ${state.status} after draining`);
        }
      }
      for (const [key, edit] of this.acked.get(email) ?? []) {
        if (edit === undefined) continue;
        const [kind] = key.split('/');
        if (outbox.state(key).status === 'conflict') continue;
        const versions = history.get(key) ?? [];
        // Someone else storing the very same content (two people completing one actie) counts.
        const landed = versions.some((ver) => sameEdit(kind, ver.entity, edit));
        if (!landed) v.push(`${email} ${key}: acknowledged edit ${show(edit)} was never stored`);
      }
    }

    // A conflict is with someone else's edit, never with the person's own earlier one.
    for (const { email, key, theirs } of this.conflicts) {
      const [kind] = key.split('/');
      const authors = new Set(
        (history.get(key) ?? [])
          .filter((ver) => sameEdit(kind, ver.entity, theirs, true))
          .map((ver) => ver.by),
      );
      if (authors.size === 1 && authors.has(email)) {
        v.push(`${email} ${key}: shown a conflict with their own earlier edit ${show(theirs)}`);
      }
    }

    for (const kind of KINDS) {
      const def = listDefinitions[kind];
      const items = this.h.store.items(this.h.siteId, def.listName);
      const ids = items
        .filter((i) => i.fields['TrajectId'] === this.trajectId)
        .map((i) => i.fields['KompasId']);
      if (new Set(ids).size !== ids.length) v.push(`${def.listName}: a KompasId is stored twice`);
    }

    for (const [key, versions] of history) {
      const final = versions.at(-1);
      if (final === undefined || final.by === SEEDER) continue;
      const [kind] = key.split('/');
      const last = this.acked.get(final.by)?.get(key);
      if (last === undefined || !sameEdit(kind, final.entity, last)) {
        v.push(`${key}: the stored ${show(final.entity)} is not ${final.by}'s last acknowledged edit`);
      }
      // No lost update: each version was written by a request based on the version before it.
      for (const ver of versions) {
        if (ver.by === SEEDER) continue;
        const based = this.calls.some(
          (c) =>
            c.user === ver.by &&
            recordKey(c.kind, c.entity.id) === key &&
            versionNumber(c.expected) === (ver.version === 1 ? undefined : ver.version - 1) &&
            sameEdit(kind, c.entity, ver.entity, true),
        );
        if (!based) {
          v.push(
            `${key} v${ver.version} (${show(ver.entity)} by ${ver.by}) overwrote a version its author never saw`,
          );
        }
      }
    }
  }

  /** Every version of every record of this traject, oldest first, from the emulator's own state. */
  private history(): Map<string, { version: number; by: string; entity: AnyEntity }[]> {
    const out = new Map<string, { version: number; by: string; entity: AnyEntity }[]>();
    const site = this.h.store.snapshot().sites.find((s) => s.id === this.h.siteId);
    for (const kind of KINDS) {
      const def = listDefinitions[kind];
      const list = site?.lists.find((l) => l.name === def.listName);
      for (const item of list?.items ?? []) {
        if (item.fields['TrajectId'] !== this.trajectId) continue;
        const all = [
          ...item.history,
          { version: item.version, fields: item.fields, lastModifiedBy: item.lastModifiedBy },
        ];
        const versions = all.flatMap((ver) => {
          const decoded = def.toDomain(ver.fields, String(item.id));
          if ('problem' in decoded) {
            this.violations.push(`${def.listName} item ${item.id} v${ver.version} unreadable`);
            return [];
          }
          return [{ version: ver.version, by: ver.lastModifiedBy, entity: decoded.ok }];
        });
        out.set(recordKey(kind, String(item.fields['KompasId'])), versions);
      }
    }
    return out;
  }

  dispose(): void {
    for (const p of this.people) p.outbox.dispose();
  }

  /** Waits for requests of pages that went away, so they cannot reach the next scenario. */
  async quiesce(): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (this.inFlight > 0 && Date.now() < deadline) await sleep(5);
  }
}

function withoutVersion(record: object): object {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== 'version'));
}

function kindOf(kind: string | undefined): Kind {
  if (kind === 'antwoord' || kind === 'indicator' || kind === 'actie') return kind;
  throw new Error(`unexpected record kind ${kind ?? ''}`);
}

/**
 * Whether two records store the same cells. An answer's revisie is ignored unless `exact`: the
 * outbox renumbers it to follow the stored revision when it sends.
 */
function sameEdit(kind: string | undefined, a: AnyEntity, b: AnyEntity, exact = false): boolean {
  return sameCells(kindOf(kind), a, b, exact);
}

function sameCells<K extends Kind>(kind: K, a: AnyEntity, b: AnyEntity, exact: boolean): boolean {
  const normal = (e: AnyEntity) => ({
    ...withoutVersion(e),
    ...(kind === 'antwoord' && !exact ? { revisie: 1 } : {}),
  });
  const pa = entitySchemas[kind].safeParse(normal(a));
  const pb = entitySchemas[kind].safeParse(normal(b));
  return pa.success && pb.success && sameContent(listDefinitions[kind], pa.data, pb.data);
}

/** The eTag's version number (`"{guid},{n}"`) of the version a save was based on. */
function versionNumber(version: Version | undefined): number | undefined {
  if (version === undefined) return undefined;
  const n = /,(\d+)"?$/.exec(decodeVersion(version)?.eTag ?? '')?.[1];
  return n === undefined ? Number.NaN : Number(n);
}

function show(entity: AnyEntity): string {
  if ('value' in entity) {
    return entity.value.kind === 'text' ? `"${entity.value.text}"` : JSON.stringify(entity.value);
  }
  if ('tekst' in entity) return `"${entity.tekst}" (${entity.status})`;
  if ('naam' in entity) return `"${entity.naam}"`;
  return entity.id;
}

// ---- what people do ------------------------------------------------------------------------

async function editAnswer(
  s: Scenario,
  p: Person,
  question: number,
  base: Stored<EntityMap['antwoord']> | undefined,
): Promise<void> {
  const questionId = QUESTIONS[question % QUESTIONS.length] ?? '2.ambitie';
  const token = s.token(p);
  const before = base?.value.kind === 'list' ? base.value.items : [];
  const value =
    questionId === '2.ambitie'
      ? { kind: 'text', text: `Ambitie ${token}` }
      : { kind: 'list', items: [...before, { id: token.replace('#', '-'), text: token }].slice(-3) };
  s.log.push(`${p.email} answers ${questionId}: ${token}`);
  const answer = await saveAnswer(s.ctx(p), {
    traject: { id: s.trajectId, editie: 'sgg' },
    questionId,
    value,
    previous: base === undefined ? undefined : { revisie: base.revisie, version: base.version },
  });
  s.ack(p, 'antwoord', answer, answer.id);
}

async function editRecord(
  s: Scenario,
  p: Person,
  kind: 'indicator' | 'actie',
  base: Stored<EntityMap['indicator'] | EntityMap['actie']>,
  complete: boolean,
): Promise<void> {
  const token = s.token(p);
  const { version, ...record } = base;
  let saved: AnyEntity;
  if (kind === 'indicator') {
    s.log.push(`${p.email} renames indicator ${base.id}: ${token}`);
    saved = await saveIndicator(s.ctx(p), { ...record, naam: `Indicator ${token}`, version });
  } else if (complete) {
    s.log.push(`${p.email} completes actie ${base.id}`);
    saved = await saveActie(s.ctx(p), { ...record, status: 'afgerond', version });
  } else {
    s.log.push(`${p.email} rewrites actie ${base.id}: ${token}`);
    saved = await saveActie(s.ctx(p), { ...record, tekst: `Actie ${token}`, version });
  }
  s.ack(p, kind, saved, base.id);
}

type Step = fc.AsyncCommand<Model, Scenario>;

class EditAnswer implements Step {
  constructor(
    readonly who: number,
    readonly question: number,
  ) {}
  check = () => true;
  async run(_m: Model, s: Scenario): Promise<void> {
    const p = s.person(this.who);
    const id = antwoordId(s.trajectId, QUESTIONS[this.question % QUESTIONS.length] ?? '');
    await editAnswer(s, p, this.question, s.view(p, 'antwoord', id));
  }
  toString = () => `EditAnswer(${this.who}, ${this.question})`;
}

class AddRecord implements Step {
  constructor(
    readonly who: number,
    readonly kind: 'indicator' | 'actie',
  ) {}
  check = () => true;
  async run(_m: Model, s: Scenario): Promise<void> {
    const p = s.person(this.who);
    const token = s.token(p);
    s.log.push(`${p.email} adds ${this.kind} ${token}`);
    const saved =
      this.kind === 'indicator'
        ? await saveIndicator(s.ctx(p), {
            trajectId: s.trajectId,
            soort: 'indicator',
            naam: `Indicator ${token}`,
          })
        : await saveActie(s.ctx(p), {
            trajectId: s.trajectId,
            tekst: `Actie ${token}`,
            herkomst: { soort: 'bouwsteen', bouwsteen: '3B' },
          });
    s.records.push({ kind: this.kind, id: saved.id });
    s.ack(p, this.kind, saved, saved.id);
  }
  toString = () => `AddRecord(${this.who}, ${this.kind})`;
}

class EditRecord implements Step {
  constructor(
    readonly who: number,
    readonly kind: 'indicator' | 'actie',
    readonly index: number,
    readonly complete: boolean,
  ) {}
  check = () => true;
  async run(_m: Model, s: Scenario): Promise<void> {
    const p = s.person(this.who);
    const targets = s.records.filter((r) => r.kind === this.kind);
    const target = targets[this.index % targets.length];
    // Someone else's new record is on this person's screen only after a reload.
    const base = target === undefined ? undefined : s.view(p, this.kind, target.id);
    if (base === undefined) return;
    await editRecord(s, p, this.kind, base, this.complete);
  }
  toString = () => `EditRecord(${this.who}, ${this.kind}, ${this.index}, ${this.complete})`;
}

/** Two people edit one record from the same stored version: one of them meets a 412 (or 409). */
class Clash implements Step {
  constructor(
    readonly a: number,
    readonly b: number,
    readonly kind: Kind,
    readonly index: number,
  ) {}
  check = (m: Readonly<Model>) => m.people >= 2;
  async run(_m: Model, s: Scenario): Promise<void> {
    const first = s.person(this.a);
    const second = s.person(this.a === this.b ? this.a + 1 : this.b);
    if (first === second) return;
    seen.clashes++;
    s.log.push(`${first.email} and ${second.email} edit one ${this.kind} from the same version`);
    if (this.kind === 'antwoord') {
      const id = antwoordId(s.trajectId, QUESTIONS[this.index % QUESTIONS.length] ?? '');
      const base = s.storedOne('antwoord', id);
      await Promise.all([first, second].map((p) => editAnswer(s, p, this.index, base)));
      return;
    }
    const targets = s.records.filter((r) => r.kind === this.kind);
    const target = targets[this.index % targets.length];
    const base = target === undefined ? undefined : s.storedOne(this.kind, target.id);
    if (base === undefined) return;
    await Promise.all([first, second].map((p) => editRecord(s, p, kindOfRecord(this.kind), base, false)));
  }
  toString = () => `Clash(${this.a}, ${this.b}, ${this.kind}, ${this.index})`;
}

function kindOfRecord(kind: Kind): 'indicator' | 'actie' {
  if (kind === 'antwoord') throw new Error('an answer is not a record of its own list');
  return kind;
}

/** The page goes away mid-save and opens again over the same PendingStore. */
class Reload implements Step {
  constructor(readonly who: number) {}
  check = () => true;
  async run(_m: Model, s: Scenario): Promise<void> {
    const p = s.person(this.who);
    seen.reloads++;
    s.log.push(`${p.email} reloads (${s.inFlight} requests in flight)`);
    p.outbox.dispose();
    p.outbox = await s.openPage(p.email, p.store, p.graph);
    p.loaded = s.readAll();
  }
  toString = () => `Reload(${this.who})`;
}

interface WeatherProps {
  readonly rate: 0 | 0.2 | 0.5;
  readonly statuses: number[];
  readonly retryAfterSeconds: number;
  readonly drop: number;
  readonly seed: number;
}

/** Graph's weather from now on: throttling, dropped responses, a little latency. */
class Weather implements Step {
  constructor(readonly props: WeatherProps) {}
  check = () => true;
  async run(_m: Model, s: Scenario): Promise<void> {
    const { rate, statuses, retryAfterSeconds, drop, seed } = this.props;
    if (rate === 0.2) seen.rate20++;
    if (rate === 0.5) seen.rate50++;
    if (drop > 0) seen.drops++;
    s.retryAfterSeconds = retryAfterSeconds;
    s.log.push(
      `weather: ${rate * 100}% ${statuses.join('/')} (Retry-After ${retryAfterSeconds} s), ${drop * 100}% dropped`,
    );
    await s.h.faults({ rate, statuses, retryAfterSeconds, dropResponseRate: drop, seed, latencyJitterMs: 3 });
  }
  toString = () => `Weather(${JSON.stringify(this.props)})`;
}

/** Lets requests in flight get somewhere before the next thing happens. */
class Pause implements Step {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(): Promise<void> {
    await sleep(this.ms);
  }
  toString = () => `Pause(${this.ms})`;
}

class Resolve implements Step {
  constructor(
    readonly who: number,
    readonly pick: number,
    readonly choice: 'mine' | 'theirs' | 'merged',
  ) {}
  check = () => true;
  async run(_m: Model, s: Scenario): Promise<void> {
    await s.resolve(s.person(this.who), this.pick, this.choice);
  }
  toString = () => `Resolve(${this.who}, ${this.pick}, ${this.choice})`;
}

const who = fc.nat({ max: 4 });
const recordKind = fc.constantFrom('indicator' as const, 'actie' as const);
const weather: fc.Arbitrary<WeatherProps> = fc.record({
  rate: fc.constantFrom(0 as const, 0.2 as const, 0.5 as const),
  statuses: fc.subarray([429, 503], { minLength: 1 }),
  retryAfterSeconds: fc.constantFrom(0.03, 0.04, 0.05),
  drop: fc.constantFrom(0, 0.1, 0.25),
  seed: fc.nat(),
});
const steps: fc.Arbitrary<Step>[] = [
  fc.tuple(who, fc.nat({ max: 1 })).map(([w, q]) => new EditAnswer(w, q)),
  fc.tuple(who, recordKind).map(([w, k]) => new AddRecord(w, k)),
  fc
    .tuple(who, recordKind, fc.nat({ max: 3 }), fc.boolean())
    .map(([w, k, i, c]) => new EditRecord(w, k, i, c)),
  fc
    .tuple(who, who, fc.constantFrom(...KINDS), fc.nat({ max: 3 }))
    .map(([a, b, k, i]) => new Clash(a, b, k, i)),
  who.map((w) => new Reload(w)),
  weather.map((props) => new Weather(props)),
  fc.integer({ min: 0, max: 25 }).map((ms) => new Pause(ms)),
  fc
    .tuple(who, fc.nat({ max: 3 }), fc.constantFrom('mine' as const, 'theirs' as const, 'merged' as const))
    .map(([w, p, c]) => new Resolve(w, p, c)),
];

/** A scenario in which the emulator counted requests that came before a Retry-After had passed. */
interface EarlyCase {
  /** The emulator's `earlyRetries`. */
  readonly count: number;
  readonly early: readonly Early[];
  readonly commands: string;
  readonly log: readonly string[];
  readonly reproduce: string;
}
const early: EarlyCase[] = [];
type EndChoice = 'mine' | 'theirs' | 'merged' | 'leave';

/** A scenario: people, the weather at the start, what they do, and the conflict choices left at the end. */
function scenario() {
  // A commands arbitrary keeps its replay state while shrinking: one per lane.
  return fc.tuple(
    fc.integer({ min: 2, max: 5 }),
    weather,
    fc.commands(steps, { maxCommands: 8, ...(envReplay === undefined ? {} : { replayPath: envReplay }) }),
    fc.array(fc.constantFrom('mine' as const, 'theirs' as const, 'merged' as const, 'leave' as const), {
      minLength: 1,
      maxLength: 4,
    }),
  );
}

function property(lane: Lane) {
  // Each shrink step is a real scenario, so shrinking is bounded.
  return fc.asyncProperty(fc.limitShrink(scenario(), 40), async ([people, start, commands, endChoices]) => {
    const run = lane.runIndex++;
    lane.active++;
    const s = await lane.begin(run, people).finally(() => lane.active--);
    lane.active++;
    try {
      await new Weather(start).run({ people }, s);
      await fc.asyncModelRun(() => ({ model: { people }, real: s }), commands);
      await s.finish(endChoices);
    } catch (error) {
      s.violations.push(`threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      s.dispose();
      await s.quiesce();
      lane.active--;
    }
    seen.scenarios++;
    // Before a failure, run n of a lane replays with `path: n`; shrinking runs are not counted.
    // fast-check's commands print what ran and the replay path.
    const ran = (commands as unknown as { toString(): string }).toString();
    const soon = s.earlyRequests();
    seen.sentDuringRetryAfter += soon.filter((e) => e.kind === 'another').length;
    if ((s.earlyRetries > 0 || soon.some((e) => e.kind === 'retry')) && !lane.failed) {
      early.push({
        count: s.earlyRetries,
        commands: `${people} people, ${new Weather(start).toString()}: ${ran}`,
        early: soon,
        log: s.log,
        reproduce: command(lane.seed, String(run), /replayPath="([^"]*)"/.exec(ran)?.[1]),
      });
    }
    if (s.violations.length > 0) {
      lane.failed = true;
      throw new Error(`${s.violations.join('\n')}\nwhat happened:\n  ${s.log.join('\n  ')}`);
    }
  });
}

function command(seed: number, path: string | undefined, replay: string | undefined): string {
  return [
    `KOMPAS_SEED=${seed}`,
    path === undefined ? '' : `KOMPAS_PATH="${path}"`,
    replay === undefined || replay === ':' ? '' : `KOMPAS_REPLAY="${replay}"`,
    'npx vitest run tests/quality/model-based.test.ts',
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** The command that replays a failure: fast-check's seed and path, and the commands' replay path. */
function reproduction<Ts>(details: fc.RunDetails<Ts>): string {
  const replay = /replayPath="([^"]*)"/.exec(fc.defaultReportMessage(details) ?? '')?.[1];
  return command(details.seed, details.counterexamplePath ?? undefined, replay);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const lanes: Lane[] = [];
let results: fc.RunDetails<unknown>[] = [];

beforeAll(async () => {
  for (let i = 0; i < LANES; i++) {
    const lane = new Lane(i, baseSeed + i, await startStoreHarness());
    lane.remember();
    lanes.push(lane);
  }
  // Every lane at once: one lane waiting out a Retry-After leaves the CPU to the others.
  const numRuns = Math.ceil(TOTAL_RUNS / LANES);
  results = await Promise.all(
    lanes.map((lane) =>
      fc
        .check(property(lane), {
          numRuns,
          seed: lane.seed,
          // fast-check replays a counterexample as it printed it: seed, path and endOnFailure.
          ...(envPath === undefined ? {} : { path: envPath, endOnFailure: true }),
          // Bounds shrinking a failure; a run cut short before its numRuns fails below.
          plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS)],
        })
        .then(async (details) => {
          while (lane.active > 0) await sleep(10);
          return details;
        }),
    ),
  );
}, 600_000);

afterAll(async () => {
  await Promise.all(lanes.map((lane) => lane.h.close()));
});

describe(`${TOTAL_RUNS} generated scenarios: many people, one traject, a flaky Graph`, () => {
  it('keep every acknowledged edit, once, and leave only visible conflicts behind', () => {
    const cut = results.filter((d) => d.interrupted && !d.failed);
    expect(cut.map((d) => `seed ${d.seed}: ${d.numRuns} runs in ${TIME_LIMIT_MS / 1000} s`)).toEqual([]);
    const failures = results.flatMap((details) =>
      details.failed
        ? [
            `${fc.defaultReportMessage(details) ?? 'failed'}\n${messageOf(details.errorInstance)}` +
              `\n\nReproduce: ${reproduction(details)}`,
          ]
        : [],
    );
    if (failures.length > 0) throw new Error(failures.join('\n\n'));
  });

  it('retry nothing before its Retry-After, on the wire and by the emulator’s count', () => {
    // The emulator's earlyRetries counts a request only when that same request comes back before
    // the Retry-After it was given (requests on their way or for other records do not count), so
    // it must be 0; the wire shows the client side of the same rule.
    const retried = early.filter((e) => e.early.some((x) => x.kind === 'retry'));
    const counted = early.filter((e) => e.count > 0);
    const bad = [...retried, ...counted.filter((e) => !retried.includes(e))];
    if (bad.length === 0) return;
    const smallest = [...bad].sort((a, b) => a.log.length - b.log.length)[0];
    throw new Error(
      `${retried.length} scenario(s) retried before Retry-After on the wire; in ${counted.length} the emulator ` +
        `counted early retries.\n` +
        bad
          .map(
            (e) =>
              `- earlyRetries ${e.count}:\n  ${e.early.map((x) => x.text).join('\n  ')}\n  ${e.reproduce}`,
          )
          .join('\n') +
        `\n\nThe smallest: ${smallest?.commands ?? ''}\n` +
        `What happened:\n  ${smallest?.log.join('\n  ') ?? ''}\n\nReproduce: ${smallest?.reproduce ?? ''}`,
    );
  });

  it('went through every fault it is about', () => {
    if (process.env['KOMPAS_TRACE'] !== undefined) console.log(seen);
    // A replay runs one case, and a lane that failed stopped early (the failure is reported above).
    if (envPath !== undefined || results.some((d) => d.failed)) return;
    expect(seen.scenarios).toBeGreaterThanOrEqual(TOTAL_RUNS);
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
  });
});
