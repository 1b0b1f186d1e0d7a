/** The rules a planned reflection meeting must meet before anything goes to Outlook. */
import { z } from 'zod';
import type { Frequency } from '../answer.ts';
import type { IsoDate } from '../time.ts';
import type { ReflectieIssue } from './issues.ts';
import { dateOf, instantOf, isSupportedTimeZone, type LocalDateTime } from './zoned.ts';

/** Graph accepts at most 500 attendees on an event (learn.microsoft.com/graph/api/resources/event). */
export const maxAttendees = 500;

export interface MeetingPlan {
  readonly start: LocalDateTime;
  readonly eind: LocalDateTime;
  readonly tijdzone: string;
  readonly deelnemers: readonly { readonly email: string }[];
  readonly herhaling?: { readonly frequentie: Frequency; readonly tot?: IsoDate | undefined } | undefined;
}

const email = z.email();

/**
 * Everything wrong with a plan at instant `now`, as issue codes; empty when it may be planned.
 * The start counts in the meeting's own time zone, so "today at 14:00 in Amsterdam" is judged
 * against Amsterdam's clock whatever zone the device is in.
 */
export function meetingIssues(plan: MeetingPlan, now: Date): ReflectieIssue[] {
  const issues: ReflectieIssue[] = [];
  if (!isSupportedTimeZone(plan.tijdzone)) {
    issues.push('tijdzone');
  } else if (instantOf(plan.start, plan.tijdzone).getTime() < now.getTime()) {
    issues.push('startInVerleden');
  }
  if (isSupportedTimeZone(plan.tijdzone)) {
    if (instantOf(plan.eind, plan.tijdzone).getTime() <= instantOf(plan.start, plan.tijdzone).getTime()) {
      issues.push('eindVoorStart');
    }
  } else if (plan.eind <= plan.start) {
    issues.push('eindVoorStart');
  }
  if (plan.deelnemers.length === 0) issues.push('geenDeelnemers');
  if (plan.deelnemers.some((d) => !email.safeParse(d.email.trim()).success))
    issues.push('deelnemerZonderEmail');
  if (plan.deelnemers.length > maxAttendees) issues.push('teveelDeelnemers');
  const tot = plan.herhaling?.tot;
  if (tot !== undefined && tot < dateOf(plan.start)) issues.push('herhalingEindigtVoorStart');
  return issues;
}
