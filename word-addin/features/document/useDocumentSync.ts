/**
 * Keeping the document and the traject in step: fill the controls with the answers from Teams,
 * check what was edited in Word, save the edits through the outbox (conflicts included), and point
 * at controls that were copied, deleted or belong elsewhere. Every action reads the document and
 * the traject afresh first; change events only prompt a check.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  recordKey,
  saveAnswer,
  type Conflict,
  type ConflictChoice,
  type OpenedTraject,
  type RecordState,
} from '../../../shared/application/index.ts';
import { antwoordId } from '../../../shared/domain/model.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { describeError } from '../../app/errors.ts';
import { useT } from '../../app/i18n.ts';
import type { TeamSession } from '../../app/services.tsx';
import type { HostCapabilities } from '../../host/office/capabilities.ts';
import { fillControls } from '../../host/office/fill-controls.ts';
import { readControls, type ControlSnapshot } from '../../host/office/read-controls.ts';
import { selectControl } from '../../host/office/select-control.ts';
import { watchControlChanges } from '../../host/office/watch-changes.ts';
import type { WordRunner } from '../../host/office/word-api.ts';
import type { Baseline } from './baseline.ts';
import { findIssues, type ControlIssue } from './controls.ts';
import { planFill, rememberFill, type FillInput, type FillPlan } from './fill-plan.ts';
import { planWriteBack, rememberSaved, type AnswerChange, type WriteBackPlan } from './write-back.ts';

export interface DocumentSyncArgs {
  readonly word: WordRunner;
  readonly capabilities: HostCapabilities;
  readonly session: TeamSession;
  readonly opened: OpenedTraject;
  readonly baseline: Baseline;
  readonly refresh: () => Promise<OpenedTraject>;
  /** Changes when the pane changed the document (an insertion), to look at it again. */
  readonly documentVersion: number;
}

export type DocumentBusy = 'fill' | 'check' | 'save' | 'resolve' | 'select' | undefined;
export type DocumentNotice = 'changedSinceCheck' | 'nothingSelected' | 'fillCancelled' | undefined;

export interface ReviewedChanges {
  readonly plan: WriteBackPlan;
  readonly selected: ReadonlySet<string>;
}

/** The controls as they are after the plan's writes (blank templates' controls are this traject's now). */
function afterWrites(controls: readonly ControlSnapshot[], plan: FillPlan): ControlSnapshot[] {
  const retagged = new Map(plan.writes.flatMap((w) => (w.tag === undefined ? [] : [[w.id, w.tag] as const])));
  return controls.map((c) => {
    const tag = retagged.get(c.id);
    return tag === undefined ? c : { ...c, tag };
  });
}

export function useDocumentSync(args: DocumentSyncArgs) {
  const { word, capabilities, session, opened, baseline, refresh, documentVersion } = args;
  const t = useT();
  const announce = useAnnounce();
  const trajectId = opened.view.traject.id;
  const [busy, setBusy] = useState<DocumentBusy>(undefined);
  const [filled, setFilled] = useState<FillPlan | undefined>(undefined);
  const [atRisk, setAtRisk] = useState<FillPlan | undefined>(undefined);
  const [review, setReview] = useState<ReviewedChanges | undefined>(undefined);
  const [notice, setNotice] = useState<DocumentNotice>(undefined);
  const [issues, setIssues] = useState<readonly ControlIssue[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [changed, setChanged] = useState(false);
  const [queued, setQueued] = useState(0);
  const [records, setRecords] = useState<ReadonlyMap<string, RecordState>>(new Map());

  const prefix = recordKey('antwoord', antwoordId(trajectId, ''));

  // The outbox's view of this traject's answers: saving, saved, conflicts and failures.
  useEffect(() => {
    const { outbox } = session;
    const initial = new Map<string, RecordState>();
    for (const change of outbox.pending()) {
      const key = recordKey(change.kind, change.op === 'save' ? change.entity.id : change.id);
      if (key.startsWith(prefix)) initial.set(key, outbox.state(key));
    }
    setRecords(initial);
    return outbox.subscribe((key, state) => {
      if (!key.startsWith(prefix)) return;
      setRecords((previous) => new Map(previous).set(key, state));
    });
  }, [session, prefix]);

  const run = useCallback(
    async (
      kind: Exclude<DocumentBusy, undefined>,
      busyText: string | undefined,
      action: () => Promise<void>,
    ) => {
      setBusy(kind);
      setError(undefined);
      setNotice(undefined);
      if (busyText !== undefined) announce(busyText);
      try {
        await action();
      } catch (e) {
        setError(e);
        announce(describeError(t, e).text);
      } finally {
        setBusy(undefined);
      }
    },
    [announce, t],
  );

  const inspect = useCallback(async () => {
    const controls = await readControls(word);
    setIssues(findIssues({ edition: opened.edition, controls, trajectId }));
  }, [word, opened.edition, trajectId]);

  // Look at the document when the traject is chosen and after every insertion.
  useEffect(() => {
    if (!capabilities.supports('read')) return;
    inspect().catch((e: unknown) => setError(e));
  }, [inspect, capabilities, documentVersion]);

  // WordApi 1.5: a change in a Kompas control suggests checking; older Word has the button only.
  useEffect(() => {
    if (!capabilities.supports('changeEvents')) return;
    watchControlChanges(word, () => setChanged(true)).catch((e: unknown) => setError(e));
  }, [word, capabilities, documentVersion, filled]);

  const fill = (force = false) =>
    run('fill', t('word.fill.busy'), async () => {
      const fresh = await refresh();
      const input: FillInput = { edition: fresh.edition, snapshot: fresh.view, baseline, force };
      const { plan, controls } = await fillControls(word, (cs) => planFill(input, cs));
      setIssues(findIssues({ edition: fresh.edition, controls: afterWrites(controls, plan), trajectId }));
      if (plan.blocked) {
        setAtRisk(plan);
        announce(t('word.fill.atRisk.body', { count: plan.atRisk.length }));
        return;
      }
      rememberFill(input, plan);
      setAtRisk(undefined);
      setFilled(plan);
      setReview(undefined);
      announce(
        plan.filled.length + plan.empty.length === 0
          ? t('word.fill.none')
          : t('word.fill.done', { count: plan.filled.length }),
      );
    });

  const cancelFill = () => {
    setAtRisk(undefined);
    setNotice('fillCancelled');
    announce(t('word.fill.atRisk.cancelled'));
  };

  const readPlan = async (): Promise<{ fresh: OpenedTraject; plan: WriteBackPlan }> => {
    const fresh = await refresh();
    const controls = await readControls(word);
    setIssues(findIssues({ edition: fresh.edition, controls, trajectId }));
    const plan = planWriteBack(
      { edition: fresh.edition, trajectId, antwoorden: fresh.view.antwoorden, baseline },
      controls,
    );
    return { fresh, plan };
  };

  const check = () =>
    run('check', t('word.check.busy'), async () => {
      const { plan } = await readPlan();
      setAtRisk(undefined);
      setChanged(false);
      setReview({ plan, selected: new Set(plan.changes.map((c) => c.questionId)) });
      announce(
        plan.changes.length === 0
          ? t('word.check.none')
          : t('word.check.found', { count: plan.changes.length }),
      );
    });

  const toggle = (questionId: string, on: boolean) =>
    setReview((r) => {
      if (r === undefined) return r;
      const selected = new Set(r.selected);
      if (on) selected.add(questionId);
      else selected.delete(questionId);
      return { ...r, selected };
    });

  const save = () => {
    const reviewed = review;
    if (reviewed === undefined) return Promise.resolve();
    const chosen = reviewed.plan.changes.filter((c) => reviewed.selected.has(c.questionId));
    if (chosen.length === 0) {
      setNotice('nothingSelected');
      return Promise.resolve();
    }
    return run('save', t('word.save.busy'), async () => {
      // Check again right before saving: only what the person reviewed is saved.
      const { fresh, plan } = await readPlan();
      const same = (c: AnswerChange) =>
        plan.changes.some((n) => n.questionId === c.questionId && n.word === c.word);
      if (!chosen.every(same)) {
        const known = new Set(reviewed.plan.changes.map((c) => c.questionId));
        setReview({
          plan,
          selected: new Set(
            plan.changes
              .filter((n) => reviewed.selected.has(n.questionId) || !known.has(n.questionId))
              .map((n) => n.questionId),
          ),
        });
        setNotice('changedSinceCheck');
        announce(t('word.save.changedSinceCheck'));
        return;
      }
      const toSave = plan.changes.filter((n) => reviewed.selected.has(n.questionId));
      const traject = { id: fresh.view.traject.id, editie: fresh.view.traject.editie };
      for (const change of toSave) {
        await saveAnswer(session.ctx, {
          traject,
          questionId: change.questionId,
          value: change.value,
          previous: change.previous,
        });
        rememberSaved(baseline, change);
      }
      setReview(undefined);
      setQueued(toSave.length);
      announce(t('word.save.queued', { count: toSave.length }));
    });
  };

  const resolve = (conflict: Conflict, choice: ConflictChoice, title: string) =>
    run('resolve', undefined, async () => {
      await session.outbox.resolveConflict(conflict.key, choice);
      const mine = conflict.mine;
      const questionId = mine.op === 'save' && mine.kind === 'antwoord' ? mine.entity.questionId : undefined;
      if (choice !== 'mine' && questionId !== undefined) {
        // The document shows what was chosen, so Word and Teams agree again.
        const fresh = await refresh();
        const input: FillInput = {
          edition: fresh.edition,
          snapshot: fresh.view,
          baseline,
          force: true,
          only: new Set([questionId]),
        };
        const { plan } = await fillControls(word, (cs) => planFill(input, cs));
        rememberFill(input, plan);
      }
      announce(t('word.conflict.resolved', { titel: title }));
    });

  const select = (id: number) =>
    run('select', undefined, async () => {
      await selectControl(word, id);
      announce(t('word.issues.selected'));
    });

  const conflicts = useMemo(
    () => [...records.values()].flatMap((s) => (s.status === 'conflict' ? [s.conflict] : [])),
    [records],
  );
  const failed = useMemo(
    () =>
      [...records].flatMap(([key, s]) =>
        s.status === 'failed' ? [{ key, code: s.code, questionId: key.slice(prefix.length) }] : [],
      ),
    [records, prefix],
  );
  const unsaved = useMemo(
    () => [...records.values()].filter((s) => s.status !== 'saved' && s.status !== 'idle').length,
    [records],
  );

  return {
    busy,
    filled,
    atRisk,
    review,
    notice,
    issues,
    error,
    changed,
    queued,
    conflicts,
    failed,
    unsaved,
    fill,
    cancelFill,
    check,
    toggle,
    save,
    resolve,
    select,
    retry: (key: string) => session.outbox.retry(key),
  };
}

export type DocumentSync = ReturnType<typeof useDocumentSync>;
