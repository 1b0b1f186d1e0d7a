/**
 * The user's Outlook calendar, where partnerships plan their Leren-en-verbeteren meetings.
 * Implemented over Microsoft Graph (`shared/graph/calendar.ts`); tests use a fake.
 * Times are wall-clock times in an IANA time zone; the adapter writes them as its service wants.
 */
import type { Frequency } from '../domain/answer.ts';
import type { LocalDateTime } from '../domain/reflectie/zoned.ts';
import type { IsoDate } from '../domain/time.ts';

export interface MeetingAttendee {
  /** Shown beside the address; may be ''. */
  readonly naam: string;
  readonly email: string;
  readonly type: 'required' | 'optional';
}

/** Repeats every `frequentie` from the start date, until `tot` (inclusive) or without end. */
export interface MeetingRecurrence {
  readonly frequentie: Frequency;
  readonly tot?: IsoDate | undefined;
}

/** The agenda, as HTML for the invitation and as plain text for clients that show no HTML. */
export interface MeetingBody {
  readonly html: string;
  readonly text: string;
}

/** A meeting to create. */
export interface MeetingEvent {
  readonly subject: string;
  readonly body: MeetingBody;
  readonly start: LocalDateTime;
  readonly eind: LocalDateTime;
  /** IANA id, one of `supportedTimeZones`. */
  readonly tijdzone: string;
  readonly attendees: readonly MeetingAttendee[];
  /** Add a Teams meeting; only after `canUseTeamsMeetings()` said yes. */
  readonly online: boolean;
  readonly recurrence?: MeetingRecurrence | undefined;
  /**
   * The same value on every attempt to create this meeting: the calendar then returns the meeting
   * the first attempt made instead of a second one.
   */
  readonly transactionId: string;
}

export interface MeetingTimes {
  readonly start: LocalDateTime;
  readonly eind: LocalDateTime;
  /** IANA id, one of `supportedTimeZones`. */
  readonly tijdzone: string;
}

/**
 * What changes; absent fields stay as they are, `recurrence: null` ends the series. A recurrence
 * starts on the meeting's start date, so a new recurrence comes with the times it starts from.
 */
export type MeetingChange = {
  readonly subject?: string | undefined;
  readonly body?: MeetingBody | undefined;
  readonly attendees?: readonly MeetingAttendee[] | undefined;
} & (
  | { readonly times?: undefined; readonly recurrence?: null | undefined }
  | { readonly times: MeetingTimes; readonly recurrence?: MeetingRecurrence | null | undefined }
);

export interface CalendarEventRef {
  readonly eventId: string;
  /** The Teams join link, for an online meeting. */
  readonly joinUrl: string | undefined;
}

export interface CalendarEventView extends CalendarEventRef {
  readonly subject: string;
  readonly start: LocalDateTime;
  readonly eind: LocalDateTime;
  readonly tijdzone: string;
  readonly attendees: readonly MeetingAttendee[];
  readonly online: boolean;
  readonly recurring: boolean;
}

/**
 * Errors are KompasError: Throttled and Network after the adapter's own retries, PermissionDenied
 * without calendar consent, Validation when the calendar refuses the meeting, NotFound for a
 * meeting that is gone.
 */
export interface CalendarPort {
  /** Whether the calendar allows Teams meetings (`allowedOnlineMeetingProviders`). */
  canUseTeamsMeetings(): Promise<boolean>;
  /** Creates the meeting and sends the invitations; safe to retry with the same `transactionId`. */
  createEvent(event: MeetingEvent): Promise<CalendarEventRef>;
  /** Changes a meeting and sends the update to the attendees. */
  updateEvent(eventId: string, change: MeetingChange): Promise<CalendarEventRef>;
  /** Cancels a meeting with a message to the attendees; a meeting already gone counts as cancelled. */
  cancelEvent(eventId: string, comment: string): Promise<void>;
  /** The meeting as the calendar has it, times in `tijdzone`; undefined when it is gone. */
  getEvent(eventId: string, tijdzone?: string): Promise<CalendarEventView | undefined>;
}
