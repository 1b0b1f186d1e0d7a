/**
 * The signed-in user's calendar: `/me/calendar` and `/me/events` (create, list, get, update,
 * delete, cancel), validated as Graph does. Documented behaviour followed here:
 * - https://learn.microsoft.com/graph/api/resources/event — start/end are returned in UTC
 *   unless `Prefer: outlook.timezone` asks otherwise; at most 500 attendees; `transactionId`
 *   lets a retried POST return the event the first POST made instead of a second one.
 * - https://learn.microsoft.com/graph/outlook-calendar-online-meetings — `isOnlineMeeting` with
 *   a provider the calendar allows yields `onlineMeeting.joinUrl`; once online, the provider
 *   cannot change and the meeting cannot go offline.
 * - recurrencePattern / recurrenceRange — required properties per type; the range starts on
 *   the event's start date.
 * - https://learn.microsoft.com/graph/api/event-cancel — 202, the event leaves the calendar.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { GraphError, fromZod } from './errors.ts';
import type { EventRecord, StoredRecurrence } from './model.ts';
import { DayOfWeekSchema } from './model.ts';
import { queryOption } from './odata.ts';
import {
  created,
  matchPattern,
  methodNotAllowed,
  noContent,
  ok,
  type GraphRequest,
  type GraphResponse,
  type Route,
} from './routes.ts';
import { TENANT_ID, timestamp, type EmulatorStore } from './store.ts';

/** What the emulated tenant offers: Teams only, as in a current Microsoft 365 tenant. */
export const ALLOWED_PROVIDERS = ['teamsForBusiness'] as const;
export const DEFAULT_PROVIDER = 'teamsForBusiness';

const eventError = (message: string, code = 'ErrorInvalidRequest'): GraphError =>
  new GraphError(400, code, message);

const notFound = (): GraphError =>
  new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

// ---- time zones ------------------------------------------------------------------------------

/** Windows time zone names Outlook uses, mapped to IANA for the arithmetic. */
const windowsZones: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'W. Europe Standard Time': 'Europe/Amsterdam',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'GMT Standard Time': 'Europe/London',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function ianaOf(timeZone: string): string | undefined {
  const mapped = windowsZones[timeZone];
  if (mapped !== undefined) return mapped;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

function requireZone(timeZone: string): string {
  const iana = ianaOf(timeZone);
  if (iana === undefined) {
    throw eventError(
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${timeZone}'.`,
      'TimeZoneNotSupportedException',
    );
  }
  return iana;
}

/** How far `iana` is ahead of UTC at the instant `utcMs`. */
function offsetMs(utcMs: number, iana: string): number {
  let format = formatters.get(iana);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(iana, format);
  }
  const parts = format.formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return local - Math.floor(utcMs / 1000) * 1000;
}

function localToUtc(local: string, iana: string): number {
  const naive = Date.parse(`${local}Z`);
  const first = naive - offsetMs(naive, iana);
  return naive - offsetMs(first, iana);
}

/** Outlook's local date-time format: seven fraction digits, no zone. */
function utcToLocal(utcMs: number, iana: string): string {
  return `${new Date(utcMs + offsetMs(utcMs, iana)).toISOString().slice(0, 19)}.0000000`;
}

// ---- payload schemas -------------------------------------------------------------------------

const LocalDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?Z?$/,
    'expected a date-time like 2025-03-01T09:00:00',
  );
const DateTimeTimeZone = z.strictObject({ dateTime: LocalDateTime, timeZone: z.string().min(1) });
const ItemBody = z.strictObject({
  contentType: z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(['text', 'html'])),
  content: z.string(),
});
const EmailAddress = z.strictObject({
  address: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'expected an e-mail address'),
  name: z.string().optional(),
});
const Attendee = z.strictObject({
  emailAddress: EmailAddress,
  type: z.enum(['required', 'optional', 'resource']).optional(),
  status: z.unknown().optional(),
});
const Location = z.looseObject({ displayName: z.string().optional() });
const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2025-03-01');
const Recurrence = z.strictObject({
  pattern: z.strictObject({
    type: z.enum([
      'daily',
      'weekly',
      'absoluteMonthly',
      'relativeMonthly',
      'absoluteYearly',
      'relativeYearly',
    ]),
    interval: z.number().int().min(1),
    month: z.number().int().min(0).max(12).optional(),
    dayOfMonth: z.number().int().min(0).max(31).optional(),
    daysOfWeek: z.array(DayOfWeekSchema).optional(),
    firstDayOfWeek: DayOfWeekSchema.optional(),
    index: z.enum(['first', 'second', 'third', 'fourth', 'last']).optional(),
  }),
  range: z.strictObject({
    type: z.enum(['endDate', 'noEnd', 'numbered']),
    startDate: DateOnly,
    endDate: DateOnly.optional(),
    numberOfOccurrences: z.number().int().min(0).optional(),
    recurrenceTimeZone: z.string().optional(),
  }),
});

const eventFields = {
  subject: z.string().optional(),
  body: ItemBody.optional(),
  start: DateTimeTimeZone.optional(),
  end: DateTimeTimeZone.optional(),
  attendees: z.array(Attendee).max(500).optional(),
  location: Location.optional(),
  locations: z.array(Location).optional(),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: z
    .enum(['teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer', 'unknown'])
    .optional(),
  recurrence: Recurrence.nullable().optional(),
  transactionId: z.string().min(1).optional(),
  isAllDay: z.boolean().optional(),
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
  categories: z.array(z.string()).optional(),
  reminderMinutesBeforeStart: z.number().int().min(0).optional(),
  isReminderOn: z.boolean().optional(),
  responseRequested: z.boolean().optional(),
  allowNewTimeProposals: z.boolean().optional(),
};
const EventPatchSchema = z.strictObject(eventFields);
const EventCreateSchema = z.strictObject({ ...eventFields, start: DateTimeTimeZone, end: DateTimeTimeZone });
type EventPatch = z.output<typeof EventPatchSchema>;
const CancelSchema = z.strictObject({ comment: z.string().optional(), Comment: z.string().optional() });

/** OData's message for a property the type does not have; other shape errors name the property. */
function parseEvent<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw eventError('Empty Payload. JSON content expected.', 'RequestBodyRead');
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  return fromZodEvent(result.error);
}

function fromZodEvent(error: z.ZodError): never {
  const issue = error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    throw eventError(
      `The property '${issue.keys[0] ?? ''}' does not exist on type 'microsoft.graph.event'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
      'RequestBodyRead',
    );
  }
  throw fromZod(error, 'RequestBodyRead');
}

// ---- validation ------------------------------------------------------------------------------

const normaliseLocal = (local: string): string => {
  const plain = local.replace(/Z$/, '');
  return plain.length === 16 ? `${plain}:00` : plain.slice(0, 19);
};

function recurrenceOf(input: z.output<typeof Recurrence>, startDate: string): StoredRecurrence {
  const { pattern, range } = input;
  const needsDays =
    pattern.type === 'weekly' || pattern.type === 'relativeMonthly' || pattern.type === 'relativeYearly';
  const needsDayOfMonth = pattern.type === 'absoluteMonthly' || pattern.type === 'absoluteYearly';
  const needsMonth = pattern.type === 'absoluteYearly' || pattern.type === 'relativeYearly';
  const relative = pattern.type === 'relativeMonthly' || pattern.type === 'relativeYearly';
  const invalid = (what: string): never => {
    throw eventError(`The recurrence is not valid: ${what}.`);
  };
  const days = pattern.daysOfWeek ?? [];
  if (needsDays && days.length === 0) invalid(`daysOfWeek is required for a ${pattern.type} pattern`);
  if (!needsDays && days.length > 0) invalid(`daysOfWeek is not supported for a ${pattern.type} pattern`);
  const dayOfMonth = pattern.dayOfMonth ?? 0;
  if (needsDayOfMonth && dayOfMonth < 1) invalid(`dayOfMonth is required for a ${pattern.type} pattern`);
  if (!needsDayOfMonth && dayOfMonth !== 0)
    invalid(`dayOfMonth is not supported for a ${pattern.type} pattern`);
  const month = pattern.month ?? 0;
  if (needsMonth && month < 1) invalid(`month is required for a ${pattern.type} pattern`);
  if (!needsMonth && month !== 0) invalid(`month is not supported for a ${pattern.type} pattern`);
  if (!relative && (pattern.index ?? 'first') !== 'first')
    invalid(`index is not supported for a ${pattern.type} pattern`);

  if (range.startDate !== startDate)
    invalid(`range.startDate must be the start date of the event (${startDate})`);
  const noEndDate = range.endDate === undefined || range.endDate === '0001-01-01';
  if (range.type === 'endDate') {
    if (noEndDate) invalid('range.endDate is required for an endDate range');
    if ((range.endDate ?? '') < range.startDate) invalid('range.endDate is before range.startDate');
  } else if (!noEndDate) {
    invalid(`range.endDate is not supported for a ${range.type} range`);
  }
  const occurrences = range.numberOfOccurrences ?? 0;
  if (range.type === 'numbered' && occurrences < 1)
    invalid('range.numberOfOccurrences must be positive for a numbered range');
  if (range.type !== 'numbered' && occurrences !== 0) {
    invalid(`range.numberOfOccurrences is not supported for a ${range.type} range`);
  }
  if (range.recurrenceTimeZone !== undefined) requireZone(range.recurrenceTimeZone);
  return {
    pattern: {
      type: pattern.type,
      interval: pattern.interval,
      month,
      dayOfMonth,
      daysOfWeek: [...days],
      firstDayOfWeek: pattern.firstDayOfWeek ?? 'sunday',
      index: pattern.index ?? 'first',
    },
    range: {
      type: range.type,
      startDate: range.startDate,
      endDate: noEndDate ? '0001-01-01' : (range.endDate ?? '0001-01-01'),
      recurrenceTimeZone: range.recurrenceTimeZone ?? '',
      numberOfOccurrences: occurrences,
    },
  };
}

function joinUrl(organizerId: string): string {
  const thread = randomBytes(24).toString('base64url');
  const context = encodeURIComponent(JSON.stringify({ Tid: TENANT_ID, Oid: organizerId }));
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=${context}`;
}

/** Applies a validated payload to an event (a new one, or the current state for a PATCH). */
function applyPatch(store: EmulatorStore, event: EventRecord, patch: EventPatch): EventRecord {
  const next: EventRecord = { ...event };
  if (
    patch.transactionId !== undefined &&
    event.transactionId !== null &&
    patch.transactionId !== event.transactionId
  ) {
    throw eventError('The transactionId of an event cannot be changed.');
  }
  if (patch.subject !== undefined) next.subject = patch.subject;
  if (patch.body !== undefined)
    next.body = { contentType: patch.body.contentType, content: patch.body.content };
  if (patch.start !== undefined) {
    next.startTimeZone = patch.start.timeZone;
    next.startUtc = new Date(
      localToUtc(normaliseLocal(patch.start.dateTime), requireZone(patch.start.timeZone)),
    ).toISOString();
  }
  if (patch.end !== undefined) {
    next.endTimeZone = patch.end.timeZone;
    next.endUtc = new Date(
      localToUtc(normaliseLocal(patch.end.dateTime), requireZone(patch.end.timeZone)),
    ).toISOString();
  }
  if (next.endUtc < next.startUtc) throw eventError('The end of the event is before its start.');
  if (patch.attendees !== undefined) {
    next.attendees = patch.attendees.map((a) => ({
      address: a.emailAddress.address,
      name: a.emailAddress.name ?? a.emailAddress.address,
      type: a.type ?? 'required',
    }));
  }
  const location = patch.location?.displayName ?? patch.locations?.[0]?.displayName;
  if (patch.location !== undefined || patch.locations !== undefined) next.location = location ?? null;
  for (const key of [
    'showAs',
    'importance',
    'sensitivity',
    'reminderMinutesBeforeStart',
    'isReminderOn',
  ] as const) {
    if (patch[key] !== undefined) Object.assign(next, { [key]: patch[key] });
  }
  if (patch.responseRequested !== undefined) next.responseRequested = patch.responseRequested;
  if (patch.allowNewTimeProposals !== undefined) next.allowNewTimeProposals = patch.allowNewTimeProposals;
  if (patch.categories !== undefined) next.categories = [...patch.categories];
  if (patch.isAllDay !== undefined) next.isAllDay = patch.isAllDay;
  if (next.isAllDay) {
    const startIana = requireZone(next.startTimeZone);
    const start = utcToLocal(Date.parse(next.startUtc), startIana);
    const end = utcToLocal(Date.parse(next.endUtc), requireZone(next.endTimeZone));
    if (!start.includes('T00:00:00') || !end.includes('T00:00:00') || next.endUtc <= next.startUtc) {
      throw eventError('An all-day event must start and end at midnight, at least one day apart.');
    }
  }
  if (patch.recurrence !== undefined) {
    const startDate = utcToLocal(Date.parse(next.startUtc), requireZone(next.startTimeZone)).slice(0, 10);
    next.recurrence = patch.recurrence === null ? null : recurrenceOf(patch.recurrence, startDate);
  }
  const wantsOnline = patch.isOnlineMeeting ?? event.isOnlineMeeting;
  if (event.isOnlineMeeting && patch.isOnlineMeeting === false) {
    throw eventError('An online meeting cannot be turned back into an offline one.');
  }
  if (
    event.isOnlineMeeting &&
    patch.onlineMeetingProvider !== undefined &&
    patch.onlineMeetingProvider !== event.onlineMeetingProvider
  ) {
    throw eventError('The online meeting provider of an online meeting cannot be changed.');
  }
  if (wantsOnline && !event.isOnlineMeeting) {
    const provider = patch.onlineMeetingProvider ?? DEFAULT_PROVIDER;
    if (!(ALLOWED_PROVIDERS as readonly string[]).includes(provider)) {
      throw eventError(`The online meeting provider '${provider}' is not allowed for this calendar.`);
    }
    next.isOnlineMeeting = true;
    next.onlineMeetingProvider = provider;
    next.joinUrl = joinUrl(store.user(event.organizer).id);
  }
  next.changeKey = randomBytes(12).toString('base64');
  next.lastModifiedDateTime = new Date().toISOString();
  return next;
}

function blankEvent(organizer: string, transactionId: string | undefined): EventRecord {
  const now = new Date().toISOString();
  return {
    id: `AAMkAG${randomBytes(33).toString('base64url')}AAA=`,
    organizer: organizer.toLowerCase(),
    transactionId: transactionId ?? null,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: '',
    iCalUId: `040000008200E00074C5B7101A82E008${randomUUID().replace(/-/g, '').toUpperCase()}`,
    subject: '',
    body: { contentType: 'html', content: '' },
    startUtc: now,
    endUtc: now,
    startTimeZone: 'UTC',
    endTimeZone: 'UTC',
    isAllDay: false,
    attendees: [],
    location: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    joinUrl: null,
    recurrence: null,
    showAs: 'busy',
    importance: 'normal',
    sensitivity: 'normal',
    categories: [],
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    responseRequested: true,
    allowNewTimeProposals: true,
    cancelled: null,
  };
}

// ---- JSON ------------------------------------------------------------------------------------

/** `Prefer: outlook.timezone="W. Europe Standard Time"`, when valid. */
function preferredZone(request: GraphRequest): string | undefined {
  for (const part of (request.headers['prefer'] ?? '').split(',')) {
    const [name, value] = part.split('=');
    if (name?.trim().toLowerCase() === 'outlook.timezone' && value !== undefined) {
      const zone = value.trim().replace(/^"|"$/g, '');
      if (ianaOf(zone) !== undefined) return zone;
    }
  }
  return undefined;
}

function renderEvent(
  store: EmulatorStore,
  event: EventRecord,
  zone: string | undefined,
): Record<string, unknown> {
  const target = zone ?? 'UTC';
  const iana = ianaOf(target) ?? 'UTC';
  const when = (utc: string) => ({ dateTime: utcToLocal(Date.parse(utc), iana), timeZone: target });
  const organizer = store.user(event.organizer);
  const text =
    event.body.contentType === 'html' ? event.body.content.replace(/<[^>]*>/g, ' ') : event.body.content;
  const location = {
    displayName: event.location ?? '',
    locationType: 'default',
    uniqueIdType: event.location === null ? 'unknown' : 'private',
    ...(event.location === null ? {} : { uniqueId: event.location }),
  };
  return {
    '@odata.etag': `W/"${event.changeKey}"`,
    id: event.id,
    createdDateTime: event.createdDateTime,
    lastModifiedDateTime: event.lastModifiedDateTime,
    changeKey: event.changeKey,
    categories: event.categories,
    ...(event.transactionId === null ? {} : { transactionId: event.transactionId }),
    originalStartTimeZone: event.startTimeZone,
    originalEndTimeZone: event.endTimeZone,
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: event.reminderMinutesBeforeStart,
    isReminderOn: event.isReminderOn,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: text.replace(/\s+/g, ' ').trim().slice(0, 255),
    importance: event.importance,
    sensitivity: event.sensitivity,
    isAllDay: event.isAllDay,
    isCancelled: event.cancelled !== null,
    isOrganizer: true,
    responseRequested: event.responseRequested,
    seriesMasterId: null,
    showAs: event.showAs,
    type: event.recurrence === null ? 'singleInstance' : 'seriesMaster',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.onlineMeetingProvider,
    allowNewTimeProposals: event.allowNewTimeProposals,
    recurrence: event.recurrence,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    body: event.body,
    start: when(event.startUtc),
    end: when(event.endUtc),
    location,
    locations: event.location === null ? [] : [location],
    attendees: event.attendees.map((a) => ({
      type: a.type,
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: { name: a.name, address: a.address },
    })),
    organizer: { emailAddress: { name: organizer.displayName, address: organizer.upn } },
    onlineMeeting: event.joinUrl === null ? null : { joinUrl: event.joinUrl },
  };
}

function renderCalendar(store: EmulatorStore, upn: string): Record<string, unknown> {
  const owner = store.user(upn);
  return {
    id: `AAMkAG${Buffer.from(owner.id).toString('base64url')}AAA=`,
    name: 'Calendar',
    color: 'auto',
    hexColor: '',
    isDefaultCalendar: true,
    changeKey: 'AAAAAAAAAA==',
    canShare: true,
    canViewPrivateItems: true,
    canEdit: true,
    allowedOnlineMeetingProviders: [...ALLOWED_PROVIDERS],
    defaultOnlineMeetingProvider: DEFAULT_PROVIDER,
    isTallyingResponses: true,
    isRemovable: false,
    owner: { name: owner.displayName, address: owner.upn },
  };
}

// ---- handlers --------------------------------------------------------------------------------

/** Outlook pages events by 10 by default. */
const DEFAULT_EVENT_PAGE = 10;
const MAX_EVENT_PAGE = 1000;

function liveEvent(store: EmulatorStore, request: GraphRequest, id: string): EventRecord {
  const event = store.eventRecord(id);
  if (event === undefined || event.organizer !== request.user.toLowerCase() || event.cancelled !== null)
    throw notFound();
  return event;
}

function listEvents(store: EmulatorStore, request: GraphRequest): GraphResponse {
  const numberOption = (name: string, fallback: number): number => {
    const raw = queryOption(request.query, name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw eventError(`Invalid $${name} value '${raw}'.`, 'BadRequest');
    return Number(raw);
  };
  const top = Math.min(Math.max(numberOption('top', DEFAULT_EVENT_PAGE), 1), MAX_EVENT_PAGE);
  const skip = numberOption('skip', 0);
  const events = store
    .events(request.user)
    .filter((e) => e.cancelled === null)
    // Stable: events created in the same millisecond keep their creation order.
    .sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime));
  const zone = preferredZone(request);
  const page = events.slice(skip, skip + top);
  const body: Record<string, unknown> = { value: page.map((e) => renderEvent(store, e, zone)) };
  if (skip + top < events.length) {
    const query = new URLSearchParams(request.query);
    query.set('$top', String(top));
    query.set('$skip', String(skip + top));
    body['@odata.nextLink'] = `${request.origin}/v1.0/me/events?${query.toString()}`;
  }
  return ok(body);
}

function createEvent(store: EmulatorStore, request: GraphRequest): GraphResponse {
  const input = parseEvent(EventCreateSchema, request.body);
  const zone = preferredZone(request);
  if (input.transactionId !== undefined) {
    // A retried create: the event the first POST made, and nothing new.
    const existing = store.eventByTransaction(request.user, input.transactionId);
    if (existing !== undefined) return created(renderEvent(store, existing, zone));
  }
  const event = applyPatch(store, blankEvent(request.user, input.transactionId), input);
  store.putEvent(event);
  return created(renderEvent(store, event, zone));
}

const eventRoutes: readonly {
  readonly pattern: string;
  readonly methods: Readonly<
    Record<string, (store: EmulatorStore, request: GraphRequest, id: string) => GraphResponse>
  >;
}[] = [
  { pattern: 'calendar', methods: { GET: (s, r) => ok(renderCalendar(s, r.user)) } },
  { pattern: 'events', methods: { GET: listEvents, POST: createEvent } },
  {
    pattern: 'events/{event}',
    methods: {
      GET: (s, r, id) => ok(renderEvent(s, liveEvent(s, r, id), preferredZone(r))),
      PATCH: (s, r, id) => {
        const updated = applyPatch(s, liveEvent(s, r, id), parseEvent(EventPatchSchema, r.body));
        s.putEvent(updated);
        return ok(renderEvent(s, updated, preferredZone(r)));
      },
      DELETE: (s, r, id) => {
        liveEvent(s, r, id);
        s.deleteEvent(id);
        return noContent();
      },
    },
  },
  {
    pattern: 'events/{event}/cancel',
    methods: {
      POST: (s, r, id) => {
        const event = liveEvent(s, r, id);
        const input = parseEvent(CancelSchema, r.body ?? {});
        s.putEvent({
          ...event,
          cancelled: { comment: input.comment ?? input.Comment ?? '', at: timestamp() },
        });
        return { status: 202 };
      },
    },
  },
];

/** Routes below `/me` for the calendar (`rest` excludes the leading `me`). */
export function calendarRoute(
  store: EmulatorStore,
  request: GraphRequest,
  rest: readonly string[],
): Route | undefined {
  // `/me/calendar/events/…` addresses the same default calendar as `/me/events/…`.
  const path = rest[0]?.toLowerCase() === 'calendar' && rest.length > 1 ? rest.slice(1) : rest;
  for (const { pattern, methods } of eventRoutes) {
    const params = matchPattern(pattern, path);
    if (params === undefined) continue;
    return {
      key: `${request.method} /me/${pattern}`,
      handle: () => {
        const handler = methods[request.method];
        if (handler === undefined) throw methodNotAllowed();
        return handler(store, request, params['event'] ?? '');
      },
    };
  }
  return undefined;
}
