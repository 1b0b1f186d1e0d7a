/**
 * Choosing the traject whose answers go into the document: the user's teams, then the team's
 * trajecten, then the traject itself (opened through the use cases, unsaved work included).
 * Nothing loads until the person wants a traject, so a blank template never needs a sign-in.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { listTrajecten, openTraject, type OpenedTraject } from '../../../shared/application/index.ts';
import { toKompasError } from '../../../shared/auth/errors.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import type { Stored, Traject } from '../../../shared/domain/model.ts';
import { useServices, type TeamChoice, type TeamSession } from '../../app/services.tsx';

export type Load<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

const idle = { status: 'idle' } as const;
const loading = { status: 'loading' } as const;

export interface TrajectKeuze {
  readonly teams: Load<readonly TeamChoice[]>;
  readonly teamId: string | undefined;
  readonly chooseTeam: (groupId: string | undefined) => void;
  readonly session: Load<TeamSession>;
  readonly trajecten: Load<readonly Stored<Traject>[]>;
  readonly trajectId: TrajectId | undefined;
  readonly chooseTraject: (id: TrajectId | undefined) => void;
  readonly opened: Load<OpenedTraject>;
  /** Reads the traject again, so filling and checking work with the latest answers. */
  readonly refresh: () => Promise<OpenedTraject>;
  /** Starts again from the teams (after a failure). */
  readonly retry: () => void;
  /** Present where the data source has an interactive sign-in. */
  readonly signIn: (() => Promise<void>) | undefined;
  readonly signingIn: boolean;
}

export function useTrajectKeuze(enabled: boolean): TrajectKeuze {
  const { data } = useServices();
  const [attempt, setAttempt] = useState(0);
  const [teams, setTeams] = useState<Load<readonly TeamChoice[]>>(idle);
  const [teamId, setTeamId] = useState<string | undefined>(undefined);
  const [session, setSession] = useState<Load<TeamSession>>(idle);
  const [trajecten, setTrajecten] = useState<Load<readonly Stored<Traject>[]>>(idle);
  const [trajectId, setTrajectId] = useState<TrajectId | undefined>(undefined);
  const [opened, setOpened] = useState<Load<OpenedTraject>>(idle);
  const [signingIn, setSigningIn] = useState(false);
  const current = useRef<{ session: TeamSession | undefined; trajectId: TrajectId | undefined }>({
    session: undefined,
    trajectId: undefined,
  });

  useEffect(() => {
    if (!enabled || data.kind === 'none') {
      setTeams(idle);
      return undefined;
    }
    let cancelled = false;
    setTeams(loading);
    data.teams().then(
      (value) => {
        if (cancelled) return;
        setTeams({ status: 'ready', value });
        // One team: nothing to choose.
        if (value.length === 1) setTeamId((id) => id ?? value[0]?.groupId);
      },
      (error: unknown) => {
        if (!cancelled) setTeams({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [enabled, data, attempt]);

  const team = teams.status === 'ready' ? teams.value.find((t) => t.groupId === teamId) : undefined;

  useEffect(() => {
    if (!enabled || data.kind === 'none' || team === undefined) {
      setSession(idle);
      return undefined;
    }
    let cancelled = false;
    let openedSession: TeamSession | undefined;
    setSession(loading);
    data.open(team).then(
      (value) => {
        if (cancelled) {
          value.dispose();
          return;
        }
        openedSession = value;
        setSession({ status: 'ready', value });
      },
      (error: unknown) => {
        if (!cancelled) setSession({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
      openedSession?.dispose();
    };
  }, [enabled, data, team]);

  const ready = session.status === 'ready' ? session.value : undefined;
  current.current = { session: ready, trajectId };

  useEffect(() => {
    if (ready === undefined) {
      setTrajecten(idle);
      return undefined;
    }
    let cancelled = false;
    setTrajecten(loading);
    listTrajecten(ready.ctx).then(
      ({ trajecten: value }) => {
        if (cancelled) return;
        setTrajecten({ status: 'ready', value });
        setTrajectId((id) => {
          if (id !== undefined && value.some((t) => t.id === id)) return id;
          return value.length === 1 ? value[0]?.id : undefined;
        });
      },
      (error: unknown) => {
        if (!cancelled) setTrajecten({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [ready]);

  useEffect(() => {
    if (ready === undefined || trajectId === undefined) {
      setOpened(idle);
      return undefined;
    }
    let cancelled = false;
    setOpened(loading);
    openTraject(ready.ctx, trajectId).then(
      (value) => {
        if (!cancelled) setOpened({ status: 'ready', value });
      },
      (error: unknown) => {
        if (!cancelled) setOpened({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [ready, trajectId]);

  const refresh = useCallback(async (): Promise<OpenedTraject> => {
    const { session: s, trajectId: id } = current.current;
    if (s === undefined || id === undefined) throw new KompasError('NotFound', 'no traject chosen');
    const value = await openTraject(s.ctx, id);
    if (current.current.session === s && current.current.trajectId === id)
      setOpened({ status: 'ready', value });
    return value;
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const chooseTeam = useCallback((groupId: string | undefined) => {
    setTeamId(groupId);
    setTrajectId(undefined);
  }, []);

  const signInPort = data.kind === 'none' ? undefined : data.signIn;
  const signIn =
    signInPort === undefined
      ? undefined
      : async () => {
          setSigningIn(true);
          try {
            const outcome = await signInPort();
            if (outcome.ok) setAttempt((n) => n + 1);
            else setTeams({ status: 'failed', error: toKompasError(outcome.failure) });
          } catch (error) {
            // Sign-in never throws by contract; loading it can (a build without its settings).
            setTeams({ status: 'failed', error });
          } finally {
            setSigningIn(false);
          }
        };

  return {
    teams,
    teamId,
    chooseTeam,
    session,
    trajecten,
    trajectId,
    chooseTraject: setTrajectId,
    opened,
    refresh,
    retry,
    signIn,
    signingIn,
  };
}
