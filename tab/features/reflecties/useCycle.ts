/**
 * One cycle being recorded: every change goes through the reflectie use cases, one after the other,
 * each applied to what the previous one returned. Answers to two questions typed in quick
 * succession would otherwise each start from the reflectie without the other and the later save
 * would drop the earlier answer.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  actionsFromVerbeteren,
  answerReflectieQuestion,
  finishReflectie,
  gradeReflectie,
  saveActie,
  verbeterSuggesties,
  type Current,
  type VersionedReflectie,
} from '../../../shared/application/index.ts';
import type { BouwsteenId } from '../../../shared/content/schema.ts';
import type { AnswerValue, GradeEntry } from '../../../shared/domain/answer.ts';
import type { Actie, Reflectie } from '../../../shared/domain/model.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { useT } from '../../app/index.ts';
import type { ReflectiesModel } from './useReflecties.ts';

export interface ActieRow {
  readonly tekst: string;
  readonly eigenaar: string;
  /** `YYYY-MM-DD` or ''. */
  readonly deadline: string;
}

/** Something that saves later: called to save now (finishing, leaving). */
export type Flush = () => void;

export function useCycle(model: ReflectiesModel, id: string) {
  const { services, view } = model;
  const { ctx } = services;
  const t = useT();
  const announce = useAnnounce();
  const stored: Current<Reflectie> | undefined = view.reflecties.find((r) => r.id === id);
  const latest = useRef<VersionedReflectie | undefined>(stored);
  const running = useRef(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const flushers = useRef(new Set<Flush>());
  const [error, setError] = useState<unknown>(undefined);
  const traject = useMemo(() => ({ editie: view.traject.editie }), [view.traject.editie]);

  useEffect(() => {
    // What others saved (a poll) counts once our own changes have all been handed over.
    if (running.current === 0) latest.current = stored;
  }, [stored]);

  /** Runs `work` after the changes before it, on the reflectie they left. */
  const update = useCallback(
    (work: (reflectie: VersionedReflectie) => Promise<Reflectie>): Promise<boolean> => {
      running.current += 1;
      const run = chain.current.then(async () => {
        const current = latest.current;
        if (current === undefined) return;
        const next = await work(current);
        // The base version stays the one read: the outbox follows its own saves from there.
        latest.current = { ...next, version: current.version };
      });
      chain.current = run.catch(() => undefined);
      return run
        .then(
          () => {
            setError(undefined);
            return true;
          },
          (e: unknown) => {
            setError(e);
            return false;
          },
        )
        .finally(() => {
          running.current -= 1;
        });
    },
    [],
  );

  const register = useCallback((flush: Flush) => {
    flushers.current.add(flush);
    return () => {
      flushers.current.delete(flush);
    };
  }, []);

  /** Every waiting edit saved, and every save handed to the outbox. */
  const settle = useCallback(async () => {
    for (const flush of flushers.current) flush();
    await chain.current;
  }, []);

  const answer = useCallback(
    (questionId: string, value: AnswerValue) =>
      update((reflectie) => answerReflectieQuestion(ctx, { traject, reflectie, questionId, value })),
    [ctx, traject, update],
  );

  const grade = useCallback(
    (entry: GradeEntry) =>
      update(
        async (reflectie) => (await gradeReflectie(ctx, { traject, reflectie, cijfers: [entry] })).reflectie,
      ),
    [ctx, traject, update],
  );

  const finish = useCallback(async () => {
    await settle();
    const ok = await update((reflectie) => finishReflectie(ctx, { reflectie }));
    if (ok) announce(t('reflecties.afgerond'));
    return ok;
  }, [ctx, settle, update, announce, t]);

  /** Suggestions from the Verbeteren answer as it is now, waiting edits included. */
  const suggestions = useCallback(
    async (bouwsteen: BouwsteenId): Promise<string[]> => {
      await settle();
      const reflectie = latest.current;
      return reflectie === undefined ? [] : verbeterSuggesties(ctx, { traject, reflectie, bouwsteen });
    },
    [ctx, traject, settle],
  );

  /** Throws the use case's error (a Validation error names what is wrong); the form shows it. */
  const addActions = useCallback(
    async (bouwsteen: BouwsteenId, rows: readonly ActieRow[]): Promise<Actie[]> => {
      await settle();
      const reflectie = latest.current;
      if (reflectie === undefined) return [];
      const acties = await actionsFromVerbeteren(ctx, {
        reflectie,
        bouwsteen,
        acties: rows.map((r) => ({
          tekst: r.tekst,
          eigenaar: r.eigenaar,
          ...(r.deadline === '' ? {} : { deadline: r.deadline }),
        })),
      });
      announce(t('reflecties.acties.toegevoegd', { count: acties.length }));
      return acties;
    },
    [ctx, settle, announce, t],
  );

  const setActieStatus = useCallback(
    async (actie: Current<Actie>, status: Actie['status'], statusText: string) => {
      const { version, ...record } = actie;
      try {
        await saveActie(ctx, { ...record, status, version });
        setError(undefined);
        announce(t('reflecties.review.gewijzigd', { tekst: actie.tekst, status: statusText }));
      } catch (e) {
        setError(e);
      }
    },
    [ctx, announce, t],
  );

  return {
    reflectie: stored,
    error,
    register,
    answer,
    grade,
    finish,
    suggestions,
    addActions,
    setActieStatus,
  };
}

export type CycleModel = ReturnType<typeof useCycle>;
