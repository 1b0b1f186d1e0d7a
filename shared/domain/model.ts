/**
 * The partnership's work: a traject and everything its partners record on it.
 * Schemas parse data coming in (SharePoint items, storage, files); types follow from them.
 */
import { z } from 'zod';
import { BouwsteenIdSchema, EditionIdSchema, QuestionIdSchema } from '../content/schema.ts';
import { AnswerValueSchema, FrequencySchema, GradeEntrySchema } from './answer.ts';
import {
  ActieIdSchema,
  ActiviteitIdSchema,
  EntryIdSchema,
  IndicatorIdSchema,
  MetingIdSchema,
  OverlegIdSchema,
  PartnerIdSchema,
  ReflectieIdSchema,
  TrajectIdSchema,
  type TrajectId,
  type Version,
} from './ids.ts';
import { IsoDateSchema, IsoDateTimeSchema } from './time.ts';

/**
 * A name is one line (it is also the SharePoint item's Title): runs of white space, line breaks
 * included, become one space, so what is stored is exactly what the domain holds.
 */
const name = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1).max(255));
const note = z.string().max(60_000).default('');
/** A person: UPN or Entra object id (Graph cannot "ensure" a user in a list, so we keep text). */
const person = z.string().max(255).default('');

/** A partnership working on one vraagstuk. */
export const TrajectSchema = z.strictObject({
  id: TrajectIdSchema,
  naam: name,
  gemeente: name,
  editie: EditionIdSchema,
  vraagstuk: note,
  aangemaakt: IsoDateTimeSchema,
  aangemaaktDoor: person,
});
export type Traject = z.infer<typeof TrajectSchema>;

/** An answer is keyed by traject and question, so two people answering at once collide as a conflict. */
export function antwoordId(trajectId: TrajectId, questionId: string): string {
  return `${trajectId}.${questionId}`;
}

export const AnswerSchema = z.strictObject({
  id: z.string().min(1),
  trajectId: TrajectIdSchema,
  questionId: QuestionIdSchema,
  value: AnswerValueSchema,
  auteur: person,
  gewijzigd: IsoDateTimeSchema,
  /** Increases by one on every saved change; the history screen shows revisions. */
  revisie: z.number().int().min(1),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const partnerRollen = ['regie', 'contact', 'uitvoering', 'financier', 'kennispartner'] as const;
export const PartnerSchema = z.strictObject({
  id: PartnerIdSchema,
  trajectId: TrajectIdSchema,
  organisatie: name,
  /** A domain id of the 0-A overview (`opvangOnderwijs` …), when placed there. */
  domein: z.string().optional(),
  /** A level id of the 0-A overview (`basisvoorzieningen` …), when placed there. */
  niveau: z.string().optional(),
  rollen: z.array(z.enum(partnerRollen)).default([]),
  contactpersoon: z.string().max(255).default(''),
  email: z.union([z.email(), z.literal('')]).default(''),
  toelichting: note,
});
export type Partner = z.infer<typeof PartnerSchema>;

export const KoppelingSchema = z.discriminatedUnion('soort', [
  z.strictObject({ soort: z.literal('geen') }),
  z.strictObject({ soort: z.literal('resultaat'), entryId: EntryIdSchema }),
  z.strictObject({ soort: z.literal('veranderverhaal'), entryId: EntryIdSchema }),
  z.strictObject({ soort: z.literal('activiteit'), activiteitId: ActiviteitIdSchema }),
]);
export type Koppeling = z.infer<typeof KoppelingSchema>;

/** An indicator (quantitative) or signaal (qualitative). */
export const IndicatorSchema = z.strictObject({
  id: IndicatorIdSchema,
  trajectId: TrajectIdSchema,
  soort: z.enum(['indicator', 'signaal']),
  naam: name,
  definitie: note,
  bron: z.string().max(255).default(''),
  eenheid: z.string().max(64).default(''),
  /** Whether a higher value is better; drives the movement arrows. */
  richting: z.enum(['hoger', 'lager', 'neutraal']).default('neutraal'),
  basis: z.strictObject({ waarde: z.number(), datum: IsoDateSchema }).optional(),
  doel: z.strictObject({ waarde: z.number(), jaar: z.number().int().min(1900).max(2200) }).optional(),
  koppeling: KoppelingSchema.default({ soort: 'geen' }),
  eigenaar: person,
  /** The "Indicator of signaal" question it was entered on. */
  herkomst: QuestionIdSchema.optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const MetingSchema = z.strictObject({
  id: MetingIdSchema,
  trajectId: TrajectIdSchema,
  indicatorId: IndicatorIdSchema,
  datum: IsoDateSchema,
  /** Absent for a signaal recorded in words only. */
  waarde: z.number().optional(),
  toelichting: note,
  bron: z.string().max(255).default(''),
});
export type Meting = z.infer<typeof MetingSchema>;

export const activiteitNiveaus = ['preventie', 'basis', 'eerstelijns', 'intensief'] as const;
export const ActiviteitSchema = z.strictObject({
  id: ActiviteitIdSchema,
  trajectId: TrajectIdSchema,
  naam: name,
  niveau: z.enum(activiteitNiveaus),
  /** Entry ids of the maatschappelijke resultaten (bouwsteen 2) it contributes to. */
  resultaten: z.array(EntryIdSchema).default([]),
  /** Entry ids of veranderverhaal elements (3-A) it serves. */
  veranderverhaal: z.array(EntryIdSchema).default([]),
  aanbieder: PartnerIdSchema.optional(),
  beschrijving: note,
});
export type Activiteit = z.infer<typeof ActiviteitSchema>;

/** What an indicator stood at on the day of a reflectie, so later cycles compare like with like. */
export const IndicatorStandSchema = z.strictObject({
  indicatorId: IndicatorIdSchema,
  waarde: z.number().optional(),
  datum: IsoDateSchema.optional(),
});

const reflectieBase = {
  id: ReflectieIdSchema,
  trajectId: TrajectIdSchema,
  bouwstenen: z.array(BouwsteenIdSchema).min(1),
  datum: IsoDateSchema,
  /** Partner ids, or names of people who are not a partner record. */
  deelnemers: z.array(z.string().min(1)).default([]),
  /** Answers to the periodic questions of the bouwstenen's Leren-en-verbeteren sheets, for this cycle. */
  antwoorden: z.record(z.string(), AnswerValueSchema).default({}),
  cijfers: z.array(GradeEntrySchema).default([]),
  indicatorStanden: z.array(IndicatorStandSchema).default([]),
  overlegId: OverlegIdSchema.optional(),
};
/** A cycle of Leren en verbeteren: planned, in progress, or finished (then kept, never overwritten). */
export const ReflectieSchema = z.discriminatedUnion('status', [
  z.strictObject({ ...reflectieBase, status: z.literal('gepland') }),
  z.strictObject({ ...reflectieBase, status: z.literal('bezig') }),
  z.strictObject({ ...reflectieBase, status: z.literal('afgerond'), afgerondOp: IsoDateTimeSchema }),
]);
export type Reflectie = z.infer<typeof ReflectieSchema>;

export const ActieHerkomstSchema = z.discriminatedUnion('soort', [
  z.strictObject({
    soort: z.literal('bouwsteen'),
    bouwsteen: BouwsteenIdSchema,
    questionId: QuestionIdSchema.optional(),
  }),
  z.strictObject({
    soort: z.literal('reflectie'),
    reflectieId: ReflectieIdSchema,
    bouwsteen: BouwsteenIdSchema,
  }),
]);
export type ActieHerkomst = z.infer<typeof ActieHerkomstSchema>;

export const actieStatussen = ['open', 'bezig', 'afgerond', 'vervallen'] as const;
/** A verbeteractie that someone owns. */
export const ActieSchema = z.strictObject({
  id: ActieIdSchema,
  trajectId: TrajectIdSchema,
  tekst: z.string().trim().min(1).max(2000),
  eigenaar: person,
  deadline: IsoDateSchema.optional(),
  status: z.enum(actieStatussen).default('open'),
  herkomst: ActieHerkomstSchema,
  aangemaakt: IsoDateTimeSchema,
});
export type Actie = z.infer<typeof ActieSchema>;

export const AttendeeSchema = z.strictObject({
  naam: z.string().max(255).default(''),
  email: z.email(),
  type: z.enum(['required', 'optional']).default('required'),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

/** A reflection meeting planned in Outlook. */
export const OverlegSchema = z.strictObject({
  id: OverlegIdSchema,
  trajectId: TrajectIdSchema,
  bouwstenen: z.array(BouwsteenIdSchema).min(1),
  reflectieId: ReflectieIdSchema.optional(),
  onderwerp: name,
  /** Local wall-clock start and end (`YYYY-MM-DDTHH:mm`) in `tijdzone`, as Graph's dateTimeTimeZone wants. */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  eind: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  tijdzone: z.string().min(1),
  deelnemers: z.array(AttendeeSchema).default([]),
  herhaling: z.strictObject({ frequentie: FrequencySchema, tot: IsoDateSchema.optional() }).optional(),
  /** Graph de-duplicates creates with the same transactionId. */
  transactionId: z.string().min(1),
  eventId: z.string().optional(),
  joinUrl: z.url().optional(),
  status: z.enum(['concept', 'gepland', 'geannuleerd']).default('concept'),
});
export type Overleg = z.infer<typeof OverlegSchema>;

/** Every kind of record the store keeps, by its list. */
export interface EntityMap {
  traject: Traject;
  antwoord: Answer;
  partner: Partner;
  indicator: Indicator;
  meting: Meting;
  activiteit: Activiteit;
  reflectie: Reflectie;
  actie: Actie;
  overleg: Overleg;
}
export type EntityKind = keyof EntityMap;
export const entityKinds = [
  'traject',
  'antwoord',
  'partner',
  'indicator',
  'meting',
  'activiteit',
  'reflectie',
  'actie',
  'overleg',
] as const satisfies readonly EntityKind[];

export const entitySchemas: { [K in EntityKind]: z.ZodType<EntityMap[K], unknown> } = {
  traject: TrajectSchema,
  antwoord: AnswerSchema,
  partner: PartnerSchema,
  indicator: IndicatorSchema,
  meting: MetingSchema,
  activiteit: ActiviteitSchema,
  reflectie: ReflectieSchema,
  actie: ActieSchema,
  overleg: OverlegSchema,
};

/** A record as stored, with the store's concurrency token. */
export type Stored<T> = T & { readonly version: Version };

/** The id of an anonymous actie/meting etc. is always `id`; answers use `antwoordId`. */
export type EntityId = string;
