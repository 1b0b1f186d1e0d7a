/**
 * Test data in the style of excalidraw's `API.createElement`: sensible defaults, override what
 * the test is about. `aTraject().withAnswer('2.ambitie', text('…')).withPartner({ … }).build()`.
 * Every record is parsed by its schema in `model.ts`, so a builder never yields invalid data.
 */
import { z } from 'zod';
import { allQuestions } from '../content/queries.ts';
import type { Edition } from '../content/schema.ts';
import {
  AnswerValueSchema,
  valueKindOf,
  type AnswerValue,
  type AnswerValueKind,
  type AnswerValueOf,
  type Frequency,
} from '../domain/answer.ts';
import { VersionSchema } from '../domain/ids.ts';
import {
  ActieSchema,
  ActiviteitSchema,
  AnswerSchema,
  IndicatorSchema,
  MetingSchema,
  OverlegSchema,
  PartnerSchema,
  ReflectieSchema,
  TrajectSchema,
  antwoordId,
  type Stored,
} from '../domain/model.ts';
import type { TrajectRecords } from '../domain/rules/records.ts';
import type { Clock } from '../domain/time.ts';
import type { TrajectSnapshot } from '../ports/traject-repository.ts';
import { SequenceIds } from './sequence-ids.ts';

type In<S extends z.ZodType> = z.input<S>;

export type AnswerValueInput = In<typeof AnswerValueSchema>;
export type TrajectProps = Partial<In<typeof TrajectSchema>>;
export type PartnerProps = Partial<In<typeof PartnerSchema>>;
export type IndicatorProps = Partial<In<typeof IndicatorSchema>>;
export type MetingProps = Partial<In<typeof MetingSchema>>;
export type ActiviteitProps = Partial<In<typeof ActiviteitSchema>>;
/** `afgerondOp` defaults to the end of the reflectie's day when the status is `afgerond`. */
export type ReflectieProps = Partial<In<typeof ReflectieSchema>> & { readonly afgerondOp?: string };
export type ActieProps = Partial<In<typeof ActieSchema>>;
export type OverlegProps = Partial<In<typeof OverlegSchema>>;
export interface AnswerProps {
  readonly auteur?: string;
  readonly gewijzigd?: string;
}

// ---- answer values -------------------------------------------------------

export function text(value: string): AnswerValueOf<'text'> {
  return { kind: 'text', text: value };
}

/** A list entry with an explicit id, for tests that link to it (`koppeling`, `resultaten`). */
export function entry(id: string, value: string): { id: string; text: string } {
  return { id, text: value };
}

/** A list answer; plain strings get the ids `item-1`, `item-2` … by position. */
export function list(...items: readonly (string | { id: string; text: string })[]): AnswerValueOf<'list'> {
  return AnswerValueSchema.parse({
    kind: 'list',
    items: items.map((item, i) => (typeof item === 'string' ? { id: `item-${i + 1}`, text: item } : item)),
  }) as AnswerValueOf<'list'>;
}

export function fields(values: Readonly<Record<string, string>>): AnswerValueOf<'fields'> {
  return { kind: 'fields', fields: { ...values } };
}

export function table(
  cells: Readonly<Record<string, Readonly<Record<string, string>>>>,
): AnswerValueOf<'table'> {
  return {
    kind: 'table',
    cells: Object.fromEntries(Object.entries(cells).map(([row, columns]) => [row, { ...columns }])),
  };
}

export function grades(
  ...entries: readonly { deelnemer: string; thema: string; cijfer: number; toelichting?: string }[]
): AnswerValueOf<'grades'> {
  return AnswerValueSchema.parse({ kind: 'grades', entries }) as AnswerValueOf<'grades'>;
}

export function priority(
  order: readonly string[],
  prioriteit: readonly string[] = [],
  toelichting = '',
): AnswerValueOf<'priority'> {
  return AnswerValueSchema.parse({
    kind: 'priority',
    order,
    prioriteit,
    toelichting,
  }) as AnswerValueOf<'priority'>;
}

/** A Leren-en-verbeteren agreement: `frequency({ interval: 3, unit: 'maanden' }, { volgendeDatum: '2026-04-01' })`. */
export function frequency(
  frequentie?: Frequency,
  more: { readonly volgendeDatum?: string; readonly organisator?: string; readonly afspraken?: string } = {},
): AnswerValueOf<'frequency'> {
  return AnswerValueSchema.parse({ kind: 'frequency', frequentie, ...more }) as AnswerValueOf<'frequency'>;
}

export function checklist(
  checks: Readonly<Record<string, 'ja' | 'deels' | 'nee'>>,
  toelichting = '',
): AnswerValueOf<'checklist'> {
  return { kind: 'checklist', checks: { ...checks }, toelichting };
}

/** A filled value of each kind; list entries are `item-1`, which `withAllAnswered` links records to. */
export function sampleValue(kind: AnswerValueKind): AnswerValue {
  switch (kind) {
    case 'text':
      return text('Ingevuld');
    case 'list':
      return list('Ingevuld');
    case 'fields':
      return fields({ veld: 'Ingevuld' });
    case 'table':
      return table({ rij: { kolom: 'Ingevuld' } });
    case 'grades':
      return grades({ deelnemer: 'Partner', thema: 'thema', cijfer: 7 });
    case 'priority':
      return priority(['item-1'], ['item-1']);
    case 'frequency':
      return frequency({ interval: 3, unit: 'maanden' });
    case 'checklist':
      return checklist({ item: 'ja' });
  }
}

// ---- the traject builder -------------------------------------------------

/** A builder with bad input is a bug in the test: say which record and which field. */
function parseOne<T>(what: string, schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new TypeError(`aTraject(): invalid ${what}\n${z.prettifyError(result.error)}`);
  return result.data;
}

const defaultInstant = '2026-01-15T09:00:00+01:00';

/** The builder's output: plain domain records (no store versions). */
export type BuiltTraject = TrajectRecords;

export class TrajectBuilder {
  readonly #ids = {
    partner: new SequenceIds({ prefix: 'partner' }),
    indicator: new SequenceIds({ prefix: 'indicator' }),
    meting: new SequenceIds({ prefix: 'meting' }),
    activiteit: new SequenceIds({ prefix: 'activiteit' }),
    reflectie: new SequenceIds({ prefix: 'reflectie' }),
    actie: new SequenceIds({ prefix: 'actie' }),
    overleg: new SequenceIds({ prefix: 'overleg' }),
  };
  #instant: string;
  #traject: In<typeof TrajectSchema>;
  readonly #antwoorden = new Map<string, { value: AnswerValueInput; props: AnswerProps; revisie: number }>();
  readonly #partners: unknown[] = [];
  readonly #indicatoren: unknown[] = [];
  readonly #metingen: unknown[] = [];
  readonly #activiteiten: unknown[] = [];
  readonly #reflecties: unknown[] = [];
  readonly #acties: unknown[] = [];
  readonly #overleggen: unknown[] = [];

  constructor(props: TrajectProps = {}, clock?: Clock) {
    this.#instant = clock === undefined ? defaultInstant : clock.now().toISOString();
    this.#traject = {
      id: 'traject-000001',
      naam: 'Testtraject',
      gemeente: 'Testgemeente',
      editie: 'sgg',
      aangemaakt: this.#instant,
      ...props,
    };
  }

  get trajectId(): string {
    return this.#traject.id;
  }

  /** Overrides fields of the traject itself. */
  withTraject(props: TrajectProps): this {
    this.#traject = { ...this.#traject, ...props };
    return this;
  }

  /** The instant that records added after this call are created or changed at. */
  at(instant: string): this {
    this.#instant = instant;
    return this;
  }

  /** Answers a question; answering it again replaces the value and raises the revision. */
  withAnswer(questionId: string, value: AnswerValueInput, props: AnswerProps = {}): this {
    const revisie = (this.#antwoorden.get(questionId)?.revisie ?? 0) + 1;
    this.#antwoorden.set(questionId, { value, props: { gewijzigd: this.#instant, ...props }, revisie });
    return this;
  }

  /**
   * Answers every question of an edition: a sample value of its kind, or a record for record
   * questions. Indicators and activiteiten link to the `item-1` entries, so no warning fires.
   */
  withAllAnswered(edition: Edition): this {
    const linked = { koppeling: { soort: 'resultaat', entryId: 'item-1' } } as const;
    for (const { question, bouwsteen } of allQuestions(edition)) {
      const kind = valueKindOf(question.input);
      if (kind !== 'record') {
        this.withAnswer(question.id, sampleValue(kind));
        continue;
      }
      const { id } = question;
      if (question.input.kind === 'indicators') this.withIndicator({ herkomst: id, ...linked });
      else if (question.input.kind === 'partnerOverview') this.withPartner();
      else if (question.input.kind === 'activityMatrix') {
        this.withActiviteit({ resultaten: ['item-1'], veranderverhaal: ['item-1'] });
      } else this.withActie({ herkomst: { soort: 'bouwsteen', bouwsteen: bouwsteen.id, questionId: id } });
    }
    return this;
  }

  withPartner(props: PartnerProps = {}): this {
    const id = props.id ?? this.#ids.partner.next();
    this.#partners.push({ organisatie: `Organisatie ${this.#partners.length + 1}`, ...props, id });
    return this;
  }

  /** Adds an indicator and, optionally, its metingen (their `indicatorId` is filled in). */
  withIndicator(props: IndicatorProps = {}, metingen: readonly MetingProps[] = []): this {
    const id = props.id ?? this.#ids.indicator.next();
    this.#indicatoren.push({
      naam: `Indicator ${this.#indicatoren.length + 1}`,
      soort: 'indicator',
      ...props,
      id,
    });
    for (const meting of metingen) this.withMeting({ ...meting, indicatorId: id });
    return this;
  }

  withMeting(props: MetingProps & { readonly indicatorId: string }): this {
    this.#metingen.push({
      datum: this.#instant.slice(0, 10),
      ...props,
      id: props.id ?? this.#ids.meting.next(),
    });
    return this;
  }

  withActiviteit(props: ActiviteitProps = {}): this {
    const id = props.id ?? this.#ids.activiteit.next();
    this.#activiteiten.push({
      naam: `Activiteit ${this.#activiteiten.length + 1}`,
      niveau: 'basis',
      ...props,
      id,
    });
    return this;
  }

  /** A reflectie; `gepland` unless a status is given. */
  withReflectie(props: ReflectieProps = {}): this {
    const id = props.id ?? this.#ids.reflectie.next();
    const datum = props.datum ?? this.#instant.slice(0, 10);
    const status = props.status ?? 'gepland';
    this.#reflecties.push({
      bouwstenen: ['0B'],
      ...props,
      id,
      datum,
      status,
      ...(status === 'afgerond' ? { afgerondOp: props.afgerondOp ?? `${datum}T17:00:00+01:00` } : {}),
    });
    return this;
  }

  withActie(props: ActieProps = {}): this {
    const id = props.id ?? this.#ids.actie.next();
    this.#acties.push({
      tekst: `Actie ${this.#acties.length + 1}`,
      herkomst: { soort: 'bouwsteen', bouwsteen: '0B' },
      aangemaakt: this.#instant,
      ...props,
      id,
    });
    return this;
  }

  withOverleg(props: OverlegProps = {}): this {
    const id = props.id ?? this.#ids.overleg.next();
    this.#overleggen.push({
      bouwstenen: ['0B'],
      onderwerp: 'Reflectie op de samenwerking',
      start: '2026-02-02T10:00',
      eind: '2026-02-02T11:30',
      tijdzone: 'Europe/Amsterdam',
      transactionId: `tx-${id}`,
      ...props,
      id,
    });
    return this;
  }

  /** The records, each parsed by its schema; throws naming the record and the bad field. */
  build(): BuiltTraject {
    const traject = parseOne('traject', TrajectSchema, this.#traject);
    const trajectId = traject.id;
    const parseAll = <T>(kind: string, schema: z.ZodType<T>, records: readonly unknown[]): T[] =>
      records.map((r, i) => parseOne(`${kind} ${i + 1}`, schema, { trajectId, ...(r as object) }));
    return {
      traject,
      antwoorden: [...this.#antwoorden].map(([questionId, { value, props, revisie }]) =>
        parseOne(`antwoord ${questionId}`, AnswerSchema, {
          id: antwoordId(trajectId, questionId),
          trajectId,
          questionId,
          value,
          revisie,
          ...props,
        }),
      ),
      partners: parseAll('partner', PartnerSchema, this.#partners),
      indicatoren: parseAll('indicator', IndicatorSchema, this.#indicatoren),
      metingen: parseAll('meting', MetingSchema, this.#metingen),
      activiteiten: parseAll('activiteit', ActiviteitSchema, this.#activiteiten),
      reflecties: parseAll('reflectie', ReflectieSchema, this.#reflecties),
      acties: parseAll('actie', ActieSchema, this.#acties),
      overleggen: parseAll('overleg', OverlegSchema, this.#overleggen),
    };
  }

  /** The records as a repository snapshot, every record at `version`. */
  buildSnapshot(version = '1'): TrajectSnapshot {
    const v = VersionSchema.parse(version);
    const stored = <T extends object>(records: readonly T[]): Stored<T>[] =>
      records.map((r) => ({ ...r, version: v }));
    const built = this.build();
    return {
      traject: { ...built.traject, version: v },
      antwoorden: stored(built.antwoorden),
      partners: stored(built.partners),
      indicatoren: stored(built.indicatoren),
      metingen: stored(built.metingen),
      activiteiten: stored(built.activiteiten),
      reflecties: stored(built.reflecties),
      acties: stored(built.acties),
      overleggen: stored(built.overleggen),
      problems: [],
    };
  }
}

/** Starts a traject; pass a Clock to stamp records with its time instead of a fixed instant. */
export function aTraject(props: TrajectProps = {}, clock?: Clock): TrajectBuilder {
  return new TrajectBuilder(props, clock);
}
