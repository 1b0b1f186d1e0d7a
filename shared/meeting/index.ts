/** Reflection meetings: agenda, Graph event payload and iCalendar file (pure). */
export * from './agenda.ts';
export * from './agenda-data.ts';
export * from './graph-event.ts';
export * from './ics.ts';
export * from './recurrence.ts';
export * from './text.ts';
export * from './time-zones.ts';
