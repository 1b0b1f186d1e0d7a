/**
 * CalendarPort over Microsoft Graph: the signed-in user's default calendar, through the one
 * transport (which maps errors and retries 429/503 after Retry-After).
 * - GET /me/calendar: `allowedOnlineMeetingProviders` says whether Teams meetings may be added
 *   (learn.microsoft.com/graph/outlook-calendar-online-meetings).
 * - POST /me/events with a `transactionId`: "useful when low network connectivity causes the
 *   client to time out before receiving a response … for the client's prior create-event
 *   request" (resources/event), so a create whose answer was lost is sent again here.
 * - PATCH /me/events/{id}; POST /me/events/{id}/cancel with a `Comment` (event-cancel, 202).
 */
import { z } from 'zod';
import { KompasError, isKompasError } from '../domain/errors.ts';
import { teamsProvider, toGraphEvent, toGraphPatch } from '../meeting/graph-event.ts';
import { graphTimeZone, kompasTimeZone } from '../meeting/time-zones.ts';
import type {
  CalendarEventRef,
  CalendarEventView,
  CalendarPort,
  MeetingChange,
  MeetingEvent,
} from '../ports/calendar.ts';
import type { GraphReply, GraphTransport } from './transport.ts';

const CalendarSchema = z.looseObject({
  allowedOnlineMeetingProviders: z.array(z.string()).default([]),
});

const DateTimeTimeZoneSchema = z.looseObject({ dateTime: z.string(), timeZone: z.string() });

const EventSchema = z.looseObject({
  id: z.string().min(1),
  subject: z.string().nullish(),
  start: DateTimeTimeZoneSchema.nullish(),
  end: DateTimeTimeZoneSchema.nullish(),
  isOnlineMeeting: z.boolean().nullish(),
  onlineMeeting: z.looseObject({ joinUrl: z.string().nullish() }).nullish(),
  recurrence: z.unknown().optional(),
  attendees: z
    .array(
      z.looseObject({
        type: z.string().nullish(),
        emailAddress: z.looseObject({ address: z.string().nullish(), name: z.string().nullish() }).nullish(),
      }),
    )
    .nullish(),
});
type GraphEvent = z.infer<typeof EventSchema>;

export interface GraphCalendarOptions {
  /**
   * Attempts in total for a create whose answer was lost (Network). The transport already
   * retries 429/503; a lost answer to a POST is only safe to resend because of the transactionId.
   */
  readonly createAttempts?: number;
  /** The zone `getEvent` reads times in when none is given. */
  readonly defaultTimeZone?: string;
}

function parse<S extends z.ZodType>(schema: S, reply: GraphReply, what: string): z.output<S> {
  const result = schema.safeParse(reply.body);
  if (!result.success) throw new KompasError('Unknown', `Graph ${what}: unreadable response`);
  return result.data;
}

function eventPath(eventId: string): string {
  return `/me/events/${encodeURIComponent(eventId)}`;
}

function refOf(event: GraphEvent): CalendarEventRef {
  const joinUrl = event.onlineMeeting?.joinUrl ?? undefined;
  return { eventId: event.id, joinUrl: joinUrl === null || joinUrl === '' ? undefined : joinUrl };
}

/** `2027-01-12T14:00:00.0000000` → `2027-01-12T14:00`. */
function localOf(value: string): string {
  return value.slice(0, 16);
}

export class GraphCalendar implements CalendarPort {
  readonly #transport: GraphTransport;
  readonly #createAttempts: number;
  readonly #defaultTimeZone: string;

  constructor(transport: GraphTransport, options: GraphCalendarOptions = {}) {
    this.#transport = transport;
    this.#createAttempts = Math.max(1, options.createAttempts ?? 3);
    this.#defaultTimeZone = options.defaultTimeZone ?? 'Europe/Amsterdam';
  }

  async canUseTeamsMeetings(): Promise<boolean> {
    const reply = await this.#transport.call({
      method: 'GET',
      url: '/me/calendar?$select=allowedOnlineMeetingProviders',
    });
    return parse(CalendarSchema, reply, 'GET /me/calendar').allowedOnlineMeetingProviders.includes(
      teamsProvider,
    );
  }

  async createEvent(event: MeetingEvent): Promise<CalendarEventRef> {
    const body = toGraphEvent(event);
    for (let attempt = 1; ; attempt++) {
      try {
        const reply = await this.#transport.call({ method: 'POST', url: '/me/events', body });
        return refOf(parse(EventSchema, reply, 'POST /me/events'));
      } catch (error) {
        if (!isKompasError(error, 'Network') || attempt >= this.#createAttempts) throw error;
      }
    }
  }

  async updateEvent(eventId: string, change: MeetingChange): Promise<CalendarEventRef> {
    const reply = await this.#transport.call({
      method: 'PATCH',
      url: eventPath(eventId),
      body: toGraphPatch(change),
    });
    return refOf(parse(EventSchema, reply, 'PATCH /me/events/{id}'));
  }

  async cancelEvent(eventId: string, comment: string): Promise<void> {
    try {
      await this.#transport.call({
        method: 'POST',
        url: `${eventPath(eventId)}/cancel`,
        body: { Comment: comment },
      });
    } catch (error) {
      // Removed in Outlook already: the meeting is off, which is what was asked.
      if (isKompasError(error, 'NotFound')) return;
      throw error;
    }
  }

  async getEvent(
    eventId: string,
    tijdzone: string = this.#defaultTimeZone,
  ): Promise<CalendarEventView | undefined> {
    let reply: GraphReply;
    try {
      reply = await this.#transport.call({
        method: 'GET',
        url: eventPath(eventId),
        // Times come back in UTC unless asked otherwise (resources/event, Prefer: outlook.timezone).
        headers: { Prefer: `outlook.timezone="${graphTimeZone(tijdzone)}"` },
      });
    } catch (error) {
      if (isKompasError(error, 'NotFound')) return undefined;
      throw error;
    }
    const event = parse(EventSchema, reply, 'GET /me/events/{id}');
    const zone = event.start?.timeZone ?? '';
    return {
      ...refOf(event),
      subject: event.subject ?? '',
      start: localOf(event.start?.dateTime ?? ''),
      eind: localOf(event.end?.dateTime ?? ''),
      tijdzone: graphTimeZone(tijdzone) === zone ? tijdzone : (kompasTimeZone(zone) ?? zone),
      attendees: (event.attendees ?? []).flatMap((a) => {
        const address = a.emailAddress?.address ?? '';
        if (address === '') return [];
        return [
          {
            naam: a.emailAddress?.name ?? '',
            email: address,
            type: a.type === 'optional' ? ('optional' as const) : ('required' as const),
          },
        ];
      }),
      online: event.isOnlineMeeting === true,
      recurring: event.recurrence !== undefined && event.recurrence !== null,
    };
  }
}
