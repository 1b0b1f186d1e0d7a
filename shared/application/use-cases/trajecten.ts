/** Listing, creating and opening trajecten, and switching a traject's edition. */
import { findQuestion } from '../../content/queries.ts';
import { EditionIdSchema, type Edition, type QuestionId } from '../../content/schema.ts';
import { isKompasError } from '../../domain/errors.ts';
import type { TrajectId } from '../../domain/ids.ts';
import { isFilled } from '../../domain/answer.ts';
import { TrajectSchema, type Answer, type Stored, type Traject } from '../../domain/model.ts';
import type { LoadProblem, TrajectSnapshot } from '../../ports/traject-repository.ts';
import { saveChange, trajectIdOfChange, type Change } from '../changes.ts';
import type { AppContext } from '../context.ts';
import { deriveOverzicht, type Overzicht } from '../overzicht.ts';
import { applyUnsaved, type Current, type TrajectView } from '../traject-view.ts';
import { parseInput } from '../validation.ts';

/** The trajecten of the team, by name. */
export async function listTrajecten(ctx: Pick<AppContext, 'repository'>): Promise<{
  readonly trajecten: readonly Stored<Traject>[];
  readonly problems: readonly LoadProblem[];
}> {
  const { trajecten, problems } = await ctx.repository.listTrajecten();
  const byName = [...trajecten].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return { trajecten: byName, problems };
}

const NewTrajectSchema = TrajectSchema.pick({ naam: true, gemeente: true, editie: true, vraagstuk: true });

/**
 * Creates a traject from what the person filled in. It goes through the outbox like every edit,
 * so it is kept when the connection is gone; `openTraject` shows it before the store has it.
 */
export async function createTraject(
  ctx: Pick<AppContext, 'outbox' | 'clock' | 'ids' | 'user'>,
  input: unknown,
): Promise<Traject> {
  const fields = parseInput(NewTrajectSchema, input, 'traject');
  const traject = parseInput(
    TrajectSchema,
    {
      ...fields,
      id: ctx.ids.next(),
      aangemaakt: ctx.clock.now().toISOString(),
      aangemaaktDoor: ctx.user.upn,
    },
    'traject',
  );
  await ctx.outbox.enqueue(saveChange('traject', traject));
  return traject;
}

/** Everything the Overzicht needs for one traject. */
export interface OpenedTraject {
  readonly edition: Edition;
  /** As stored; undefined while the traject's own creation is still waiting in the outbox. */
  readonly snapshot: TrajectSnapshot | undefined;
  /** This traject's changes still waiting in the outbox, oldest first. */
  readonly unsaved: readonly Change[];
  /** The snapshot with the unsaved changes applied: what the screens show and edit. */
  readonly view: TrajectView;
  readonly overzicht: Overzicht;
}

export async function openTraject(ctx: AppContext, id: TrajectId): Promise<OpenedTraject> {
  const unsaved = ctx.outbox.pending().filter((c) => trajectIdOfChange(c) === id);
  let snapshot: TrajectSnapshot | undefined;
  try {
    snapshot = await ctx.repository.openTraject(id);
  } catch (error) {
    const waiting = unsaved.find((c) => c.op === 'save' && c.kind === 'traject');
    if (!isKompasError(error, 'NotFound') || waiting?.op !== 'save' || waiting.kind !== 'traject')
      throw error;
    const view = applyUnsaved({ traject: waiting.entity }, unsaved);
    const edition = ctx.edition(view.traject.editie);
    return { edition, snapshot, unsaved, view, overzicht: deriveOverzicht(edition, view, ctx.clock) };
  }
  const view = applyUnsaved(snapshot, unsaved);
  const edition = ctx.edition(view.traject.editie);
  return { edition, snapshot, unsaved, view, overzicht: deriveOverzicht(edition, view, ctx.clock) };
}

export interface SwitchEditionInput {
  readonly traject: Current<Traject> | Stored<Traject>;
  readonly editie: unknown;
  /** The traject's answers, to tell which ones the new edition does not show. */
  readonly antwoorden?: readonly Answer[];
}

/**
 * Changes the traject's edition and nothing else: answers are keyed by question id, which the
 * editions share, so they stay. Answers to questions the new edition lacks stay stored (and come
 * back on switching again); `hidden` names them so the UI can say so.
 */
export async function switchEdition(
  ctx: Pick<AppContext, 'outbox' | 'edition'>,
  input: SwitchEditionInput,
): Promise<{ readonly traject: Traject; readonly hidden: readonly QuestionId[] }> {
  const editie = parseInput(EditionIdSchema, input.editie, 'editie');
  const { version, ...current } = input.traject;
  const edition = ctx.edition(editie);
  const hidden = (input.antwoorden ?? [])
    .filter((a) => isFilled(a.value) && findQuestion(edition, a.questionId) === undefined)
    .map((a) => a.questionId);
  if (current.editie === editie) return { traject: current, hidden };
  const traject = parseInput(TrajectSchema, { ...current, editie }, 'traject');
  await ctx.outbox.enqueue(saveChange('traject', traject, version));
  return { traject, hidden };
}
