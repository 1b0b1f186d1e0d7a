/**
 * Planning a reflectie in Outlook: the meeting is built from an Overleg (subject, times in the
 * partnership's time zone, the partners' contacts as attendees, a Teams meeting when the
 * calendar allows one, the agreed frequency as recurrence, the agenda as its body).
 *
 * The Overleg is kept through the outbox with its transactionId before the calendar is called,
 * so planning again after a lost answer or a reload sends the same transactionId and Outlook
 * returns the meeting it already made instead of a second one.
 */
import { z } from 'zod';
import { BouwsteenIdSchema } from '../../content/schema.ts';
import { findBouwsteen } from '../../content/queries.ts';
import { FrequencySchema } from '../../domain/answer.ts';
import { ReflectieIdSchema } from '../../domain/ids.ts';
import { OverlegSchema, type Attendee, type Overleg, type Traject } from '../../domain/model.ts';
import {
  hasReflectie,
  LocalDateTimeSchema,
  meetingIssues,
  reflectieInvalid,
  type ReflectieIssue,
} from '../../domain/reflectie/index.ts';
import { defaultTimeZone } from '../../domain/rules/calendar.ts';
import type { TrajectRecords } from '../../domain/rules/records.ts';
import { IsoDateSchema } from '../../domain/time.ts';
import { reflectieText, type ReflectieLocale } from '../../i18n/reflectie.ts';
import { buildAgenda } from '../../meeting/agenda.ts';
import { agendaFor, meetingSubject, type AgendaRecords } from '../../meeting/agenda-data.ts';
import { buildIcs } from '../../meeting/ics.ts';
import { safeUrl } from '../../meeting/text.ts';
import type { MeetingAttendee, MeetingBody } from '../../ports/calendar.ts';
import { saveChange } from '../changes.ts';
import { parseInput } from '../validation.ts';
import {
  withoutVersion,
  type PlanningContext,
  type ReflectieContext,
  type VersionedOverleg,
} from './context.ts';

export type PlanRecords = AgendaRecords & Pick<TrajectRecords, 'partners'>;
type TrajectInfo = Pick<Traject, 'id' | 'naam' | 'editie'>;

const AttendeeTypeSchema = z.enum(['required', 'optional']).default('required');
/** A partner (its contact is invited) or someone else by e-mail address. */
const AttendeeInputSchema = z.union([
  z.strictObject({ partnerId: z.string().min(1), type: AttendeeTypeSchema }),
  z.strictObject({
    naam: z.string().max(255).default(''),
    email: z.string().max(320),
    type: AttendeeTypeSchema,
  }),
]);
const HerhalingSchema = z.strictObject({ frequentie: FrequencySchema, tot: IsoDateSchema.optional() });

const PlanFormSchema = z.strictObject({
  bouwstenen: z.array(BouwsteenIdSchema),
  start: LocalDateTimeSchema,
  eind: LocalDateTimeSchema,
  tijdzone: z.string().min(1).default(defaultTimeZone),
  deelnemers: z.array(AttendeeInputSchema).default([]),
  herhaling: HerhalingSchema.optional(),
  /** Add a Teams meeting when the calendar allows it. */
  teams: z.boolean().default(true),
  reflectieId: ReflectieIdSchema.optional(),
});

type AttendeeInput = z.output<typeof AttendeeInputSchema>;

/** Partners become their contact's address; the same address twice is invited once, required if either is. */
function resolveAttendees(
  inputs: readonly AttendeeInput[],
  partners: PlanRecords['partners'],
): { readonly attendees: Attendee[]; readonly issues: ReflectieIssue[] } {
  const issues: ReflectieIssue[] = [];
  const byAddress = new Map<string, Attendee>();
  for (const input of inputs) {
    let attendee: Attendee;
    if ('partnerId' in input) {
      const partner = partners.find((p) => p.id === input.partnerId);
      if (partner === undefined) {
        issues.push('deelnemerOnbekend');
        continue;
      }
      const naam = partner.contactpersoon.trim() === '' ? partner.organisatie : partner.contactpersoon.trim();
      attendee = { naam, email: partner.email.trim(), type: input.type };
    } else {
      attendee = { naam: input.naam.trim(), email: input.email.trim(), type: input.type };
    }
    const key = attendee.email.toLowerCase();
    const seen = key === '' ? undefined : byAddress.get(key);
    const type: Attendee['type'] = seen?.type === 'required' ? 'required' : attendee.type;
    // Addresses left empty are kept apart (an address has an @) so the validation below names them.
    byAddress.set(key === '' ? `leeg-${byAddress.size}` : key, { ...(seen ?? attendee), type });
  }
  return { attendees: [...byAddress.values()], issues };
}

function meetingAttendees(deelnemers: readonly Attendee[]): MeetingAttendee[] {
  return deelnemers.map((d) => ({ naam: d.naam, email: d.email, type: d.type }));
}

function agendaBody(
  ctx: Pick<ReflectieContext, 'edition'>,
  traject: TrajectInfo,
  records: AgendaRecords,
  overleg: Overleg,
  link: string | undefined,
  locale: ReflectieLocale,
): MeetingBody {
  return buildAgenda(
    agendaFor(ctx.edition(traject.editie), records, overleg, {
      traject: traject.naam,
      link,
      joinUrl: overleg.joinUrl,
      locale,
    }),
  );
}

export interface PlanReflectieInput {
  readonly traject: TrajectInfo;
  readonly records: PlanRecords;
  /** `{ bouwstenen, start, eind, tijdzone, deelnemers, herhaling, teams, reflectieId }`: parsed here. */
  readonly form: unknown;
  /** The link back to the tab (a Teams deep link, or the standalone app's URL). */
  readonly link?: string | undefined;
  /** An Overleg whose planning did not finish (status concept): planned again with its transactionId. */
  readonly overleg?: VersionedOverleg | undefined;
  readonly locale?: ReflectieLocale | undefined;
}

export interface PlannedReflectie {
  readonly overleg: Overleg;
  /** The Teams join link, when a Teams meeting was added. */
  readonly joinUrl: string | undefined;
  /** False when Teams was asked for but the calendar does not allow Teams meetings. */
  readonly teams: boolean;
}

/**
 * Plans a reflection meeting in Outlook and keeps it as an Overleg with its eventId and join
 * link. Bad input is refused with a Validation error before anything is kept or sent.
 */
export async function planReflectie(
  ctx: PlanningContext,
  input: PlanReflectieInput,
): Promise<PlannedReflectie> {
  const form = parseInput(PlanFormSchema, input.form, 'overleg');
  const edition = ctx.edition(input.traject.editie);
  const existing = input.overleg;
  const bouwstenen = [...new Set(form.bouwstenen)];
  const { attendees, issues } = resolveAttendees(form.deelnemers, input.records.partners);
  if (existing?.status === 'gepland') issues.push('alGepland');
  if (existing?.status === 'geannuleerd') issues.push('geannuleerd');
  if (bouwstenen.length === 0) issues.push('geenBouwsteen');
  if (bouwstenen.some((b) => !hasReflectieIn(edition, b))) issues.push('bouwsteenZonderReflectie');
  issues.push(...meetingIssues({ ...form, deelnemers: attendees }, ctx.clock.now()));
  if (input.link !== undefined && safeUrl(input.link) === undefined) issues.push('linkOngeldig');
  if (issues.length > 0) throw reflectieInvalid('overleg', issues);

  const locale = input.locale ?? 'nl';
  const concept = parseInput(
    OverlegSchema,
    {
      id: existing?.id ?? ctx.ids.next(),
      trajectId: input.traject.id,
      bouwstenen,
      ...(form.reflectieId === undefined ? {} : { reflectieId: form.reflectieId }),
      onderwerp: meetingSubject(edition, bouwstenen, input.traject.naam, locale),
      start: form.start,
      eind: form.eind,
      tijdzone: form.tijdzone,
      deelnemers: attendees,
      ...(form.herhaling === undefined ? {} : { herhaling: form.herhaling }),
      transactionId: existing?.transactionId ?? ctx.ids.next(),
      status: 'concept',
    },
    'overleg',
  );
  await ctx.outbox.enqueue(saveChange('overleg', concept, existing?.version));

  const online = form.teams && (await ctx.calendar.canUseTeamsMeetings());
  const body = agendaBody(ctx, input.traject, input.records, concept, input.link, locale);
  const created = await ctx.calendar.createEvent({
    subject: concept.onderwerp,
    body,
    start: concept.start,
    eind: concept.eind,
    tijdzone: concept.tijdzone,
    attendees: meetingAttendees(concept.deelnemers),
    online,
    recurrence: concept.herhaling,
    transactionId: concept.transactionId,
  });
  let joinUrl = safeUrl(created.joinUrl);
  if (existing !== undefined && meetingDiffers(existing, concept)) {
    // Outlook answers a repeated transactionId with the meeting the first attempt made, as it
    // was then; bring it in line with what was changed since.
    const updated = await ctx.calendar.updateEvent(created.eventId, {
      subject: concept.onderwerp,
      body,
      attendees: meetingAttendees(concept.deelnemers),
      times: { start: concept.start, eind: concept.eind, tijdzone: concept.tijdzone },
      recurrence: concept.herhaling ?? null,
    });
    joinUrl = safeUrl(updated.joinUrl) ?? joinUrl;
  }
  const overleg = parseInput(
    OverlegSchema,
    {
      ...concept,
      status: 'gepland',
      eventId: created.eventId,
      ...(joinUrl === undefined ? {} : { joinUrl }),
    },
    'overleg',
  );
  await ctx.outbox.enqueue(saveChange('overleg', overleg, existing?.version));
  return { overleg, joinUrl, teams: online };
}

/** Whether a retried plan asks for another meeting than the attempt it repeats. */
function meetingDiffers(before: Overleg, now: Overleg): boolean {
  const shape = (o: Overleg) =>
    JSON.stringify([o.onderwerp, o.start, o.eind, o.tijdzone, o.deelnemers, o.herhaling ?? null]);
  return shape(before) !== shape(now);
}

function hasReflectieIn(
  edition: ReturnType<ReflectieContext['edition']>,
  id: Overleg['bouwstenen'][number],
): boolean {
  const bouwsteen = findBouwsteen(edition, id);
  return bouwsteen !== undefined && hasReflectie(bouwsteen);
}

const RescheduleFormSchema = z.strictObject({
  start: LocalDateTimeSchema,
  eind: LocalDateTimeSchema,
  tijdzone: z.string().min(1).optional(),
  /** Absent: the series stays as agreed (from the new start); null: no longer repeating. */
  herhaling: HerhalingSchema.nullable().optional(),
});

export interface RescheduleReflectieInput {
  readonly traject: TrajectInfo;
  readonly records: AgendaRecords;
  readonly overleg: VersionedOverleg;
  /** `{ start, eind, tijdzone?, herhaling? }`: parsed here. */
  readonly form: unknown;
  readonly link?: string | undefined;
  readonly locale?: ReflectieLocale | undefined;
}

function notPlanned(overleg: Overleg): ReflectieIssue[] {
  if (overleg.status === 'geannuleerd') return ['geannuleerd'];
  return overleg.status !== 'gepland' || overleg.eventId === undefined ? ['nietGepland'] : [];
}

/** Moves a planned meeting (and its series) and sends the update; the agenda's date follows. */
export async function rescheduleReflectie(
  ctx: PlanningContext,
  input: RescheduleReflectieInput,
): Promise<Overleg> {
  const current = withoutVersion(input.overleg);
  const form = parseInput(RescheduleFormSchema, input.form, 'overleg');
  const tijdzone = form.tijdzone ?? current.tijdzone;
  const herhaling = form.herhaling === undefined ? current.herhaling : (form.herhaling ?? undefined);
  const issues = notPlanned(current);
  issues.push(
    ...meetingIssues(
      { start: form.start, eind: form.eind, tijdzone, deelnemers: current.deelnemers, herhaling },
      ctx.clock.now(),
    ),
  );
  if (input.link !== undefined && safeUrl(input.link) === undefined) issues.push('linkOngeldig');
  const eventId = current.eventId;
  if (issues.length > 0 || eventId === undefined) throw reflectieInvalid('overleg', issues);

  const { herhaling: _old, ...rest } = current;
  const moved = parseInput(
    OverlegSchema,
    {
      ...rest,
      start: form.start,
      eind: form.eind,
      tijdzone,
      ...(herhaling === undefined ? {} : { herhaling }),
    },
    'overleg',
  );
  const ref = await ctx.calendar.updateEvent(eventId, {
    times: { start: moved.start, eind: moved.eind, tijdzone: moved.tijdzone },
    // The range starts on the meeting's start date, so the series is sent again from the new date.
    recurrence: herhaling ?? (current.herhaling === undefined ? undefined : null),
    body: agendaBody(ctx, input.traject, input.records, moved, input.link, input.locale ?? 'nl'),
  });
  const joinUrl = safeUrl(ref.joinUrl) ?? moved.joinUrl;
  const overleg = parseInput(
    OverlegSchema,
    { ...moved, ...(joinUrl === undefined ? {} : { joinUrl }) },
    'overleg',
  );
  await ctx.outbox.enqueue(saveChange('overleg', overleg, input.overleg.version));
  return overleg;
}

export interface CancelReflectieInput {
  readonly overleg: VersionedOverleg;
  /** An optional reason for the attendees: parsed here. */
  readonly reden?: unknown;
  readonly locale?: ReflectieLocale | undefined;
}

/** Cancels the meeting in Outlook with a Dutch message to the attendees; the Overleg stays, geannuleerd. */
export async function cancelReflectie(ctx: PlanningContext, input: CancelReflectieInput): Promise<Overleg> {
  const current = withoutVersion(input.overleg);
  if (current.status === 'geannuleerd') return current;
  const reden = parseInput(z.string().max(1000).optional(), input.reden, 'reden')?.trim() ?? '';
  const locale = input.locale ?? 'nl';
  const comment =
    reden === ''
      ? reflectieText(locale, 'reflectie.annuleren.bericht', { onderwerp: current.onderwerp })
      : reflectieText(locale, 'reflectie.annuleren.berichtMetReden', { onderwerp: current.onderwerp, reden });
  if (current.eventId !== undefined) await ctx.calendar.cancelEvent(current.eventId, comment);
  const overleg = parseInput(OverlegSchema, { ...current, status: 'geannuleerd' }, 'overleg');
  await ctx.outbox.enqueue(saveChange('overleg', overleg, input.overleg.version));
  return overleg;
}

export interface ReflectieIcsInput {
  readonly traject: TrajectInfo;
  readonly records: AgendaRecords;
  readonly overleg: Overleg;
  readonly link?: string | undefined;
  /** Defaults to the signed-in user. */
  readonly organizer?: { readonly naam: string; readonly email: string } | undefined;
  readonly locale?: ReflectieLocale | undefined;
}

/**
 * The meeting as an .ics file, for partners outside the tenant and for the standalone demo
 * without Graph. Its UID follows the transactionId, so importing it again updates the meeting.
 */
export function reflectieIcs(
  ctx: Pick<ReflectieContext, 'clock' | 'edition' | 'user'>,
  input: ReflectieIcsInput,
): string {
  const { overleg } = input;
  const body = agendaBody(ctx, input.traject, input.records, overleg, input.link, input.locale ?? 'nl');
  const organizer =
    input.organizer ??
    (z.email().safeParse(ctx.user.upn).success ? { naam: '', email: ctx.user.upn } : undefined);
  return buildIcs({
    uid: `${overleg.transactionId}@kompas`,
    dtstamp: ctx.clock.now(),
    subject: overleg.onderwerp,
    description: body.text,
    start: overleg.start,
    eind: overleg.eind,
    tijdzone: overleg.tijdzone,
    organizer,
    attendees: meetingAttendees(overleg.deelnemers),
    recurrence: overleg.herhaling,
    location: overleg.joinUrl === undefined ? undefined : 'Microsoft Teams',
    url: input.link,
    status: overleg.status === 'geannuleerd' ? 'CANCELLED' : 'CONFIRMED',
  });
}
