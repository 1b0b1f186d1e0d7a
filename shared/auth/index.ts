/** Host-independent sign-in: token provider, failure codes, scopes, sign-in window protocol. */
export * from './errors.ts';
export * from './classify.ts';
export * from './config.ts';
export * from './scopes.ts';
export * from './provider.ts';
export * from './window-message.ts';
export * from './window-flow.ts';
export * from './demo.ts';
export * from './msal-shape.ts';
