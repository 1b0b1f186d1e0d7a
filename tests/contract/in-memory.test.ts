import { describe, expect, it } from 'vitest';
import { InMemoryTrajectRepository } from '../../shared/testing/in-memory-repository.ts';
import { changed, newTrajectId, plain, sample, traject } from './fixtures.ts';
import { runTrajectRepositoryContract } from './traject-repository.contract.ts';

runTrajectRepositoryContract('in memory', () => new InMemoryTrajectRepository());

describe('InMemoryTrajectRepository test controls', () => {
  it('simulates another user’s edit, making the caller’s version stale', async () => {
    const repo = new InMemoryTrajectRepository();
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));
    const mine = await repo.save('actie', sample('actie', trajectId));
    const theirs = repo.simulateOtherUserEdit('actie', mine.id, (a) => changed('actie', a, 7));
    expect(theirs.version).not.toBe(mine.version);
    await expect(repo.save('actie', changed('actie', plain(mine), 8), mine.version)).rejects.toMatchObject({
      code: 'Conflict',
      theirs,
    });
  });

  it('reports injected load problems in snapshots', async () => {
    const repo = new InMemoryTrajectRepository();
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));
    repo.addLoadProblem({ kind: 'meting', itemId: '12', issues: ['waarde: geen getal'] });
    expect((await repo.openTraject(trajectId)).problems).toEqual([
      { kind: 'meting', itemId: '12', issues: ['waarde: geen getal'] },
    ]);
  });

  it('hands out copies, so a caller cannot change what is stored', async () => {
    const repo = new InMemoryTrajectRepository();
    const trajectId = newTrajectId();
    await repo.save('traject', traject(trajectId));
    const saved = await repo.save('partner', sample('partner', trajectId));
    saved.rollen.push('financier');
    expect((await repo.openTraject(trajectId)).partners[0]?.rollen).toEqual(['regie', 'uitvoering']);
  });
});
