/** Answers to questions: one value shape per kind of question. */
import { z } from 'zod';
import type { QuestionInput } from '../content/schema.ts';
import { EntryIdSchema } from './ids.ts';
import { IsoDateSchema } from './time.ts';

export const ListEntrySchema = z.strictObject({ id: EntryIdSchema, text: z.string() });
export type ListEntry = z.infer<typeof ListEntrySchema>;

/** A cijfer from one participant on one theme of the samenwerking. */
export const GradeEntrySchema = z.strictObject({
  /** A partner id, or a name for someone who is not a partner record. */
  deelnemer: z.string().min(1),
  thema: z.string().min(1),
  cijfer: z.number().int().min(1).max(10),
  toelichting: z.string().default(''),
});
export type GradeEntry = z.infer<typeof GradeEntrySchema>;

/** "Every 3 months": the agreed rhythm of a Leren-en-verbeteren moment. */
export const FrequencySchema = z.strictObject({
  interval: z.number().int().min(1).max(60),
  unit: z.enum(['weken', 'maanden', 'jaren']),
});
export type Frequency = z.infer<typeof FrequencySchema>;

export const AnswerValueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: z.string() }),
  z.strictObject({ kind: z.literal('list'), items: z.array(ListEntrySchema) }),
  z.strictObject({ kind: z.literal('fields'), fields: z.record(z.string(), z.string()) }),
  z.strictObject({ kind: z.literal('table'), cells: z.record(z.string(), z.record(z.string(), z.string())) }),
  z.strictObject({ kind: z.literal('grades'), entries: z.array(GradeEntrySchema) }),
  z.strictObject({
    kind: z.literal('priority'),
    /** Element ids from the veranderverhaal lists, most important first. */
    order: z.array(EntryIdSchema),
    prioriteit: z.array(EntryIdSchema),
    toelichting: z.string().default(''),
  }),
  z.strictObject({
    kind: z.literal('frequency'),
    frequentie: FrequencySchema.optional(),
    organisator: z.string().default(''),
    volgendeDatum: IsoDateSchema.optional(),
    afspraken: z.string().default(''),
  }),
  z.strictObject({
    kind: z.literal('checklist'),
    checks: z.record(z.string(), z.enum(['ja', 'deels', 'nee'])),
    toelichting: z.string().default(''),
  }),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type AnswerValueKind = AnswerValue['kind'];
export type AnswerValueOf<K extends AnswerValueKind> = Extract<AnswerValue, { kind: K }>;

/**
 * The value shape a question takes, or `record` when the question is answered by records in
 * their own list (partners, indicators, activities, actions).
 */
export function valueKindOf(input: QuestionInput): AnswerValueKind | 'record' {
  switch (input.kind) {
    case 'text':
    case 'longText':
    case 'reflection':
      return 'text';
    case 'list':
    case 'veranderverhaal':
      return 'list';
    case 'roleSplit':
    case 'beforeNow':
    case 'keepImprove':
    case 'dosDonts':
    case 'qualityTable':
      return 'fields';
    case 'table':
      return 'table';
    case 'grades':
      return 'grades';
    case 'prioritering':
      return 'priority';
    case 'frequency':
      return 'frequency';
    case 'checklist':
      return 'checklist';
    case 'indicators':
    case 'partnerOverview':
    case 'activityMatrix':
    case 'actions':
      return 'record';
  }
}

/** True when a value holds something a person wrote or chose (white space alone is empty). */
export function isFilled(value: AnswerValue): boolean {
  const some = (xs: readonly string[]) => xs.some((s) => s.trim() !== '');
  switch (value.kind) {
    case 'text':
      return value.text.trim() !== '';
    case 'list':
      return some(value.items.map((i) => i.text));
    case 'fields':
      return some(Object.values(value.fields));
    case 'table':
      return some(Object.values(value.cells).flatMap((row) => Object.values(row)));
    case 'grades':
      return value.entries.length > 0;
    case 'priority':
      return value.order.length > 0 || value.toelichting.trim() !== '';
    case 'frequency':
      return (
        value.frequentie !== undefined || value.organisator.trim() !== '' || value.afspraken.trim() !== ''
      );
    case 'checklist':
      return Object.keys(value.checks).length > 0 || value.toelichting.trim() !== '';
  }
}
