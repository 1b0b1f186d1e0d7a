/**
 * The request and response shapes every handler shares (top-level HTTP requests and `$batch`
 * sub-requests alike), and small helpers for building responses.
 */
import { GraphError } from './errors.ts';
import type { EmulatorStore } from './store.ts';

export interface GraphRequest {
  readonly method: string;
  /** Decoded path segments after `/v1.0`. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The signed-in user's UPN. */
  readonly user: string;
  /** `http://127.0.0.1:<port>`, for absolute links such as `@odata.nextLink`. */
  readonly origin: string;
}

export interface GraphResponse {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface Route {
  /** The route template for statistics, e.g. `GET /sites/{site}/lists/{list}/items`. */
  readonly key: string;
  handle(): GraphResponse;
}

export type RouteFactory = (store: EmulatorStore, request: GraphRequest) => Route | undefined;

export const ok = (body: unknown, headers?: Readonly<Record<string, string>>): GraphResponse =>
  headers === undefined ? { status: 200, body } : { status: 200, body, headers };

export const created = (body: unknown, headers?: Readonly<Record<string, string>>): GraphResponse =>
  headers === undefined ? { status: 201, body } : { status: 201, body, headers };

export const noContent = (): GraphResponse => ({ status: 204 });

export const methodNotAllowed = (): GraphError =>
  new GraphError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.');

export const segmentNotFound = (segment: string): GraphError =>
  new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);

/** Matches `segments` against a pattern such as `lists/{list}/items`; returns the named parts. */
export function matchPattern(
  pattern: string,
  segments: readonly string[],
): Record<string, string> | undefined {
  const parts = pattern === '' ? [] : pattern.split('/');
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith('{')) params[part.slice(1, -1)] = segment;
    else if (part.toLowerCase() !== segment.toLowerCase()) return undefined;
  }
  return params;
}

/** Whether a `Prefer` header holds the given preference (they are comma-separated). */
export function prefers(headers: Readonly<Record<string, string>>, preference: string): boolean {
  return (headers['prefer'] ?? '')
    .split(',')
    .some((p) => p.trim().split('=')[0]?.trim().toLowerCase() === preference.toLowerCase());
}
