/** Typed UI strings (nl is the source, en follows) and formatting. */
export * from './messages.ts';
export { nl } from './nl.ts';
export { en } from './en.ts';
export * from './translate.ts';
export * from './describe.ts';
