/**
 * When to try a Graph request again. Graph's throttling guidance: on 429 wait the number of
 * seconds in `Retry-After`, then retry; without the header, back off exponentially
 * (https://learn.microsoft.com/graph/throttling). SharePoint sends 503 with `Retry-After` too.
 */

export interface RetryPolicy {
  /** Attempts in total, the first included. */
  readonly maxAttempts: number;
  /** The most we wait in total for one request before reporting Throttled. */
  readonly maxTotalWaitMs: number;
  /** Back-off base when the server gives no `Retry-After` (network errors, 504 …). */
  readonly baseDelayMs: number;
  /** Longest single back-off without `Retry-After`. */
  readonly maxDelayMs: number;
  /** Added to every wait so a retry never arrives before the server's deadline. */
  readonly marginMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  maxTotalWaitMs: 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  marginMs: 20,
};

/** Statuses Graph asks us to retry later: throttled, unavailable, gateway timeout. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/**
 * `Retry-After` in milliseconds: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable, so the caller falls back to back-off.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** Exponential back-off for the n-th retry (1-based), capped. */
export function backoffMs(retry: number, policy: RetryPolicy): number {
  return Math.min(policy.baseDelayMs * 2 ** Math.max(0, retry - 1), policy.maxDelayMs);
}

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
