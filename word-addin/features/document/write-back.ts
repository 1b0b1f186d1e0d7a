/**
 * Writing edits made in Word back to the traject. Only controls the person changed count: a control
 * that still holds what Kompas put there is no edit, even when the answer changed in Teams since
 * (that one is offered for filling instead). A control that was never filled never clears an answer.
 */
import { findQuestion } from '../../../shared/content/queries.ts';
import type { Edition } from '../../../shared/content/schema.ts';
import { answerToText, BLANK_OWNER } from '../../../shared/document/answer-text.ts';
import { importAnswers, type ImportSkipReason, type KompasControl } from '../../../shared/document/read.ts';
import type { AnswerValue } from '../../../shared/domain/answer.ts';
import type { IdGenerator } from '../../../shared/domain/ids.ts';
import type { Answer } from '../../../shared/domain/model.ts';
import type { Current } from '../../../shared/application/traject-view.ts';
import type { ControlSnapshot } from '../../host/office/read-controls.ts';
import type { AnswerBase, Baseline } from './baseline.ts';
import {
  controlCatalog,
  kompasControls,
  sameText,
  showsPlaceholder,
  wordText,
  type KompasSnapshot,
} from './controls.ts';
import { currentAnswer } from './fill-plan.ts';

export interface AnswerChange {
  readonly questionId: string;
  readonly title: string;
  /** The answer as the document now says it. */
  readonly word: string;
  /** The answer as Teams has it; '' when there is none. */
  readonly teams: string;
  readonly value: AnswerValue;
  /** The stored answer this edit is based on: the one the document was filled from, if known. */
  readonly previous: AnswerBase | undefined;
  /** The controls and their text, to remember once saved. */
  readonly controls: readonly { readonly id: number; readonly text: string }[];
}

export type WriteBackSkip = ImportSkipReason | 'duplicate';

export interface WriteBackPlan {
  readonly changes: readonly AnswerChange[];
  /** Unchanged in Word, changed in Teams since the document was filled. */
  readonly newerInTeams: readonly { readonly questionId: string; readonly title: string }[];
  readonly skipped: readonly {
    readonly id: number;
    readonly title: string;
    readonly reason: WriteBackSkip;
  }[];
}

export interface WriteBackInput {
  readonly edition: Edition;
  readonly trajectId: string;
  readonly antwoorden: readonly Current<Answer>[];
  readonly baseline: Baseline;
  readonly ids?: IdGenerator;
}

export function planWriteBack(input: WriteBackInput, controls: readonly ControlSnapshot[]): WriteBackPlan {
  const { edition, trajectId, baseline } = input;
  const catalog = controlCatalog(edition);
  const titleOf = (key: string) => catalog.get(key)?.title ?? key;
  const skipped: { id: number; title: string; reason: WriteBackSkip }[] = [];
  const newer = new Map<string, string>();

  // One control per answer: copies that say the same are one; copies that differ are not guessed at.
  const byKey = new Map<string, KompasSnapshot[]>();
  for (const c of kompasControls(controls)) {
    if (c.parsed.owner !== trajectId && c.parsed.owner !== BLANK_OWNER) {
      skipped.push({ id: c.id, title: titleOf(c.key), reason: 'otherTraject' });
      continue;
    }
    byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  }
  const candidates: KompasSnapshot[] = [];
  for (const copies of byKey.values()) {
    const first = copies[0];
    if (first === undefined) continue;
    if (copies.some((c) => !sameText(wordText(c), wordText(first)))) {
      for (const c of copies) skipped.push({ id: c.id, title: titleOf(c.key), reason: 'duplicate' });
      continue;
    }
    candidates.push(first);
  }

  const edited: KompasSnapshot[] = [];
  for (const c of candidates) {
    const last = baseline.texts.get(c.id);
    const text = wordText(c);
    if (last === undefined ? showsPlaceholder(c) : sameText(text, last)) {
      // Not touched in Word. Did Teams move on since the document was filled?
      const found = findQuestion(edition, c.parsed.question);
      const stored = currentAnswer(input.antwoorden, c.parsed.question);
      if (found !== undefined && last !== undefined) {
        const teams = answerToText(found.question, stored?.value, c.parsed.field);
        if (!sameText(teams, last)) newer.set(c.parsed.question, found.question.shortLabel);
      }
      continue;
    }
    edited.push(c);
  }

  const previous = new Map<string, AnswerValue>();
  for (const a of input.antwoorden) {
    if (currentAnswer(input.antwoorden, a.questionId) === a) previous.set(a.questionId, a.value);
  }
  const readings: KompasControl[] = edited.map((c) => ({
    tag: c.tag,
    title: titleOf(c.key),
    text: wordText(c),
    showingPlaceholder: false,
    lock: c.cannotEdit ? 'contentLocked' : undefined,
    // Kept as a blank template's or this traject's: importAnswers takes both.
    parsedTag: c.parsed,
  }));
  const result = importAnswers({
    edition,
    controls: readings,
    trajectId,
    previous,
    ...(input.ids === undefined ? {} : { ids: input.ids }),
  });
  for (const s of result.skipped) {
    const c = edited.find((x) => x.tag === s.tag);
    if (c !== undefined) skipped.push({ id: c.id, title: titleOf(c.key), reason: s.reason });
  }

  const changes: AnswerChange[] = [];
  for (const [questionId, value] of result.updates) {
    const found = findQuestion(edition, questionId);
    if (found === undefined) continue;
    const stored = currentAnswer(input.antwoorden, questionId);
    const base = baseline.answers.get(questionId);
    changes.push({
      questionId,
      title: found.question.shortLabel,
      word: answerToText(found.question, value),
      teams: answerToText(found.question, stored?.value),
      value,
      previous:
        base ?? (stored === undefined ? undefined : { revisie: stored.revisie, version: stored.version }),
      controls: edited
        .filter((c) => c.parsed.question === questionId)
        .map((c) => ({ id: c.id, text: wordText(c) })),
    });
  }
  return {
    changes,
    newerInTeams: [...newer].map(([questionId, title]) => ({ questionId, title })),
    skipped,
  };
}

/** After saving: the document's text is what Teams has now (until someone edits either). */
export function rememberSaved(baseline: Baseline, change: AnswerChange): void {
  for (const c of change.controls) baseline.texts.set(c.id, c.text);
}
