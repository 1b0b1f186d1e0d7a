/**
 * The tab's hash router. A route is also a Teams `subPageId` (deep link), written without the
 * `#/`, so a link into the tab and a link inside it name the same place.
 */
import { useSyncExternalStore } from 'react';
import { BouwsteenIdSchema, type BouwsteenId } from '../../shared/content/schema.ts';

export const screens = [
  'overzicht',
  'werkbladen',
  'partners',
  'indicatoren',
  'activiteiten',
  'reflecties',
  'acties',
  'geschiedenis',
] as const;
export type Screen = (typeof screens)[number];

export type Route =
  | { readonly screen: 'werkbladen'; readonly bouwsteen?: BouwsteenId; readonly questionId?: string }
  | { readonly screen: Exclude<Screen, 'werkbladen'> }
  /** The Teams configuration page (also the standalone start screen). */
  | { readonly screen: 'config' };

export const defaultRoute: Route = { screen: 'overzicht' };

function isScreen(value: string): value is Screen {
  return (screens as readonly string[]).includes(value);
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Reads a route from a hash (`#/werkbladen/2/2.ambitie`) or a subPageId (`werkbladen/2/2.ambitie`).
 * Undefined when it names no place in the tab.
 */
export function parseRoute(text: string | undefined): Route | undefined {
  const path = (text ?? '').replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return undefined;
  const [head = '', ...rest] = path.split('/').map(decode);
  if (head === 'config') return { screen: 'config' };
  if (!isScreen(head)) return undefined;
  if (head !== 'werkbladen') return rest.length === 0 ? { screen: head } : undefined;
  const [bouwsteen, questionId, ...extra] = rest;
  if (extra.length > 0) return undefined;
  if (bouwsteen === undefined) return { screen: 'werkbladen' };
  const id = BouwsteenIdSchema.safeParse(bouwsteen.toUpperCase());
  if (!id.success) return undefined;
  return questionId === undefined || questionId === ''
    ? { screen: 'werkbladen', bouwsteen: id.data }
    : { screen: 'werkbladen', bouwsteen: id.data, questionId };
}

/** The route as a path without `#/`: what Teams keeps as `subPageId`. */
export function routePath(route: Route): string {
  if (route.screen !== 'werkbladen') return route.screen;
  const parts: string[] = ['werkbladen'];
  if (route.bouwsteen !== undefined) parts.push(route.bouwsteen);
  if (route.bouwsteen !== undefined && route.questionId !== undefined) parts.push(route.questionId);
  return parts.map(encodeURIComponent).join('/');
}

/** `#/werkbladen/2/2.ambitie` */
export function routeHref(route: Route): string {
  return `#/${routePath(route)}`;
}

/** The Teams `subPageId` for a route (deep links into the tab). */
export function subPageIdOf(route: Route): string {
  return routePath(route);
}

/** The route a Teams deep link's `subPageId` names; undefined when it names nothing. */
export function routeFromSubPageId(subPageId: string | undefined): Route | undefined {
  return parseRoute(subPageId);
}

export function sameRoute(a: Route, b: Route): boolean {
  return routePath(a) === routePath(b);
}

// ── the current route, from location.hash ──────────────────────────────────

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The route in the address bar; the Overzicht when the hash names nothing. */
export function currentRoute(): Route {
  return parseRoute(window.location.hash) ?? defaultRoute;
}

/** The current route; re-renders when it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return parseRoute(hash) ?? defaultRoute;
}

/**
 * Goes to a route (or a `#/…` href). `replace` changes the current history entry instead of
 * adding one, for redirects that should not break the back button.
 */
export function navigate(to: Route | string, options: { readonly replace?: boolean } = {}): void {
  const href =
    typeof to === 'string' ? (to.startsWith('#') ? to : `#/${to.replace(/^\/+/, '')}`) : routeHref(to);
  if (window.location.hash === href) return;
  if (options.replace === true) {
    const url = new URL(window.location.href);
    url.hash = href;
    window.history.replaceState(window.history.state, '', url);
    // replaceState fires no hashchange; tell the subscribers ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href;
  }
}
