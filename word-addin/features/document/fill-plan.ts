/**
 * Filling the document's Kompas controls with a traject's current answers. The texts come from
 * the same renderer as an insertion (`renderKompas`), so a filled control reads exactly like a
 * freshly inserted one. Text the person typed in Word and did not write back is never overwritten
 * without asking.
 */
import type { Edition } from '../../../shared/content/schema.ts';
import { BLANK_OWNER, formatTag, parseTag, textShapeOf } from '../../../shared/document/answer-text.ts';
import {
  paragraph,
  textRun,
  type ContentControl,
  type ControlBlock,
  type Run,
} from '../../../shared/document/document-model.ts';
import { toFlatOpc } from '../../../shared/document/ooxml.ts';
import { renderKompas, type DocumentSnapshot } from '../../../shared/document/render.ts';
import { documentStrings } from '../../../shared/document/strings.ts';
import type { Current } from '../../../shared/application/traject-view.ts';
import type { Answer } from '../../../shared/domain/model.ts';
import type { ControlWrite, WritePlan } from '../../host/office/fill-controls.ts';
import type { ControlSnapshot } from '../../host/office/read-controls.ts';
import type { Baseline } from './baseline.ts';
import {
  controlCatalog,
  controlsOfDocument,
  kompasControls,
  sameText,
  wordText,
  type ControlKey,
} from './controls.ts';

export interface FilledControl {
  readonly id: number;
  readonly key: ControlKey;
  readonly title: string;
}

/** A control whose text in Word differs from Teams and from what Kompas last put there. */
export interface AtRisk extends FilledControl {
  readonly word: string;
  readonly teams: string;
}

export interface FillPlan extends WritePlan {
  /** Controls that hold an answer after filling. */
  readonly filled: readonly FilledControl[];
  /** Controls whose question has no answer yet. */
  readonly empty: readonly FilledControl[];
  /** Without `force`, nothing is written while this is not empty. */
  readonly atRisk: readonly AtRisk[];
  /** Controls of another traject or of questions this edition lacks: left as they are. */
  readonly skipped: readonly FilledControl[];
  /** The text each written or already matching editable control holds afterwards. */
  readonly texts: ReadonlyMap<number, string>;
  /** Nothing was written: text typed in Word would have been overwritten. */
  readonly blocked: boolean;
}

export interface FillInput {
  readonly edition: Edition;
  /** The traject as the pane shows it (stored, with unsaved changes on top). */
  readonly snapshot: DocumentSnapshot & { readonly antwoorden: readonly Current<Answer>[] };
  readonly baseline: Baseline;
  /** Overwrite text typed in Word too (the person confirmed). */
  readonly force: boolean;
  /** Only these questions (after a conflict was resolved). */
  readonly only?: ReadonlySet<string>;
}

function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** A control's content as plain text: one line per paragraph or bullet. */
export function blocksToText(blocks: readonly ControlBlock[]): string {
  return blocks
    .flatMap((b) => {
      switch (b.type) {
        case 'paragraph':
          return [runsText(b.runs)];
        case 'bullets':
          return b.items.map(runsText);
        case 'table':
          return b.rows.map((row) => row.map((cell) => blocksToText(cell.blocks)).join('\t'));
      }
    })
    .join('\n');
}

/** Structured content as a Flat OPC package; an empty answer says so in the document's words. */
export function structuredOoxml(control: ContentControl): string {
  const blocks: readonly ControlBlock[] =
    control.value.length > 0
      ? control.value
      : [paragraph(textRun(documentStrings.nl.noAnswer, { italic: true }))];
  return toFlatOpc({ meta: { title: control.title, subject: control.title, language: 'nl-NL' }, blocks });
}

/** The plan for `fillControls`: decided from the controls as they are in the document now. */
export function planFill(input: FillInput, controls: readonly ControlSnapshot[]): FillPlan {
  const { edition, snapshot, baseline } = input;
  const trajectId = snapshot.traject.id;
  const catalog = controlCatalog(edition);
  const rendered = controlsOfDocument(
    renderKompas({ edition, selection: { kind: 'kompas' }, snapshot, options: { guidance: 'omit' } }),
  );
  const writes: ControlWrite[] = [];
  const filled: FilledControl[] = [];
  const empty: FilledControl[] = [];
  const atRisk: AtRisk[] = [];
  const skipped: FilledControl[] = [];
  const texts = new Map<number, string>();

  for (const c of kompasControls(controls)) {
    const info = catalog.get(c.key);
    const title = info?.title ?? c.key;
    const entry = { id: c.id, key: c.key, title };
    if (input.only !== undefined && !input.only.has(c.parsed.question)) continue;
    const own = c.parsed.owner === trajectId || c.parsed.owner === BLANK_OWNER;
    const model = info === undefined ? undefined : rendered.get(formatTag({ ...c.parsed, owner: trajectId }));
    if (!own || info === undefined || model === undefined) {
      skipped.push(entry);
      continue;
    }
    // A blank template's control becomes this traject's, so writing back knows where it belongs.
    const retag = c.parsed.owner === BLANK_OWNER ? { tag: model.tag } : {};
    (model.value.length > 0 ? filled : empty).push(entry);

    if (textShapeOf(info.question) === 'none') {
      writes.push({ kind: 'ooxml', id: c.id, ooxml: structuredOoxml(model), ...retag });
      continue;
    }
    const target = blocksToText(model.value);
    const current = wordText(c);
    texts.set(c.id, target);
    if (sameText(current, target)) {
      if (retag.tag !== undefined) writes.push({ kind: 'text', id: c.id, text: target, ...retag });
      continue;
    }
    const last = baseline.texts.get(c.id);
    const typedInWord = current !== '' && (last === undefined || !sameText(current, last));
    if (typedInWord) atRisk.push({ ...entry, word: current, teams: target });
    writes.push({ kind: 'text', id: c.id, text: target, ...retag });
  }

  const blocked = atRisk.length > 0 && !input.force;
  return {
    writes: blocked ? [] : writes,
    filled,
    empty,
    atRisk,
    skipped,
    texts: blocked ? new Map() : texts,
    blocked,
  };
}

/** The answer a question has now, with the version it is stored at (highest revision wins, as in `answerTo`). */
export function currentAnswer(
  antwoorden: readonly Current<Answer>[],
  questionId: string,
): Current<Answer> | undefined {
  let found: Current<Answer> | undefined;
  for (const a of antwoorden) {
    if (a.questionId === questionId && (found === undefined || a.revisie > found.revisie)) found = a;
  }
  return found;
}

/** After filling: the document now holds these texts, based on these answer versions. */
export function rememberFill(input: FillInput, plan: FillPlan): void {
  if (plan.blocked) return;
  for (const [id, text] of plan.texts) input.baseline.texts.set(id, text);
  const questions = new Set([...plan.filled, ...plan.empty].map((c) => c.key.split('#')[0] ?? c.key));
  for (const questionId of questions) {
    const answer = currentAnswer(input.snapshot.antwoorden, questionId);
    if (answer === undefined) input.baseline.answers.delete(questionId);
    else input.baseline.answers.set(questionId, { revisie: answer.revisie, version: answer.version });
  }
}

/** After inserting a template filled from a traject: its controls hold these texts and answers. */
export function rememberInserted(
  baseline: Baseline,
  rendered: ReadonlyMap<string, ContentControl>,
  inserted: readonly { readonly id: number; readonly tag: string }[],
  antwoorden: readonly Current<Answer>[],
): void {
  for (const c of inserted) {
    const model = rendered.get(c.tag);
    if (model === undefined) continue;
    baseline.texts.set(c.id, blocksToText(model.value));
    const questionId = parseTag(c.tag)?.question;
    if (questionId === undefined) continue;
    const answer = currentAnswer(antwoorden, questionId);
    if (answer === undefined) baseline.answers.delete(questionId);
    else baseline.answers.set(questionId, { revisie: answer.revisie, version: answer.version });
  }
}
