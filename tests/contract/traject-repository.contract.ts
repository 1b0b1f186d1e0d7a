/**
 * The TrajectRepository contract: every implementation (memory, Graph over the emulator)
 * runs these same tests, so the app can rely on one set of semantics.
 */
import { describe, expect, it } from 'vitest';
import { QuestionIdSchema } from '../../shared/content/schema.ts';
import { KompasError } from '../../shared/domain/errors.ts';
import type { TrajectId } from '../../shared/domain/ids.ts';
import { entityKinds, entitySchemas, type EntityKind, type EntityMap } from '../../shared/domain/model.ts';
import type { TrajectRepository, TrajectSnapshot } from '../../shared/ports/traject-repository.ts';
import { changed, newTrajectId, plain, sample, traject } from './fixtures.ts';

type MakeRepo = () => TrajectRepository | Promise<TrajectRepository>;

const childKinds = entityKinds.filter((k): k is Exclude<EntityKind, 'traject'> => k !== 'traject');

const snapshotKey = {
  antwoord: 'antwoorden',
  partner: 'partners',
  indicator: 'indicatoren',
  meting: 'metingen',
  activiteit: 'activiteiten',
  reflectie: 'reflecties',
  actie: 'acties',
  overleg: 'overleggen',
} as const satisfies Record<Exclude<EntityKind, 'traject'>, keyof TrajectSnapshot>;

function recordsOf(
  snapshot: TrajectSnapshot,
  kind: Exclude<EntityKind, 'traject'>,
): readonly { id: string; version: string }[] {
  return snapshot[snapshotKey[kind]];
}

async function failure(promise: Promise<unknown>): Promise<KompasError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof KompasError) return e;
    throw e;
  }
  throw new Error('expected the store to refuse');
}

async function withTraject(repo: TrajectRepository): Promise<TrajectId> {
  const id = newTrajectId();
  await repo.save('traject', traject(id));
  return id;
}

export function runTrajectRepositoryContract(name: string, makeRepo: MakeRepo): void {
  describe(`TrajectRepository contract: ${name}`, () => {
    it('creates, lists and opens trajecten', async () => {
      const repo = await makeRepo();
      const a = traject(newTrajectId(), 'Traject A');
      const b = traject(newTrajectId(), 'Traject B');
      const savedA = await repo.save('traject', a);
      await repo.save('traject', b);
      expect(plain(savedA)).toEqual(a);
      expect(savedA.version).toEqual(expect.any(String));

      const { trajecten, problems } = await repo.listTrajecten();
      expect(problems).toEqual([]);
      const ids = trajecten.map((t) => t.id);
      expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
      expect(plain(trajecten.find((t) => t.id === a.id) ?? {})).toEqual(a);

      const snapshot = await repo.openTraject(a.id);
      expect(plain(snapshot.traject)).toEqual(a);
      expect(snapshot.traject.version).toBe(savedA.version);
      for (const kind of childKinds) expect(recordsOf(snapshot, kind)).toEqual([]);
      expect(snapshot.problems).toEqual([]);
    });

    it('reports NotFound for a traject that does not exist', async () => {
      const repo = await makeRepo();
      const e = await failure(repo.openTraject(newTrajectId()));
      expect(e.code).toBe('NotFound');
    });

    it('updates and removes a traject with its version', async () => {
      const repo = await makeRepo();
      const id = newTrajectId();
      const created = await repo.save('traject', traject(id));
      const edit = changed('traject', plain(created));
      const updated = await repo.save('traject', edit, created.version);
      expect(updated.version).not.toBe(created.version);
      expect(plain((await repo.openTraject(id)).traject)).toEqual(edit);
      await repo.remove('traject', id, updated.version);
      expect((await failure(repo.openTraject(id))).code).toBe('NotFound');
    });

    for (const kind of childKinds) {
      it(`saves, updates and removes a ${kind}`, async () => {
        const repo = await makeRepo();
        const trajectId = await withTraject(repo);
        const record = sample(kind, trajectId);

        const created = await repo.save(kind, record);
        expect(plain(created)).toEqual(record);
        let snapshot = await repo.openTraject(trajectId);
        expect(recordsOf(snapshot, kind).map(plain)).toEqual([record]);
        expect(recordsOf(snapshot, kind)[0]?.version).toBe(created.version);

        const edit = changed(kind, plain(created) as EntityMap[typeof kind]);
        const updated = await repo.save(kind, edit, created.version);
        expect(updated.version).not.toBe(created.version);
        expect(plain(updated)).toEqual(edit);
        snapshot = await repo.openTraject(trajectId);
        expect(recordsOf(snapshot, kind).map(plain)).toEqual([edit]);
        expect(recordsOf(snapshot, kind)[0]?.version).toBe(updated.version);

        await repo.remove(kind, record.id, updated.version);
        snapshot = await repo.openTraject(trajectId);
        expect(recordsOf(snapshot, kind)).toEqual([]);
        expect(snapshot.problems).toEqual([]);
      });
    }

    it('refuses an update on a stale version with Conflict and returns theirs', async () => {
      const repo = await makeRepo();
      const trajectId = await withTraject(repo);
      const v1 = await repo.save('actie', sample('actie', trajectId));
      const theirs = await repo.save('actie', changed('actie', plain(v1), 1), v1.version);

      const e = await failure(repo.save('actie', changed('actie', plain(v1), 2), v1.version));
      expect(e.code).toBe('Conflict');
      expect(e.theirs).toEqual(theirs);
      const snapshot = await repo.openTraject(trajectId);
      expect(snapshot.acties).toEqual([theirs]);
    });

    it('accepts a stale update whose content is already stored (a retried save that landed)', async () => {
      const repo = await makeRepo();
      const trajectId = await withTraject(repo);
      const v1 = await repo.save('partner', sample('partner', trajectId));
      const edit = changed('partner', plain(v1));
      const v2 = await repo.save('partner', edit, v1.version);
      const again = await repo.save('partner', edit, v1.version);
      expect(again).toEqual(v2);
    });

    it('refuses a remove on a stale version with Conflict and keeps the record', async () => {
      const repo = await makeRepo();
      const trajectId = await withTraject(repo);
      const v1 = await repo.save('meting', sample('meting', trajectId));
      const theirs = await repo.save('meting', changed('meting', plain(v1)), v1.version);

      const e = await failure(repo.remove('meting', v1.id, v1.version));
      expect(e.code).toBe('Conflict');
      expect(e.theirs).toEqual(theirs);
      expect((await repo.openTraject(trajectId)).metingen).toEqual([theirs]);
    });

    it('treats removing what is gone as done', async () => {
      const repo = await makeRepo();
      const trajectId = await withTraject(repo);
      const saved = await repo.save('activiteit', sample('activiteit', trajectId));
      await repo.remove('activiteit', saved.id, saved.version);
      await expect(repo.remove('activiteit', saved.id, saved.version)).resolves.toBeUndefined();
    });

    it('refuses an update of a record someone deleted with NotFound', async () => {
      const repo = await makeRepo();
      const trajectId = await withTraject(repo);
      const saved = await repo.save('indicator', sample('indicator', trajectId));
      await repo.remove('indicator', saved.id, saved.version);
      const e = await failure(repo.save('indicator', changed('indicator', plain(saved)), saved.version));
      expect(e.code).toBe('NotFound');
    });

    it('creates idempotently by id: the same content once, other content a Conflict', async () => {
      const repo = await makeRepo();
      const trajectId = await withTraject(repo);
      const record = sample('reflectie', trajectId, 2);
      const first = await repo.save('reflectie', record);
      const retry = await repo.save('reflectie', record);
      expect(retry).toEqual(first);
      expect((await repo.openTraject(trajectId)).reflecties).toHaveLength(1);

      const e = await failure(repo.save('reflectie', changed('reflectie', record)));
      expect(e.code).toBe('Conflict');
      expect(e.theirs).toEqual(first);
      expect((await repo.openTraject(trajectId)).reflecties).toEqual([first]);
    });

    it('holds only the opened traject’s records in a snapshot', async () => {
      const repo = await makeRepo();
      const a = await withTraject(repo);
      const b = await withTraject(repo);
      for (const kind of childKinds) {
        await repo.save(kind, sample(kind, a, 1));
        await repo.save(kind, sample(kind, b, 3));
      }
      const snapshot = await repo.openTraject(a);
      expect(snapshot.traject.id).toBe(a);
      for (const kind of childKinds) {
        const records = recordsOf(snapshot, kind);
        expect(records.map(plain)).toEqual([sample(kind, a, 1)]);
      }
      expect(snapshot.problems).toEqual([]);
    });

    it('keeps the history of an answer, newest first, per question and per traject', async () => {
      const repo = await makeRepo();
      const trajectId = await withTraject(repo);
      const other = await withTraject(repo);
      const r1 = sample('antwoord', trajectId, 1);
      let stored = await repo.save('antwoord', r1);
      const revisions = [r1];
      for (let n = 1; n <= 2; n++) {
        const next = changed('antwoord', plain(stored), n);
        stored = await repo.save('antwoord', next, stored.version);
        revisions.push(next);
      }
      const second = sample('antwoord', trajectId, 2);
      await repo.save('antwoord', second);
      await repo.save('antwoord', sample('antwoord', other, 1));

      const history = await repo.answerHistory(trajectId, QuestionIdSchema.parse(r1.questionId));
      expect(history.map((h) => h.revisie)).toEqual([3, 2, 1]);
      expect(history.map((h) => h.value)).toEqual([...revisions].reverse().map((r) => r.value));
      expect(history.every((h) => h.questionId === r1.questionId && h.auteur === r1.auteur)).toBe(true);

      const all = await repo.answerHistory(trajectId);
      expect(all).toHaveLength(4);
      expect(all.map((h) => h.questionId).sort()).toEqual(
        [r1.questionId, r1.questionId, r1.questionId, second.questionId].sort(),
      );
      const times = all.map((h) => h.gewijzigd);
      expect(times).toEqual([...times].sort().reverse());

      expect(await repo.answerHistory(trajectId, QuestionIdSchema.parse('6.geen-antwoord'))).toEqual([]);
    });

    it('refuses an invalid record with Validation', async () => {
      const repo = await makeRepo();
      const trajectId = await withTraject(repo);
      const bad = { ...sample('actie', trajectId), tekst: '   ' };
      const e = await failure(repo.save('actie', bad));
      expect(e.code).toBe('Validation');
      expect(e.issues.length).toBeGreaterThan(0);
      expect((await repo.openTraject(trajectId)).acties).toEqual([]);
    });

    it('returns records the domain schema accepts', async () => {
      const repo = await makeRepo();
      const trajectId = await withTraject(repo);
      for (const kind of childKinds) await repo.save(kind, sample(kind, trajectId));
      const snapshot = await repo.openTraject(trajectId);
      for (const kind of childKinds) {
        for (const record of recordsOf(snapshot, kind)) {
          expect(entitySchemas[kind].safeParse(plain(record)).success).toBe(true);
        }
      }
    });
  });
}
