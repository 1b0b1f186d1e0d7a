/**
 * A meeting as Microsoft Graph's event resource wants it (learn.microsoft.com/graph/api/resources/event):
 * start/end as dateTimeTimeZone with a Windows zone name, attendees as `{ emailAddress, type }`,
 * the agenda as an HTML body, a Teams meeting with `isOnlineMeeting` and `onlineMeetingProvider`
 * (learn.microsoft.com/graph/outlook-calendar-online-meetings), the recurrence as a
 * patternedRecurrence, and a `transactionId` so a retried create returns the first event.
 */
import { dateOf, type LocalDateTime } from '../domain/reflectie/zoned.ts';
import type { MeetingAttendee, MeetingChange, MeetingEvent } from '../ports/calendar.ts';
import { toGraphRecurrence, type GraphRecurrence } from './recurrence.ts';
import { cleanText } from './text.ts';
import { graphTimeZone } from './time-zones.ts';

export interface GraphDateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

export interface GraphAttendee {
  readonly emailAddress: { readonly address: string; readonly name?: string };
  readonly type: 'required' | 'optional';
}

export interface GraphEventPayload {
  readonly subject?: string;
  readonly body?: { readonly contentType: 'html'; readonly content: string };
  readonly start?: GraphDateTimeTimeZone;
  readonly end?: GraphDateTimeTimeZone;
  readonly attendees?: readonly GraphAttendee[];
  readonly isOnlineMeeting?: boolean;
  readonly onlineMeetingProvider?: 'teamsForBusiness';
  readonly recurrence?: GraphRecurrence | null;
  readonly transactionId?: string;
}

/** The only provider Kompas asks for; the calendar must list it in allowedOnlineMeetingProviders. */
export const teamsProvider = 'teamsForBusiness';

export function graphDateTime(local: LocalDateTime, tijdzone: string): GraphDateTimeTimeZone {
  return { dateTime: `${local}:00`, timeZone: graphTimeZone(tijdzone) };
}

export function graphAttendees(attendees: readonly MeetingAttendee[]): GraphAttendee[] {
  return attendees.map((a) => {
    const name = cleanText(a.naam).trim();
    return {
      emailAddress: name === '' ? { address: a.email.trim() } : { address: a.email.trim(), name },
      type: a.type,
    };
  });
}

/** The POST /me/events body. */
export function toGraphEvent(event: MeetingEvent): GraphEventPayload {
  return {
    subject: cleanText(event.subject),
    body: { contentType: 'html', content: event.body.html },
    start: graphDateTime(event.start, event.tijdzone),
    end: graphDateTime(event.eind, event.tijdzone),
    attendees: graphAttendees(event.attendees),
    ...(event.online
      ? { isOnlineMeeting: true, onlineMeetingProvider: teamsProvider }
      : { isOnlineMeeting: false }),
    ...(event.recurrence === undefined
      ? {}
      : { recurrence: toGraphRecurrence(event.recurrence, dateOf(event.start)) }),
    transactionId: event.transactionId,
  };
}

/** The PATCH /me/events/{id} body: only what changes. */
export function toGraphPatch(change: MeetingChange): GraphEventPayload {
  const fields: GraphEventPayload = {
    ...(change.subject === undefined ? {} : { subject: cleanText(change.subject) }),
    ...(change.body === undefined ? {} : { body: { contentType: 'html', content: change.body.html } }),
    ...(change.attendees === undefined ? {} : { attendees: graphAttendees(change.attendees) }),
  };
  if (change.times === undefined) {
    return change.recurrence === null ? { ...fields, recurrence: null } : fields;
  }
  const { times, recurrence } = change;
  return {
    ...fields,
    start: graphDateTime(times.start, times.tijdzone),
    end: graphDateTime(times.eind, times.tijdzone),
    ...(recurrence === undefined
      ? {}
      : { recurrence: recurrence === null ? null : toGraphRecurrence(recurrence, dateOf(times.start)) }),
  };
}
