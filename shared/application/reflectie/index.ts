/** Use cases of Leren en verbeteren: reflection cycles, verbeteracties and meetings in Outlook. */
export * from './context.ts';
export * from './cycle.ts';
export * from './overleg.ts';
export * from './schedule.ts';
