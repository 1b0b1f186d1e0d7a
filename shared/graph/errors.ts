/** Graph error responses → KompasError codes, in one place. */
import { z } from 'zod';
import { KompasError, type ErrorCode } from '../domain/errors.ts';

/** Graph's error body: `{"error":{"code","message","innerError"}}`. */
const GraphErrorBodySchema = z.object({
  error: z.object({
    code: z.string().optional(),
    message: z.string().optional(),
  }),
});

export interface GraphErrorDetail {
  readonly code: string;
  readonly message: string;
}

export function readGraphError(body: unknown): GraphErrorDetail {
  const parsed = GraphErrorBodySchema.safeParse(body);
  if (!parsed.success) return { code: '', message: typeof body === 'string' ? body.slice(0, 500) : '' };
  return { code: parsed.data.error.code ?? '', message: parsed.data.error.message ?? '' };
}

export function codeForStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'PermissionDenied';
  if (status === 404 || status === 410) return 'NotFound';
  if (status === 409 || status === 412) return 'Conflict';
  if (status === 429 || status === 503) return 'Throttled';
  // A gateway that gave up: the outcome is unknown, like a dropped connection.
  if (status === 502 || status === 504) return 'Network';
  if (status === 400 || status === 422) return 'Validation';
  return 'Unknown';
}

/** Removes bearer tokens from text that may end up in a log or an error report. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(/Bearer\s+[A-Za-z0-9\-._~+/=:@]+/gi, 'Bearer [redacted]');
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}

export interface FailedCall {
  readonly method: string;
  /** Relative Graph URL; the query is dropped from messages. */
  readonly url: string;
  readonly status: number;
  readonly body: unknown;
  readonly retryAfterMs?: number | undefined;
  /** Values that must never appear in the message (the token). */
  readonly secrets?: readonly string[];
}

export function errorFromResponse(call: FailedCall): KompasError {
  const detail = readGraphError(call.body);
  const code = codeForStatus(call.status);
  const path = call.url.split('?')[0] ?? call.url;
  const message = redact(
    `Graph ${call.method} ${path} → ${call.status}${detail.code ? ` ${detail.code}` : ''}${detail.message ? `: ${detail.message}` : ''}`,
    call.secrets ?? [],
  );
  return new KompasError(code, message, {
    status: call.status,
    ...(call.retryAfterMs === undefined ? {} : { retryAfterMs: call.retryAfterMs }),
    ...(code === 'Validation'
      ? { issues: [redact(detail.message || detail.code || 'Ongeldig verzoek', call.secrets ?? [])] }
      : {}),
    cause: { graphCode: detail.code },
  });
}

export function networkError(
  method: string,
  url: string,
  cause: unknown,
  secrets: readonly string[],
): KompasError {
  const path = url.split('?')[0] ?? url;
  const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : 'unknown failure';
  return new KompasError('Network', redact(`Graph ${method} ${path}: no response (${reason})`, secrets));
}

/** The Graph error code behind a KompasError made here (`nameAlreadyExists`, `itemNotFound` …). */
export function graphCodeOf(e: KompasError): string {
  const parsed = z.object({ graphCode: z.string() }).safeParse(e.cause);
  return parsed.success ? parsed.data.graphCode : '';
}
