/**
 * The Reflecties screen's pure parts: who is who, the drafts of the plan and start forms and what
 * the use cases get from them, and which field a validation issue belongs to.
 */
import type { Current } from '../../../shared/application/index.ts';
import type { BouwsteenId } from '../../../shared/content/schema.ts';
import type { Frequency } from '../../../shared/domain/answer.ts';
import { isKompasError } from '../../../shared/domain/errors.ts';
import type { Overleg, Partner, Reflectie } from '../../../shared/domain/model.ts';
import {
  dateOf,
  instantOf,
  localAt,
  reflectieIssues,
  timeOf,
  type LocalDateTime,
  type ReflectieIssueKey,
} from '../../../shared/domain/reflectie/index.ts';
import { addDays } from '../../../shared/domain/rules/calendar.ts';
import type { BouwsteenSchedule } from '../../../shared/domain/reflectie/schedule.ts';
import { IsoDateSchema, type IsoDate } from '../../../shared/domain/time.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';

// ── people ───────────────────────────────────────────────────────────────────

/** A partner's contact, or the organisation when no contact is named. */
export function contactName(partner: Pick<Partner, 'contactpersoon' | 'organisatie'>): string {
  const contact = partner.contactpersoon.trim();
  return contact === '' ? partner.organisatie : contact;
}

/** A participant as people read it: a partner id becomes its contact, a name stays a name. */
export function personName(id: string, partners: readonly Partner[]): string {
  const partner = partners.find((p) => p.id === id);
  return partner === undefined ? id : contactName(partner);
}

/** Partners who can be invited (their contact has an address) first, in the order recorded. */
export function invitees(
  partners: readonly Partner[],
): { readonly partner: Partner; readonly invitable: boolean }[] {
  return partners.map((partner) => ({ partner, invitable: partner.email.trim() !== '' }));
}

// ── cycles and meetings ──────────────────────────────────────────────────────

/** The cycles that covered a bouwsteen, latest first. */
export function cyclesOf<R extends Reflectie>(reflecties: readonly R[], bouwsteen: BouwsteenId): R[] {
  const closed = (r: Reflectie) => (r.status === 'afgerond' ? r.afgerondOp : '');
  return reflecties
    .filter((r) => r.bouwstenen.includes(bouwsteen))
    .sort((a, b) => b.datum.localeCompare(a.datum) || closed(b).localeCompare(closed(a)));
}

/** Meetings of a bouwsteen whose planning did not reach Outlook. */
export function conceptsOf<O extends Overleg>(overleggen: readonly O[], bouwsteen: BouwsteenId): O[] {
  return overleggen.filter((o) => o.status === 'concept' && o.bouwstenen.includes(bouwsteen));
}

/** The record as the view holds it (with its version), for a record the schedule names. */
export function currentOf<T extends { readonly id: string }>(
  records: readonly Current<T>[],
  record: T | undefined,
): Current<T> | undefined {
  return record === undefined ? undefined : records.find((r) => r.id === record.id);
}

// ── times ────────────────────────────────────────────────────────────────────

/** `minutes` after a wall-clock time, as the clock in `zone` reads then (a DST change included). */
export function addMinutes(local: LocalDateTime, minutes: number, zone: string): LocalDateTime {
  return localAt(instantOf(local, zone).getTime() + minutes * 60_000, zone);
}

export function minutesBetween(start: LocalDateTime, eind: LocalDateTime, zone: string): number {
  return Math.round((instantOf(eind, zone).getTime() - instantOf(start, zone).getTime()) / 60_000);
}

export const durations = [30, 45, 60, 90, 120, 180] as const;

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The date a new meeting is proposed on: the due date while it is still to come, else in a week. */
export function proposedDate(schedule: BouwsteenSchedule | undefined, today: IsoDate): IsoDate {
  const due = schedule?.status.status === 'geen-afspraak' ? undefined : schedule?.status.due;
  return due !== undefined && due > today ? due : addDays(today, 7);
}

// ── validation issues ────────────────────────────────────────────────────────

export type FormField =
  'bouwstenen' | 'datum' | 'tijd' | 'duur' | 'tijdzone' | 'deelnemers' | 'herhaling' | 'tot' | 'algemeen';

const knownIssues = new Set<string>(reflectieIssues.map((i) => `reflectie.validation.${i}`));

export function isIssueKey(key: string): key is ReflectieIssueKey {
  return knownIssues.has(key);
}

/** The issue keys of a Validation error; other errors are not validation. */
export function validationIssues(error: unknown): readonly string[] | undefined {
  return isKompasError(error, 'Validation') ? error.issues : undefined;
}

/** The field a use case's issue is about, so the message stands next to it. */
export function fieldOfIssue(key: string): FormField {
  switch (key) {
    case 'reflectie.validation.startInVerleden':
    case 'reflectie.validation.datumInToekomst':
      return 'datum';
    case 'reflectie.validation.eindVoorStart':
      return 'duur';
    case 'reflectie.validation.tijdzone':
      return 'tijdzone';
    case 'reflectie.validation.geenDeelnemers':
    case 'reflectie.validation.deelnemerZonderEmail':
    case 'reflectie.validation.teveelDeelnemers':
    case 'reflectie.validation.deelnemerOnbekend':
      return 'deelnemers';
    case 'reflectie.validation.herhalingEindigtVoorStart':
      return 'tot';
    case 'reflectie.validation.geenBouwsteen':
    case 'reflectie.validation.bouwsteenZonderReflectie':
      return 'bouwstenen';
    default:
      return 'algemeen';
  }
}

/** A message for a field: one of the core's issue keys, or a key of this screen. */
export type FieldMessage = ReflectieIssueKey | Extract<MessageKey, `reflecties.validation.${string}`>;
export type FieldErrors = Partial<Record<FormField, readonly FieldMessage[]>>;

/** The messages per field of a Validation error; undefined when the error is something else. */
export function fieldErrorsOf(error: unknown): FieldErrors | undefined {
  const issues = validationIssues(error);
  if (issues === undefined) return undefined;
  const errors: Partial<Record<FormField, FieldMessage[]>> = {};
  for (const issue of issues) {
    // Zod's own lines (a malformed value the form should have prevented) have no sentence.
    if (!isIssueKey(issue)) continue;
    (errors[fieldOfIssue(issue)] ??= []).push(issue);
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((list) => list.length > 0);
}

// ── the plan form ────────────────────────────────────────────────────────────

export type AttendeeType = 'required' | 'optional';

export interface OtherAttendee {
  /** Stable while the row exists, for React and for labels. */
  readonly key: string;
  readonly naam: string;
  readonly email: string;
  readonly type: AttendeeType;
}

export interface PlanDraft {
  readonly bouwstenen: readonly BouwsteenId[];
  /** `YYYY-MM-DD` */
  readonly datum: string;
  /** `HH:mm` */
  readonly tijd: string;
  readonly duur: number;
  readonly tijdzone: string;
  /** Invited partners and how; a partner not in here is not invited. */
  readonly partners: Readonly<Record<string, AttendeeType>>;
  readonly anderen: readonly OtherAttendee[];
  readonly teams: boolean;
  readonly herhalen: boolean;
  readonly interval: string;
  readonly unit: Frequency['unit'];
  /** `YYYY-MM-DD` or ''. */
  readonly tot: string;
}

export function initialPlanDraft(input: {
  readonly bouwsteen: BouwsteenId;
  readonly schedule: BouwsteenSchedule | undefined;
  readonly partners: readonly Partner[];
  readonly today: IsoDate;
  readonly tijdzone: string;
}): PlanDraft {
  const frequentie = input.schedule?.frequentie;
  return {
    bouwstenen: [input.bouwsteen],
    datum: proposedDate(input.schedule, input.today),
    tijd: '14:00',
    duur: 90,
    tijdzone: input.tijdzone,
    partners: Object.fromEntries(
      invitees(input.partners)
        .filter((i) => i.invitable)
        .map((i) => [i.partner.id, 'required' as const]),
    ),
    anderen: [],
    teams: true,
    // The agreed rhythm is the default; without one a single meeting is.
    herhalen: frequentie !== undefined,
    interval: String(frequentie?.interval ?? 3),
    unit: frequentie?.unit ?? 'maanden',
    tot: '',
  };
}

/** What `planReflectie` gets as its form. */
export interface PlanForm {
  readonly bouwstenen: readonly BouwsteenId[];
  readonly start: LocalDateTime;
  readonly eind: LocalDateTime;
  readonly tijdzone: string;
  readonly deelnemers: readonly (
    | { readonly partnerId: string; readonly type: AttendeeType }
    | { readonly naam: string; readonly email: string; readonly type: AttendeeType }
  )[];
  readonly teams: boolean;
  readonly herhaling?: { readonly frequentie: Frequency; readonly tot?: IsoDate };
}

function validDate(text: string): boolean {
  return IsoDateSchema.safeParse(text).success;
}

/** The start and end of a draft's times, or the fields that keep them from being read. */
export function timesOf(
  draft: Pick<PlanDraft, 'datum' | 'tijd' | 'duur' | 'tijdzone'>,
): { readonly start: LocalDateTime; readonly eind: LocalDateTime } | FieldErrors {
  const errors: FieldErrors = {
    ...(validDate(draft.datum) ? {} : { datum: ['reflecties.validation.datum'] as const }),
    ...(timePattern.test(draft.tijd) ? {} : { tijd: ['reflecties.validation.tijd'] as const }),
  };
  if (hasErrors(errors)) return errors;
  const start = `${draft.datum}T${draft.tijd}`;
  try {
    return { start, eind: addMinutes(start, draft.duur, draft.tijdzone) };
  } catch {
    // An unknown zone: the use case names it (reflectie.validation.tijdzone).
    return { start, eind: start };
  }
}

function isTimes(value: object): value is { readonly start: LocalDateTime; readonly eind: LocalDateTime } {
  return 'start' in value;
}

/**
 * The use case's form from a draft, or what the form itself can tell is wrong (an empty date or
 * time, a repetition that is not a number). Everything else the use case judges.
 */
export function planFormOf(draft: PlanDraft): { readonly form: PlanForm } | { readonly errors: FieldErrors } {
  const times = timesOf(draft);
  const interval = Number(draft.interval);
  const errors: FieldErrors = {
    ...(isTimes(times) ? {} : times),
    ...(draft.herhalen && !(Number.isInteger(interval) && interval >= 1 && interval <= 60)
      ? { herhaling: ['reflecties.validation.interval'] as const }
      : {}),
    ...(draft.herhalen && draft.tot !== '' && !validDate(draft.tot)
      ? { tot: ['reflecties.validation.tot'] as const }
      : {}),
  };
  if (hasErrors(errors) || !isTimes(times)) return { errors };
  const anderen = draft.anderen.filter((a) => a.naam.trim() !== '' || a.email.trim() !== '');
  return {
    form: {
      bouwstenen: draft.bouwstenen,
      start: times.start,
      eind: times.eind,
      tijdzone: draft.tijdzone,
      deelnemers: [
        ...Object.entries(draft.partners).map(([partnerId, type]) => ({ partnerId, type })),
        ...anderen.map((a) => ({ naam: a.naam.trim(), email: a.email.trim(), type: a.type })),
      ],
      teams: draft.teams,
      ...(draft.herhalen
        ? {
            herhaling: {
              frequentie: { interval, unit: draft.unit },
              ...(draft.tot === '' ? {} : { tot: draft.tot }),
            },
          }
        : {}),
    },
  };
}

/** The plan form that puts a concept (planning that did not finish) in Outlook again, as it was. */
export function formOfConcept(overleg: Overleg): PlanForm {
  return {
    bouwstenen: overleg.bouwstenen,
    start: overleg.start,
    eind: overleg.eind,
    tijdzone: overleg.tijdzone,
    deelnemers: overleg.deelnemers.map((d) => ({ naam: d.naam, email: d.email, type: d.type })),
    teams: true,
    ...(overleg.herhaling === undefined
      ? {}
      : {
          herhaling: {
            frequentie: overleg.herhaling.frequentie,
            ...(overleg.herhaling.tot === undefined ? {} : { tot: overleg.herhaling.tot }),
          },
        }),
  };
}

// ── the reschedule form ──────────────────────────────────────────────────────

export interface RescheduleDraft {
  readonly datum: string;
  readonly tijd: string;
  readonly duur: number;
  /** Keep the series (from the new date); false ends it. */
  readonly herhalingHouden: boolean;
}

export function rescheduleDraftOf(overleg: Overleg): RescheduleDraft {
  let duur = 90;
  try {
    duur = minutesBetween(overleg.start, overleg.eind, overleg.tijdzone);
  } catch {
    // A zone Kompas no longer knows: the proposed length stands.
  }
  return {
    datum: dateOf(overleg.start),
    tijd: timeOf(overleg.start),
    duur,
    herhalingHouden: overleg.herhaling !== undefined,
  };
}

/** The lengths to choose from, with a meeting's own length among them. */
export function durationChoices(current: number): number[] {
  return [...new Set<number>([...durations, current])].filter((d) => d > 0).sort((a, b) => a - b);
}

// ── the start form ───────────────────────────────────────────────────────────

export interface StartDraft {
  readonly bouwstenen: readonly BouwsteenId[];
  readonly datum: string;
  /** Partner ids and names of others, in the order chosen. */
  readonly deelnemers: readonly string[];
}

export function startFormOf(
  draft: StartDraft,
): { readonly form: StartDraft } | { readonly errors: FieldErrors } {
  if (!validDate(draft.datum)) return { errors: { datum: ['reflecties.validation.datum'] } };
  return { form: draft };
}
