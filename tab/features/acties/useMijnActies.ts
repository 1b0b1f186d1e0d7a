/**
 * "Mijn acties" (the personal tab): the user's acties across the trajecten of every team they are in.
 * Each team's site is read on its own; a team without Kompas is skipped, one that fails is counted.
 */
import { useEffect, useState } from 'react';
import { isKompasError } from '../../../shared/domain/errors.ts';
import type { Actie, Stored, Traject } from '../../../shared/domain/model.ts';
import { todayIn } from '../../../shared/domain/rules/index.ts';
import { useServices, type TeamStore } from '../../app/index.ts';
import { isMine, sortActies } from './model.ts';

export interface MyTraject {
  readonly team: string;
  readonly traject: Stored<Traject>;
  readonly acties: readonly Stored<Actie>[];
}

export type MijnActiesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly trajecten: readonly MyTraject[]; readonly skipped: number }
  | { readonly status: 'error'; readonly error: unknown };

async function readTeam(
  team: TeamStore,
  user: { readonly upn: string; readonly displayName: string },
): Promise<MyTraject[]> {
  const { trajecten } = await team.repository.listTrajecten();
  const opened = await Promise.all(trajecten.map((traject) => team.repository.openTraject(traject.id)));
  return opened
    .map((snapshot) => ({
      team: team.displayName,
      traject: snapshot.traject,
      acties: sortActies(snapshot.acties.filter((a) => isMine(a, user))),
    }))
    .filter((mine) => mine.acties.length > 0);
}

export function useMijnActies() {
  const { myTeams, host, ctx } = useServices();
  const [state, setState] = useState<MijnActiesState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    myTeams()
      .then(async (teams) => {
        const results = await Promise.allSettled(teams.map((team) => readTeam(team, host.user)));
        const trajecten: MyTraject[] = [];
        let skipped = 0;
        for (const result of results) {
          if (result.status === 'fulfilled') trajecten.push(...result.value);
          // A team where Kompas was never set up has no lists: nothing of mine there.
          else if (!isKompasError(result.reason, 'NotProvisioned')) skipped++;
        }
        if (live) setState({ status: 'ready', trajecten, skipped });
      })
      .catch((error: unknown) => {
        if (live) setState({ status: 'error', error });
      });
    return () => {
      live = false;
    };
  }, [myTeams, host.user, attempt]);

  return { state, retry: () => setAttempt((n) => n + 1), today: todayIn(ctx.clock) };
}
