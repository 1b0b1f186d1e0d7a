/**
 * Typed UI strings (nl is the source, en follows) and formatting. The whole catalogues (`nl.ts`,
 * `en.ts`) are not exported: the hosts get each section's text when the section loads.
 */
export * from './messages.ts';
export * from './translate.ts';
export * from './describe.ts';
export * from './bidi.ts';
export { isRegistered, registerMessages, reportMissingMessages } from './registry.ts';
