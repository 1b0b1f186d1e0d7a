/** Unsaved changes in the browser's storage, one namespace per page instance (issue #4). */
export * from './ports.ts';
export * from './page-instance.ts';
export * from './local-pending-store.ts';
