/**
 * Which host is the tab in? Decided synchronously, without teams-js: `app.initialize()` never settles
 * in a top-level browser window until its timeout (microsoft-teams-library-js#719, #2780), so waiting on
 * it would keep the standalone demo blank for a minute.
 *
 * Teams web and desktop load tabs in an iframe; Teams mobile loads them in a web view that exposes
 * `window.nativeInterface`. A top-level window with neither is a plain browser.
 */
export type HostKind = 'teams' | 'standalone';

export interface WindowLike {
  readonly self: unknown;
  readonly parent: unknown;
  readonly nativeInterface?: unknown;
}

export function detectHost(w: WindowLike): HostKind {
  const framed = w.parent !== w.self;
  const mobileWebView = w.nativeInterface !== undefined && w.nativeInterface !== null;
  return framed || mobileWebView ? 'teams' : 'standalone';
}
