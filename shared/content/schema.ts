/**
 * The shape of kwaliteitskompas content: editions → bouwstenen → sheets → items.
 * Content is data (validated by these schemas in tests); UI strings live in i18n/.
 */
import { z } from 'zod';

export const bouwsteenIds = ['0A', '0B', '1A', '1B', '2', '3A', '3B', '4', '5', '6'] as const;
export const BouwsteenIdSchema = z.enum(bouwsteenIds);
export type BouwsteenId = z.infer<typeof BouwsteenIdSchema>;

export const editionIds = ['sgg', 'algemeen', 'kwaliteitsmodel'] as const;
export const EditionIdSchema = z.enum(editionIds);
export type EditionId = z.infer<typeof EditionIdSchema>;

/** `2.ambitie`, `0A.vraagstuk`, `3A.ordenen.prioriteit`: bouwsteen id, then dotted lower-case slugs. */
export const QuestionIdSchema = z
  .string()
  .regex(/^(0A|0B|1A|1B|2|3A|3B|4|5|6)(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, 'question id: <bouwsteen>.<slug>')
  .brand<'QuestionId'>();
export type QuestionId = z.infer<typeof QuestionIdSchema>;

export const SheetIdSchema = z
  .string()
  .regex(/^(0A|0B|1A|1B|2|3A|3B|4|5|6)\/[a-z0-9]+(-[a-z0-9]+)*$/, 'sheet id: <bouwsteen>/<slug>')
  .brand<'SheetId'>();
export type SheetId = z.infer<typeof SheetIdSchema>;

const text = z
  .string()
  .min(1)
  .refine((s) => s === s.trim(), 'no surrounding white space');

/** A link as the NJi gave it. `url` is absent only where the source lost it and it could not be recovered. */
export const LinkSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type Link = z.infer<typeof LinkSchema>;

/** A bullet, optionally with a bold lead ("**Zet in op meerdere niveaus.** Richt je …"). */
export const BulletSchema = z.strictObject({ lead: text.optional(), text });
export type Bullet = z.infer<typeof BulletSchema>;

export const guidanceKinds = ['voorbeeld', 'tip', 'advies', 'letop', 'info'] as const;
/**
 * Guidance beside a question or on a sheet. Kinds as the seeds label them:
 * Voorbeeld, Tip, Advies, Let op!; `info` is unlabelled help such as "Meer informatie", "Denk aan".
 */
export const GuidanceSchema = z.strictObject({
  kind: z.enum(guidanceKinds),
  /** Paragraphs, in order. */
  text: z.array(text),
  bullets: z.array(BulletSchema).default([]),
  links: z.array(LinkSchema).default([]),
});
export type Guidance = z.infer<typeof GuidanceSchema>;
export type GuidanceKind = Guidance['kind'];

const fieldDef = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  label: text,
  prompt: text.optional(),
});
export type FieldDef = z.infer<typeof fieldDef>;
const fields = (min: number) => z.array(fieldDef).min(min);

export const reflectionSteps = ['herkennen', 'begrijpen', 'waarderen', 'verbeteren'] as const;
export const ReflectionStepSchema = z.enum(reflectionSteps);
export type ReflectionStep = z.infer<typeof ReflectionStepSchema>;

export const veranderverhaalCategories = ['kennis', 'principes', 'randvoorwaarden', 'anders'] as const;
export const VeranderverhaalCategorySchema = z.enum(veranderverhaalCategories);
export type VeranderverhaalCategory = z.infer<typeof VeranderverhaalCategorySchema>;

/** What an indicator entry measures: feeds the Indicator record's `doel`. */
export const indicatorScopes = ['maatschappelijk-resultaat', 'veranderverhaal', 'uitkomst'] as const;

/**
 * Every structure the seeds use, as a kind of input. Kinds marked "record" are answered by
 * records in their own list (partners, indicators, activities, actions) rather than by an answer value.
 */
export const QuestionInputSchema = z.discriminatedUnion('kind', [
  /** One line. */
  z.strictObject({ kind: z.literal('text') }),
  /** Free text of any length. */
  z.strictObject({ kind: z.literal('longText') }),
  /** A list of short entries, each with a stable id (ambities, resultaten, zorgen …). */
  z.strictObject({
    kind: z.literal('list'),
    itemLabel: text,
    /** A soft maximum from the seeds, e.g. "Ga niet tegelijkertijd werken aan meer dan drie ambities". */
    softMax: z.number().int().positive().optional(),
  }),
  /** record — "Indicator of signaal:" entries; they become Indicator records. */
  z.strictObject({
    kind: z.literal('indicators'),
    scope: z.enum(indicatorScopes),
    /** How many empty slots the worksheet shows. */
    slots: z.number().int().positive(),
    /** Indicators the source names for this question (the three harmonised outcome indicators). */
    presets: z.array(z.strictObject({ naam: text, definitie: text })).default([]),
  }),
  /** record — the 0-A overview of partners: domain × level, with the seed's organisations as suggestions. */
  z.strictObject({
    kind: z.literal('partnerOverview'),
    domains: fields(1),
    levels: fields(1),
    suggestions: z.array(
      z.strictObject({ domain: z.string(), level: z.string(), organisations: z.array(text).min(1) }),
    ),
  }),
  /** A cijfer 1–10 per participant per theme, with an explanation (bouwsteen 0 reflection). */
  z.strictObject({ kind: z.literal('grades'), themes: fields(1), min: z.literal(1), max: z.literal(10) }),
  /** Elements of the veranderverhaal in one category (3-A). */
  z.strictObject({ kind: z.literal('veranderverhaal'), category: VeranderverhaalCategorySchema }),
  /** Ordering and prioritising the veranderverhaal's elements (3-A, step 3). */
  z.strictObject({ kind: z.literal('prioritering'), from: z.array(z.string()).min(1) }),
  /** record — the 3-B matrix: results of bouwsteen 2 as columns, levels of provision as rows. */
  z.strictObject({
    kind: z.literal('activityMatrix'),
    resultsFrom: z.string(),
    veranderverhaalRow: fieldDef,
    rows: fields(1),
    footnote: text.optional(),
  }),
  /** The quality table of bouwsteen 4: per aspect its possible questions and an answer. */
  z.strictObject({
    kind: z.literal('qualityTable'),
    rows: z.array(z.strictObject({ id: z.string(), label: text, questions: z.array(text) })).min(1),
  }),
  /** Two roles side by side: Uitvoerende praktijk / Financier-beleid. */
  z.strictObject({ kind: z.literal('roleSplit'), fields: fields(2) }),
  /** Eerder / Op dit moment. */
  z.strictObject({ kind: z.literal('beforeNow'), fields: fields(2) }),
  /** Goed — vasthouden / minder goed — werken aan. */
  z.strictObject({ kind: z.literal('keepImprove'), fields: fields(2) }),
  /** Do's / Don'ts / Waarden / Verwachtingen. */
  z.strictObject({ kind: z.literal('dosDonts'), fields: fields(2) }),
  /** One of the four interpretation questions. */
  z.strictObject({ kind: z.literal('reflection'), step: ReflectionStepSchema }),
  /** record — verbeteracties (what, owner, due date). */
  z.strictObject({ kind: z.literal('actions') }),
  /** Agreements on frequency and who plans it; feeds the reflection schedule. */
  z.strictObject({ kind: z.literal('frequency') }),
  /** A table with fixed rows and columns (kwaliteitsmodel step 3: players × activities and the gemeente's role). */
  z.strictObject({ kind: z.literal('table'), columns: fields(1), rows: fields(1) }),
  /** Yes/partly/no per item with an explanation (kwaliteitsmodel step 4). */
  z.strictObject({
    kind: z.literal('checklist'),
    items: z.array(z.strictObject({ id: z.string(), text })).min(1),
  }),
]);
export type QuestionInput = z.infer<typeof QuestionInputSchema>;
export type QuestionKind = QuestionInput['kind'];
export const questionKinds = QuestionInputSchema.options.map((o) => o.shape.kind.value);

export const QuestionSchema = z.strictObject({
  type: z.literal('question'),
  id: QuestionIdSchema,
  /** The exact prompt of the NJi, repaired of PDF artefacts only. */
  prompt: text,
  /** A short label (≤ 60 characters) for navigation and the Word content control's title. */
  shortLabel: text.max(60),
  /** Explanation paragraphs printed under the prompt. */
  help: z.array(text).default([]),
  guidance: z.array(GuidanceSchema).default([]),
  input: QuestionInputSchema,
  /** On Leren-en-verbeteren sheets: answered once now, or again every cycle. */
  cadence: z.enum(['eenmalig', 'periodiek']).optional(),
  /** "Neem de ambitie uit bouwsteen 1 als uitgangspunt": the answer shown in place. */
  crossRef: z.strictObject({ question: QuestionIdSchema, note: text }).optional(),
  /** Not counted for progress (e.g. "Anders, namelijk"). */
  optional: z.boolean().default(false),
});
export type Question = z.infer<typeof QuestionSchema>;

export const SheetItemSchema = z.discriminatedUnion('type', [
  QuestionSchema,
  z.strictObject({ type: z.literal('heading'), text }),
  z.strictObject({
    type: z.literal('text'),
    text: z.array(text).min(1),
    bullets: z.array(BulletSchema).default([]),
  }),
  z.strictObject({ type: z.literal('guidance'), guidance: GuidanceSchema }),
]);
export type SheetItem = z.infer<typeof SheetItemSchema>;

export const SheetSchema = z.strictObject({
  id: SheetIdSchema,
  title: text,
  kind: z.enum(['werkblad', 'lerenEnVerbeteren']),
  /** "Actie" of a Leren-en-verbeteren sheet, e.g. "Evalueer de samenwerking regelmatig." */
  actie: text.optional(),
  items: z.array(SheetItemSchema).min(1),
});
export type Sheet = z.infer<typeof SheetSchema>;

export const BouwsteenSchema = z.strictObject({
  id: BouwsteenIdSchema,
  /** 0–6: the seven bouwstenen; A/B parts share a number. */
  nummer: z.number().int().min(0).max(6),
  title: text,
  resultaat: z.strictObject({ waarom: z.array(text).min(1), uitkomst: z.array(text).min(1) }).optional(),
  /** Guidance shown at the top ("Een goede start begint met de juiste samenwerking …"). */
  intro: z.array(SheetItemSchema).default([]),
  /** "Belangrijke vragen vooraf". */
  vooraf: z.array(SheetItemSchema).default([]),
  sheets: z.array(SheetSchema).min(1),
});
export type Bouwsteen = z.infer<typeof BouwsteenSchema>;

export const EditionSchema = z.strictObject({
  id: EditionIdSchema,
  /** Semantic version of the content; bump on any content change. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: text,
  subtitle: text.optional(),
  publisher: text,
  /** The seed files this edition is built from. */
  sources: z.array(z.string()).min(1),
  intro: z.array(SheetItemSchema).default([]),
  bouwstenen: z.array(BouwsteenSchema).min(1),
  /** Kwaliteitsmodel: each step names the bouwsteen whose answers it shares. */
  stepMapping: z
    .array(z.strictObject({ step: z.number().int(), title: text, bouwsteen: BouwsteenIdSchema }))
    .default([]),
});
export type Edition = z.infer<typeof EditionSchema>;
export type EditionInput = z.input<typeof EditionSchema>;
export type BouwsteenInput = z.input<typeof BouwsteenSchema>;
export type SheetInput = z.input<typeof SheetSchema>;
export type SheetItemInput = z.input<typeof SheetItemSchema>;
export type QuestionInputData = z.input<typeof QuestionSchema>;
export type GuidanceInput = z.input<typeof GuidanceSchema>;
