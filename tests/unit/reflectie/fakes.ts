/**
 * Fakes for the reflectie use cases: an outbox that records what it is given, and a calendar
 * that behaves like Outlook where it matters (transactionId de-duplication, Teams allowed or not,
 * scripted failures).
 */
import type { Change } from '../../../shared/application/changes.ts';
import type { Outbox } from '../../../shared/application/outbox.ts';
import type { PlanningContext } from '../../../shared/application/reflectie/context.ts';
import { getEdition } from '../../../shared/content/index.ts';
import type { KompasError } from '../../../shared/domain/errors.ts';
import type { EntityKind, EntityMap } from '../../../shared/domain/model.ts';
import type {
  CalendarEventRef,
  CalendarEventView,
  CalendarPort,
  MeetingChange,
  MeetingEvent,
} from '../../../shared/ports/calendar.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';

export class RecordingOutbox implements Pick<Outbox, 'enqueue' | 'known' | 'pending'> {
  readonly changes: Change[] = [];

  enqueue(change: Change): Promise<void> {
    this.changes.push(change);
    return Promise.resolve();
  }

  known(): undefined {
    return undefined;
  }

  pending(): readonly Change[] {
    return [...this.changes];
  }

  /** The records of one kind handed to the outbox, in order. */
  saved<K extends EntityKind>(kind: K): EntityMap[K][] {
    return this.changes.flatMap((c) =>
      c.op === 'save' && c.kind === kind ? [c.entity as EntityMap[K]] : [],
    );
  }
}

interface FakeEvent {
  readonly eventId: string;
  event: MeetingEvent;
  joinUrl: string | undefined;
  cancelled: string | undefined;
}

export class FakeCalendar implements CalendarPort {
  teamsAllowed = true;
  readonly calls: string[] = [];
  readonly events: FakeEvent[] = [];
  readonly updates: { readonly eventId: string; readonly change: MeetingChange }[] = [];
  /** Failures for the next calls to createEvent; `applied` creates the event first (a lost answer). */
  readonly createFailures: { readonly error: KompasError; readonly applied: boolean }[] = [];

  canUseTeamsMeetings(): Promise<boolean> {
    this.calls.push('canUseTeamsMeetings');
    return Promise.resolve(this.teamsAllowed);
  }

  createEvent(event: MeetingEvent): Promise<CalendarEventRef> {
    this.calls.push('createEvent');
    const failure = this.createFailures.shift();
    if (failure !== undefined && !failure.applied) return Promise.reject(failure.error);
    let stored = this.events.find((e) => e.event.transactionId === event.transactionId);
    if (stored === undefined) {
      stored = {
        eventId: `event-${this.events.length + 1}`,
        event,
        joinUrl: event.online
          ? `https://teams.microsoft.com/l/meetup-join/${this.events.length + 1}`
          : undefined,
        cancelled: undefined,
      };
      this.events.push(stored);
    }
    if (failure !== undefined) return Promise.reject(failure.error);
    return Promise.resolve({ eventId: stored.eventId, joinUrl: stored.joinUrl });
  }

  updateEvent(eventId: string, change: MeetingChange): Promise<CalendarEventRef> {
    this.calls.push('updateEvent');
    this.updates.push({ eventId, change });
    const stored = this.events.find((e) => e.eventId === eventId);
    return Promise.resolve({ eventId, joinUrl: stored?.joinUrl });
  }

  cancelEvent(eventId: string, comment: string): Promise<void> {
    this.calls.push('cancelEvent');
    const stored = this.events.find((e) => e.eventId === eventId);
    if (stored !== undefined) stored.cancelled = comment;
    return Promise.resolve();
  }

  getEvent(eventId: string): Promise<CalendarEventView | undefined> {
    this.calls.push('getEvent');
    const stored = this.events.find((e) => e.eventId === eventId && e.cancelled === undefined);
    if (stored === undefined) return Promise.resolve(undefined);
    const { event } = stored;
    return Promise.resolve({
      eventId,
      joinUrl: stored.joinUrl,
      subject: event.subject,
      start: event.start,
      eind: event.eind,
      tijdzone: event.tijdzone,
      attendees: event.attendees,
      online: event.online,
      recurring: event.recurrence !== undefined,
    });
  }
}

export interface TestContext extends PlanningContext {
  readonly outbox: RecordingOutbox;
  readonly clock: FakeClock;
  readonly calendar: FakeCalendar;
}

/** The use cases' context on the SGG edition, at `now` (default: Tuesday 5 January 2027, 10:15 in Amsterdam). */
export function testContext(now = '2027-01-05T09:15:00Z'): TestContext {
  return {
    outbox: new RecordingOutbox(),
    clock: new FakeClock(now),
    ids: new SequenceIds({ prefix: 'id' }),
    user: { upn: 'anne@voorbeeldstad.nl' },
    edition: getEdition,
    calendar: new FakeCalendar(),
  };
}
