/** Leren en verbeteren: reflection cycles, their schedule, cijfers, comparison and actions (pure). */
export * from './actions.ts';
export * from './compare.ts';
export * from './cycle.ts';
export * from './grades.ts';
export * from './issues.ts';
export * from './overleg.ts';
export * from './schedule.ts';
export * from './text.ts';
export * from './zoned.ts';
