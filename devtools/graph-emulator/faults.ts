/**
 * Fault injection and request statistics. Faults are drawn from a seeded generator, so a run
 * with the same `seed` and the same request sequence fails the same requests. Throttling
 * follows https://learn.microsoft.com/graph/throttling: 429 (and 503) with a Retry-After in
 * seconds; the `earlyRetries` counter is an oracle for clients that retry before it elapsed.
 */
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
}

const none: FaultDecision = { status: undefined, latencyMs: 0, drop: false };

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
    };
  }

  /** The injected failure; 429 and 503 carry a Retry-After as Graph's do. */
  failure(status: number): GraphError {
    const retryAfter = this.config?.retryAfterSeconds ?? 1;
    const headers = status === 429 || status === 503 ? { 'retry-after': String(retryAfter) } : {};
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

export class Stats {
  private requests = 0;
  private byRoute: Record<string, number> = {};
  private batchSubRequests = 0;
  private batchSubRequestsByRoute: Record<string, number> = {};
  private faultsInjected = 0;
  private droppedResponses = 0;
  private earlyRetries = 0;
  /** Per user (lower-case UPN): the earliest time the last Retry-After allows a request. */
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

  /** A request from `user` arrived; counts it when it came before that user's Retry-After elapsed. */
  arrival(user: string, now: number): void {
    const notBefore = this.retryNotBefore.get(user.toLowerCase());
    if (notBefore !== undefined && now < notBefore - EARLY_TOLERANCE_MS) this.earlyRetries += 1;
  }

  /** The emulator told `user` to wait `seconds`. */
  retryAfter(user: string, seconds: number, now: number): void {
    const key = user.toLowerCase();
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
