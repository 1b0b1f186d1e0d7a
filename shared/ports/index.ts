export type * from './traject-repository.ts';
export type { Clock } from '../domain/time.ts';
export type { IdGenerator } from '../domain/ids.ts';
export type { TokenProvider } from './token-provider.ts';
export type * from './pending-store.ts';
export type * from './scheduler.ts';
export type * from './auth.ts';
export type * from './calendar.ts';
