export type * from './traject-repository.ts';
export type { Clock } from '../domain/time.ts';
export type { IdGenerator } from '../domain/ids.ts';
export type { TokenProvider } from './token-provider.ts';
