/**
 * Fault injection and request statistics. Faults are drawn from a seeded generator, so a run
 * with the same `seed` and the same request sequence fails the same requests. Throttling
 * follows https://learn.microsoft.com/graph/throttling: 429 (and 503) with a Retry-After in
 * seconds; the `earlyRetries` counter is an oracle for clients that send a throttled request
 * again before the Retry-After it was given elapsed.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { GraphError } from './errors.ts';

export const FaultConfigSchema = z.strictObject({
  /** Share of requests (and batch sub-requests) answered with one of `statuses` instead. */
  rate: z.number().min(0).max(1).default(0),
  statuses: z.array(z.number().int().min(400).max(599)).min(1).default([429, 503]),
  /** Fractions are allowed to keep tests fast; clients should parse the header as a number. */
  retryAfterSeconds: z.number().min(0).max(3600).default(1),
  latencyMs: z.number().int().min(0).max(60_000).default(0),
  latencyJitterMs: z.number().int().min(0).max(60_000).default(0),
  seed: z.number().int().default(1),
  /** Share of requests that are applied but whose connection is then destroyed: an unknown outcome. */
  dropResponseRate: z.number().min(0).max(1).default(0),
});
export type FaultConfig = z.output<typeof FaultConfigSchema>;

export interface FaultDecision {
  /** The status to answer with instead of handling the request. */
  readonly status: number | undefined;
  readonly latencyMs: number;
  readonly drop: boolean;
  /**
   * Fixed when the decision is made, so a request in flight while the faults change (or are
   * cleared) still gets the Retry-After that belonged to its fault.
   */
  readonly retryAfterSeconds: number;
}

const none: FaultDecision = { status: undefined, latencyMs: 0, drop: false, retryAfterSeconds: 1 };

/** mulberry32: small, fast and good enough to spread faults evenly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private config: FaultConfig | undefined;
  private random: () => number = seededRandom(1);

  configure(config: FaultConfig): void {
    this.config = config;
    this.random = seededRandom(config.seed);
  }

  clear(): void {
    this.config = undefined;
  }

  current(): FaultConfig | undefined {
    return this.config;
  }

  /** Always draws four numbers, so one outcome never shifts the ones after it. */
  decide(): FaultDecision {
    const config = this.config;
    if (config === undefined) return none;
    const [fault, pick, jitter, drop] = [this.random(), this.random(), this.random(), this.random()];
    return {
      status: fault < config.rate ? config.statuses[Math.floor(pick * config.statuses.length)] : undefined,
      latencyMs: config.latencyMs + Math.round(jitter * config.latencyJitterMs),
      drop: drop < config.dropResponseRate,
      retryAfterSeconds: config.retryAfterSeconds,
    };
  }
}

/** The failure a decision injects; 429 and 503 carry its Retry-After as Graph's do. */
export function injectedFailure({
  status,
  retryAfterSeconds,
}: Pick<FaultDecision, 'retryAfterSeconds'> & { readonly status: number }): GraphError {
  const headers = status === 429 || status === 503 ? { 'retry-after': String(retryAfterSeconds) } : {};
  switch (status) {
    case 429:
      return new GraphError(429, 'activityLimitReached', 'The request has been throttled', {
        innerCode: 'throttledRequest',
        headers,
      });
    case 503:
      return new GraphError(
        503,
        'serviceNotAvailable',
        'The service is temporarily unavailable. Try again later.',
        {
          headers,
        },
      );
    default:
      return new GraphError(status, 'generalException', 'An unspecified error has occurred.', { headers });
  }
}

/** A retry may come a little early by timer granularity alone; this much is forgiven. */
const EARLY_TOLERANCE_MS = 20;

export interface StatsView {
  readonly requests: number;
  readonly byRoute: Readonly<Record<string, number>>;
  readonly batchSubRequests: number;
  readonly batchSubRequestsByRoute: Readonly<Record<string, number>>;
  readonly faultsInjected: number;
  readonly droppedResponses: number;
  readonly earlyRetries: number;
}

/** What identifies one client request across its retries. */
export interface RequestIdentity {
  /** Lower-case UPN of the signed-in user. */
  readonly user: string;
  readonly method: string;
  /** Relative to the version root, query string included: `/me/events?$top=1`. */
  readonly url: string;
  readonly body: unknown;
  /** The `client-request-id` header, when the client sends one (Graph SDKs keep it across retries). */
  readonly clientRequestId: string | undefined;
}

/**
 * The key under which a Retry-After is remembered. Our transport sends no `client-request-id`,
 * so without one a retry is recognised by user, method, URL and a hash of the JSON body.
 */
export function requestKey(request: RequestIdentity): string {
  const user = request.user.toLowerCase();
  if (request.clientRequestId !== undefined && request.clientRequestId !== '') {
    return `${user} id ${request.clientRequestId}`;
  }
  const body = request.body === undefined ? '' : JSON.stringify(request.body);
  const hash = createHash('sha256').update(body).digest('base64url');
  return `${user} ${request.method.toUpperCase()} ${request.url} ${hash}`;
}

export class Stats {
  private requests = 0;
  private byRoute: Record<string, number> = {};
  private batchSubRequests = 0;
  private batchSubRequestsByRoute: Record<string, number> = {};
  private faultsInjected = 0;
  private droppedResponses = 0;
  private earlyRetries = 0;
  /** Per request key: the earliest time the Retry-After it was given allows it again. */
  private retryNotBefore = new Map<string, number>();

  request(route: string): void {
    this.requests += 1;
    this.byRoute[route] = (this.byRoute[route] ?? 0) + 1;
  }

  subRequest(route: string): void {
    this.batchSubRequests += 1;
    this.batchSubRequestsByRoute[route] = (this.batchSubRequestsByRoute[route] ?? 0) + 1;
  }

  fault(): void {
    this.faultsInjected += 1;
  }

  dropped(): void {
    this.faultsInjected += 1;
    this.droppedResponses += 1;
  }

  /**
   * A request arrived (see `requestKey`); counts it when this same request was told to wait and
   * came back before that wait was over. Other requests of the user are not held back: Graph's
   * Retry-After is an answer to one request.
   */
  arrival(key: string, now: number): void {
    const notBefore = this.retryNotBefore.get(key);
    if (notBefore === undefined) return;
    if (now < notBefore - EARLY_TOLERANCE_MS) this.earlyRetries += 1;
    else this.retryNotBefore.delete(key);
  }

  /** The emulator told the request with this key to wait `seconds`. */
  retryAfter(key: string, seconds: number, now: number): void {
    this.retryNotBefore.set(key, Math.max(this.retryNotBefore.get(key) ?? 0, now + seconds * 1000));
  }

  reset(): void {
    this.requests = 0;
    this.byRoute = {};
    this.batchSubRequests = 0;
    this.batchSubRequestsByRoute = {};
    this.faultsInjected = 0;
    this.droppedResponses = 0;
    this.earlyRetries = 0;
    this.retryNotBefore = new Map();
  }

  view(): StatsView {
    return {
      requests: this.requests,
      byRoute: { ...this.byRoute },
      batchSubRequests: this.batchSubRequests,
      batchSubRequestsByRoute: { ...this.batchSubRequestsByRoute },
      faultsInjected: this.faultsInjected,
      droppedResponses: this.droppedResponses,
      earlyRetries: this.earlyRetries,
    };
  }
}
