/** The use cases the hosts call, and the outbox behind autosave. */
export * from './changes.ts';
export * from './context.ts';
export * from './merge.ts';
export * from './outbox.ts';
export * from './overzicht.ts';
export * from './traject-view.ts';
export * from './use-cases/antwoorden.ts';
export * from './use-cases/records.ts';
export * from './use-cases/session.ts';
export * from './use-cases/trajecten.ts';
export { parseInput } from './validation.ts';
export * from './reflectie/index.ts';
