/**
 * Typed errors. Codes are for code; people read the i18n message for the code
 * (see i18n/ `error.<code>`), never `message`, which is for logs and developers.
 */
export const errorCodes = [
  'NotFound',
  'Conflict',
  'Throttled',
  'PermissionDenied',
  'Network',
  'Validation',
  'NotProvisioned',
  'Unsupported',
  'Unknown',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface KompasErrorOptions {
  /** For Conflict: the version now in the store (theirs), so the UI can show mine / theirs / merged. */
  readonly theirs?: unknown;
  /** For Throttled: how long the server asked us to wait. */
  readonly retryAfterMs?: number;
  /** For Validation: what was wrong, per field. */
  readonly issues?: readonly string[];
  /** The HTTP status or host error code behind it, for diagnostics. */
  readonly status?: number;
  readonly cause?: unknown;
}

export class KompasError extends Error {
  readonly code: ErrorCode;
  readonly theirs: unknown;
  readonly retryAfterMs: number | undefined;
  readonly issues: readonly string[];
  readonly status: number | undefined;

  constructor(code: ErrorCode, message: string, options: KompasErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KompasError';
    this.code = code;
    this.theirs = options.theirs;
    this.retryAfterMs = options.retryAfterMs;
    this.issues = options.issues ?? [];
    this.status = options.status;
  }
}

export function isKompasError(e: unknown, code?: ErrorCode): e is KompasError {
  return e instanceof KompasError && (code === undefined || e.code === code);
}

/** Whether trying the same request again later may succeed. */
export function isTransient(e: unknown): boolean {
  return isKompasError(e) && (e.code === 'Throttled' || e.code === 'Network');
}
