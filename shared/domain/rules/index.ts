/** Pure rules over a traject's records and an edition's content. */
export * from './records.ts';
export * from './calendar.ts';
export * from './answered.ts';
export * from './progress.ts';
export * from './schedule.ts';
export * from './cross-ref.ts';
export * from './warnings.ts';
export * from './indicators.ts';
export * from './activity-matrix.ts';
