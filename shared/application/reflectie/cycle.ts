/**
 * A cycle of Leren en verbeteren: start it (with a snapshot of the indicators on its date),
 * answer its periodic questions, give cijfers, finish it, and turn Verbeteren into actions.
 * Every change goes through the outbox; a finished cycle is never changed again.
 */
import { z } from 'zod';
import { findBouwsteen } from '../../content/queries.ts';
import { BouwsteenIdSchema, type Bouwsteen, type BouwsteenId, type Edition } from '../../content/schema.ts';
import { AnswerValueSchema, GradeEntrySchema, valueKindOf } from '../../domain/answer.ts';
import { OverlegIdSchema } from '../../domain/ids.ts';
import { ActieSchema, ReflectieSchema, type Actie, type Reflectie } from '../../domain/model.ts';
import {
  assertEditable,
  compareWithPrevious,
  gradeSpread,
  gradesQuestion,
  hasReflectie,
  linkedIndicators,
  mergeGrades,
  periodicQuestions,
  reflectieInvalid,
  reviewPreviousActions as reviewActions,
  standenOp,
  verbeterSuggestiesVan,
  type ActionReview,
  type Comparison,
  type ReflectieIssue,
  type ThemeSpread,
} from '../../domain/reflectie/index.ts';
import { todayIn } from '../../domain/rules/calendar.ts';
import type { TrajectRecords } from '../../domain/rules/records.ts';
import { IsoDateSchema } from '../../domain/time.ts';
import { saveChange } from '../changes.ts';
import { parseInput } from '../validation.ts';
import {
  withoutVersion,
  type ReflectieContext,
  type TrajectRef,
  type VersionedReflectie,
} from './context.ts';

async function saveReflectie(
  ctx: Pick<ReflectieContext, 'outbox'>,
  reflectie: Reflectie,
  base: VersionedReflectie['version'],
): Promise<Reflectie> {
  await ctx.outbox.enqueue(saveChange('reflectie', reflectie, base));
  return reflectie;
}

function bouwsteenIn(edition: Edition, id: BouwsteenId): Bouwsteen | undefined {
  const bouwsteen = findBouwsteen(edition, id);
  return bouwsteen !== undefined && hasReflectie(bouwsteen) ? bouwsteen : undefined;
}

export type StartRecords = Pick<
  TrajectRecords,
  'reflecties' | 'acties' | 'indicatoren' | 'metingen' | 'antwoorden'
>;

export interface StartReflectieInput {
  readonly traject: TrajectRef;
  readonly records: StartRecords;
  /** `{ bouwstenen, datum, deelnemers, overlegId? }` from the UI: parsed here. */
  readonly form: unknown;
}

const StartFormSchema = z.strictObject({
  bouwstenen: z.array(BouwsteenIdSchema),
  datum: IsoDateSchema,
  /** Partner ids, or names of people who are not a partner record. */
  deelnemers: z.array(z.string().trim().min(1).max(255)).default([]),
  overlegId: OverlegIdSchema.optional(),
});

export interface StartedReflectie {
  readonly reflectie: Reflectie;
  /** Per bouwsteen, the actions of its previous cycle: where the new cycle starts. */
  readonly reviews: readonly ActionReview[];
}

/**
 * Starts a cycle for one or more bouwstenen on a date (today or earlier), with a snapshot of
 * every linked indicator as it stood on that date, so later cycles compare like with like.
 */
export async function startReflectie(
  ctx: ReflectieContext,
  input: StartReflectieInput,
): Promise<StartedReflectie> {
  const form = parseInput(StartFormSchema, input.form, 'reflectie');
  const edition = ctx.edition(input.traject.editie);
  const today = todayIn(ctx.clock);
  const bouwstenen = [...new Set(form.bouwstenen)];
  const issues: ReflectieIssue[] = [];
  if (bouwstenen.length === 0) issues.push('geenBouwsteen');
  if (bouwstenen.some((b) => bouwsteenIn(edition, b) === undefined)) issues.push('bouwsteenZonderReflectie');
  if (form.datum > today) issues.push('datumInToekomst');
  if (issues.length > 0) throw reflectieInvalid('reflectie', issues);

  const indicatoren = linkedIndicators(input.records, bouwstenen);
  const reflectie = parseInput(
    ReflectieSchema,
    {
      id: ctx.ids.next(),
      trajectId: input.traject.id,
      bouwstenen,
      datum: form.datum,
      deelnemers: [...new Set(form.deelnemers)],
      antwoorden: {},
      cijfers: [],
      indicatorStanden: standenOp(indicatoren, input.records.metingen, form.datum),
      ...(form.overlegId === undefined ? {} : { overlegId: form.overlegId }),
      status: 'bezig',
    },
    'reflectie',
  );
  await saveReflectie(ctx, reflectie, undefined);
  const reviews = bouwstenen.map((b) => reviewActions(input.records, b, today, reflectie));
  return { reflectie, reviews };
}

export interface AnswerReflectieInput {
  readonly traject: Pick<TrajectRef, 'editie'>;
  readonly reflectie: VersionedReflectie;
  readonly questionId: string;
  /** From the UI: parsed here. */
  readonly value: unknown;
}

/**
 * Answers a periodic question of the cycle's bouwstenen in this cycle. The answer lives in the
 * reflectie, so the previous cycle's answer stays as it was.
 */
export async function answerReflectieQuestion(
  ctx: ReflectieContext,
  input: AnswerReflectieInput,
): Promise<Reflectie> {
  const current = withoutVersion(input.reflectie);
  assertEditable(current);
  const edition = ctx.edition(input.traject.editie);
  const question = current.bouwstenen
    .flatMap((b) => {
      const bouwsteen = findBouwsteen(edition, b);
      return bouwsteen === undefined ? [] : periodicQuestions(bouwsteen);
    })
    .find((q) => q.id === input.questionId);
  if (question === undefined) throw reflectieInvalid('reflectie answer', ['vraagNietInReflectie']);
  const expected = valueKindOf(question.input);
  const value = AnswerValueSchema.safeParse(input.value);
  // Actions are records (actionsFromVerbeteren) and cijfers have their own place (gradeReflectie).
  if (expected === 'record' || expected === 'grades' || !value.success || value.data.kind !== expected) {
    throw reflectieInvalid('reflectie answer', ['verkeerdeAntwoordsoort']);
  }
  const reflectie = parseInput(
    ReflectieSchema,
    { ...current, status: 'bezig', antwoorden: { ...current.antwoorden, [question.id]: value.data } },
    'reflectie',
  );
  return saveReflectie(ctx, reflectie, input.reflectie.version);
}

export interface GradeReflectieInput {
  readonly traject: Pick<TrajectRef, 'editie'>;
  readonly reflectie: VersionedReflectie;
  /** `[{ deelnemer, thema, cijfer, toelichting }]`: parsed here. */
  readonly cijfers: unknown;
}

export interface GradedReflectie {
  readonly reflectie: Reflectie;
  /** Per theme, in the question's order: where the partners differ. */
  readonly spreiding: readonly ThemeSpread[];
}

/**
 * Records cijfers (1–10 with a toelichting) per participant per theme of the samenwerking; a
 * new cijfer for the same participant and theme replaces the earlier one of this cycle.
 */
export async function gradeReflectie(
  ctx: ReflectieContext,
  input: GradeReflectieInput,
): Promise<GradedReflectie> {
  const current = withoutVersion(input.reflectie);
  assertEditable(current);
  const entries = parseInput(z.array(GradeEntrySchema), input.cijfers, 'cijfers');
  const edition = ctx.edition(input.traject.editie);
  const question = current.bouwstenen
    .map((b) => findBouwsteen(edition, b))
    .flatMap((b) => (b === undefined ? [] : (gradesQuestion(b) ?? [])))
    .at(0);
  if (question?.input.kind !== 'grades') throw reflectieInvalid('cijfers', ['geenCijfervraag']);
  const themes = question.input.themes.map((t) => t.id);
  const issues: ReflectieIssue[] = [];
  if (entries.some((e) => !themes.includes(e.thema))) issues.push('themaOnbekend');
  if (current.deelnemers.length > 0 && entries.some((e) => !current.deelnemers.includes(e.deelnemer))) {
    issues.push('deelnemerOnbekend');
  }
  const keys = entries.map((e) => JSON.stringify([e.deelnemer, e.thema]));
  if (new Set(keys).size !== keys.length) issues.push('dubbelCijfer');
  if (issues.length > 0) throw reflectieInvalid('cijfers', issues);

  const cijfers = mergeGrades(current.cijfers, entries);
  const reflectie = parseInput(ReflectieSchema, { ...current, status: 'bezig', cijfers }, 'reflectie');
  await saveReflectie(ctx, reflectie, input.reflectie.version);
  return { reflectie, spreiding: gradeSpread(cijfers, themes) };
}

/** Closes the cycle. From now on it is kept as it is: every later edit is refused. */
export async function finishReflectie(
  ctx: Pick<ReflectieContext, 'outbox' | 'clock'>,
  input: { readonly reflectie: VersionedReflectie },
): Promise<Reflectie> {
  const current = withoutVersion(input.reflectie);
  assertEditable(current);
  const reflectie = parseInput(
    ReflectieSchema,
    { ...current, status: 'afgerond', afgerondOp: ctx.clock.now().toISOString() },
    'reflectie',
  );
  return saveReflectie(ctx, reflectie, input.reflectie.version);
}

export interface ActionsFromVerbeterenInput {
  readonly reflectie: VersionedReflectie;
  /** The bouwsteen whose Verbeteren answer the actions come from. */
  readonly bouwsteen: unknown;
  /** `[{ tekst, eigenaar, deadline }]`: parsed here; rows without text are skipped. */
  readonly acties: unknown;
}

const ActieFormSchema = z.array(
  z.strictObject({
    tekst: z.string(),
    eigenaar: z.string().trim().max(255).default(''),
    deadline: IsoDateSchema.optional(),
  }),
);

/**
 * Turns a Verbeteren answer into verbeteracties that someone owns. The reflectie itself does not
 * change, so this works on a finished cycle too (actions are often written down right after).
 */
export async function actionsFromVerbeteren(
  ctx: Pick<ReflectieContext, 'outbox' | 'clock' | 'ids'>,
  input: ActionsFromVerbeterenInput,
): Promise<Actie[]> {
  const reflectie = withoutVersion(input.reflectie);
  const bouwsteen = parseInput(BouwsteenIdSchema, input.bouwsteen, 'bouwsteen');
  const rows = parseInput(ActieFormSchema, input.acties, 'acties').filter((r) => r.tekst.trim() !== '');
  const issues: ReflectieIssue[] = [];
  if (!reflectie.bouwstenen.includes(bouwsteen)) issues.push('bouwsteenNietInReflectie');
  if (rows.length === 0) issues.push('geenActies');
  if (rows.some((r) => r.deadline !== undefined && r.deadline < reflectie.datum))
    issues.push('deadlineVoorReflectie');
  if (issues.length > 0) throw reflectieInvalid('acties', issues);

  const aangemaakt = ctx.clock.now().toISOString();
  const acties = rows.map((row) =>
    parseInput(
      ActieSchema,
      {
        id: ctx.ids.next(),
        trajectId: reflectie.trajectId,
        tekst: row.tekst.trim(),
        eigenaar: row.eigenaar,
        ...(row.deadline === undefined ? {} : { deadline: row.deadline }),
        status: 'open',
        herkomst: { soort: 'reflectie', reflectieId: reflectie.id, bouwsteen },
        aangemaakt,
      },
      'actie',
    ),
  );
  for (const actie of acties) await ctx.outbox.enqueue(saveChange('actie', actie));
  return acties;
}

/** Suggested action texts from the Verbeteren answer, to prefill `actionsFromVerbeteren`. */
export function verbeterSuggesties(
  ctx: Pick<ReflectieContext, 'edition'>,
  input: {
    readonly traject: Pick<TrajectRef, 'editie'>;
    readonly reflectie: Reflectie;
    readonly bouwsteen: BouwsteenId;
  },
): string[] {
  const bouwsteen = findBouwsteen(ctx.edition(input.traject.editie), input.bouwsteen);
  return bouwsteen === undefined ? [] : verbeterSuggestiesVan(bouwsteen, input.reflectie);
}

/**
 * "Zijn voorgenomen acties uitgevoerd?": the actions of the previous cycle of a bouwsteen and
 * how far they got, relative to `reflectie` (the cycle being held) or to the latest finished one.
 */
export function reviewPreviousActions(
  ctx: Pick<ReflectieContext, 'clock'>,
  input: {
    readonly records: Pick<TrajectRecords, 'reflecties' | 'acties'>;
    readonly bouwsteen: BouwsteenId;
    readonly reflectie?: Reflectie | undefined;
  },
): ActionReview {
  return reviewActions(input.records, input.bouwsteen, todayIn(ctx.clock), input.reflectie);
}

/** Eerder / Op dit moment for one bouwsteen of a cycle. */
export function eerderEnNu(
  ctx: Pick<ReflectieContext, 'edition'>,
  input: {
    readonly traject: Pick<TrajectRef, 'editie'>;
    readonly records: Pick<TrajectRecords, 'reflecties' | 'indicatoren'>;
    readonly reflectie: Reflectie;
    readonly bouwsteen: BouwsteenId;
  },
): Comparison | undefined {
  const bouwsteen = findBouwsteen(ctx.edition(input.traject.editie), input.bouwsteen);
  return bouwsteen === undefined ? undefined : compareWithPrevious(bouwsteen, input.reflectie, input.records);
}
