/**
 * The one door to Microsoft Graph. Every call goes through the Graph SDK client with our own
 * middleware chain: error mapping → retry (Retry-After) → bearer token → base URL → fetch.
 * The emulator and real Graph share this code path; only `baseUrl` differs.
 */
import {
  Client,
  ResponseType,
  type Context,
  type Middleware,
  type MiddlewareOptions,
} from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { KompasError, isKompasError } from '../domain/errors.ts';
import type { TokenProvider } from '../ports/token-provider.ts';
import { errorFromResponse, networkError } from './errors.ts';
import {
  backoffMs,
  defaultRetryPolicy,
  isRetryableStatus,
  parseRetryAfter,
  realSleep,
  type RetryPolicy,
  type Sleep,
} from './retry.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphTransportOptions {
  /** `https://graph.microsoft.com/v1.0`, or `http://127.0.0.1:<port>/v1.0` for the emulator. */
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  /** Defaults to `globalThis.fetch`; tests pass a fake to count or break requests. */
  readonly fetch?: FetchLike;
  /** Defaults to a timer; tests pass a fake so retries run instantly. */
  readonly sleep?: Sleep;
  readonly now?: () => number;
  readonly retry?: Partial<RetryPolicy>;
  /** Per attempt; a request without a response by then counts as a network failure. */
  readonly timeoutMs?: number;
}

export interface GraphCall {
  readonly method: HttpMethod;
  /** Relative to the version root (`/groups/{id}/sites/root/lists`), query string included. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface GraphReply {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export type BatchReply =
  { readonly ok: true; readonly reply: GraphReply } | { readonly ok: false; readonly error: KompasError };

/** What the SDK is told the host is; the base-URL middleware swaps it for the real one. */
const SDK_BASE = 'https://graph.microsoft.com';
const SDK_VERSION = 'v1.0';
const SDK_ROOT = `${SDK_BASE}/${SDK_VERSION}`;
/** Graph's limit on requests in one JSON batch (https://learn.microsoft.com/graph/json-batching). */
export const MAX_BATCH = 20;

/** Per-request settings and results passed through the SDK's middleware options. */
class KompasRequestOptions implements MiddlewareOptions {
  error: KompasError | undefined;
  token: string | undefined;
  constructor(
    readonly method: HttpMethod,
    readonly url: string,
    /** Whether resending after a lost response is safe (RFC 9110 §9.2.2). */
    readonly idempotent: boolean,
    /** Non-2xx statuses the caller reads itself instead of failing. */
    readonly accept: readonly number[] = [],
  ) {}
}

function requestOptions(context: Context): KompasRequestOptions {
  const options = context.middlewareControl?.getMiddlewareOptions(KompasRequestOptions);
  if (!(options instanceof KompasRequestOptions)) {
    throw new KompasError('Unknown', 'Graph request without Kompas request options');
  }
  return options;
}

function secretsOf(options: KompasRequestOptions): string[] {
  return options.token === undefined ? [] : [options.token];
}

abstract class Link implements Middleware {
  private next: Middleware | undefined;
  setNext(next: Middleware): void {
    this.next = next;
  }
  protected async forward(context: Context): Promise<void> {
    if (!this.next) throw new KompasError('Unknown', 'Graph middleware chain has no end');
    await this.next.execute(context);
  }
  abstract execute(context: Context): Promise<void>;
}

/** Outermost: turns failures into KompasError; the transport rethrows the one stored here. */
class ErrorMapping extends Link {
  constructor(private readonly now: () => number) {
    super();
  }
  async execute(context: Context): Promise<void> {
    const options = requestOptions(context);
    try {
      await this.forward(context);
    } catch (e) {
      options.error = isKompasError(e) ? e : networkError(options.method, options.url, e, secretsOf(options));
      throw options.error;
    }
    const response = context.response;
    if (!response) {
      options.error = new KompasError('Unknown', `Graph ${options.method} ${options.url}: no response`);
      throw options.error;
    }
    if (response.ok || options.accept.includes(response.status)) return;
    const body = await readBody(response);
    options.error = errorFromResponse({
      method: options.method,
      url: options.url,
      status: response.status,
      body,
      retryAfterMs: isRetryableStatus(response.status)
        ? parseRetryAfter(response.headers.get('Retry-After'), this.now())
        : undefined,
      secrets: secretsOf(options),
    });
    throw options.error;
  }
}

/** Retries 429/503/504 after Retry-After (never earlier), and lost responses of idempotent requests. */
class Retry extends Link {
  constructor(
    private readonly policy: RetryPolicy,
    private readonly sleep: Sleep,
    private readonly now: () => number,
  ) {
    super();
  }
  async execute(context: Context): Promise<void> {
    const options = requestOptions(context);
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      let wait: number;
      try {
        await this.forward(context);
        const response = context.response;
        if (!response || !isRetryableStatus(response.status)) return;
        wait =
          parseRetryAfter(response.headers.get('Retry-After'), this.now()) ?? backoffMs(attempt, this.policy);
        if (attempt >= this.policy.maxAttempts || waited + wait > this.policy.maxTotalWaitMs) return;
        // Free the connection before waiting.
        await response.body?.cancel();
      } catch (e) {
        if (isKompasError(e) && e.code !== 'Network') throw e;
        if (!options.idempotent) throw e;
        wait = backoffMs(attempt, this.policy);
        if (attempt >= this.policy.maxAttempts || waited + wait > this.policy.maxTotalWaitMs) throw e;
      }
      await this.sleep(wait + this.policy.marginMs);
      waited += wait;
      delete context.response;
    }
  }
}

/** Adds the bearer token, fetched per attempt so a refreshed token is used on retries. */
class BearerToken extends Link {
  constructor(private readonly tokens: TokenProvider) {
    super();
  }
  async execute(context: Context): Promise<void> {
    const options = requestOptions(context);
    let token: string;
    try {
      token = await this.tokens.getToken();
    } catch (e) {
      // A typed failure (e.g. Network) keeps its code, so the outbox retries instead of stopping.
      if (e instanceof KompasError) throw e;
      throw new KompasError('PermissionDenied', 'No Graph token could be obtained', { cause: e });
    }
    options.token = token;
    const headers = new Headers(context.options?.headers);
    headers.set('Authorization', `Bearer ${token}`);
    context.options = { ...context.options, headers };
    await this.forward(context);
  }
}

/** Points the SDK's Graph URL at the configured base (real Graph or the emulator). */
class BaseUrl extends Link {
  constructor(private readonly baseUrl: string) {
    super();
  }
  async execute(context: Context): Promise<void> {
    if (typeof context.request !== 'string') throw new KompasError('Unknown', 'Graph request is not a URL');
    // A retry passes here again with the URL already rewritten.
    if (context.request.startsWith(`${SDK_ROOT}/`)) {
      context.request = this.baseUrl + context.request.slice(SDK_ROOT.length);
    } else if (!context.request.startsWith(`${this.baseUrl}/`)) {
      throw new KompasError('Unknown', 'Graph request outside the Graph root');
    }
    await this.forward(context);
  }
}

/** The end of the chain: the injected fetch, with a per-attempt timeout. */
class FetchHandler implements Middleware {
  constructor(
    private readonly fetchImpl: FetchLike,
    private readonly timeoutMs: number,
  ) {}
  async execute(context: Context): Promise<void> {
    if (typeof context.request !== 'string') throw new KompasError('Unknown', 'Graph request is not a URL');
    const init: RequestInit = { ...(context.options as RequestInit | undefined) };
    init.signal = AbortSignal.timeout(this.timeoutMs);
    context.response = await this.fetchImpl(context.request, init);
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json') || /^[[{]/.test(text.trimStart())) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

const BatchResponseSchema = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number().int(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
    }),
  ),
});

export class GraphTransport {
  private readonly client: Client;
  private readonly baseUrl: string;
  private readonly policy: RetryPolicy;
  private readonly sleep: Sleep;
  private readonly now: () => number;

  constructor(options: GraphTransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.policy = { ...defaultRetryPolicy, ...options.retry };
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? (() => Date.now());
    const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.client = Client.initWithMiddleware({
      baseUrl: SDK_BASE,
      defaultVersion: SDK_VERSION,
      middleware: [
        new ErrorMapping(this.now),
        new Retry(this.policy, this.sleep, this.now),
        new BearerToken(options.tokens),
        new BaseUrl(this.baseUrl),
        new FetchHandler(fetchImpl, options.timeoutMs ?? 30_000),
      ],
    });
  }

  /** Sends one request; resolves with any 2xx reply, rejects with a KompasError otherwise. */
  async call(call: GraphCall): Promise<GraphReply> {
    const url = this.relative(call.url);
    const options = new KompasRequestOptions(
      call.method,
      url,
      call.method !== 'POST' && call.method !== 'PATCH',
    );
    return this.send(call, url, options);
  }

  /**
   * Sends up to any number of requests as JSON batches of at most 20. Sub-requests answered
   * 429/503/504 are sent again in a new batch after the longest of their own Retry-After values,
   * as the throttling guidance says; the SDK does not retry inside a batch.
   * Replies come back in the order of `calls`.
   */
  async batch(calls: readonly GraphCall[]): Promise<BatchReply[]> {
    const out: BatchReply[] = [];
    for (let start = 0; start < calls.length; start += MAX_BATCH) {
      out.push(...(await this.batchChunk(calls.slice(start, start + MAX_BATCH))));
    }
    return out;
  }

  /** A nextLink or other absolute Graph URL as a URL relative to the version root. */
  relative(url: string): string {
    if (!/^https?:\/\//i.test(url)) return url.startsWith('/') ? url : `/${url}`;
    const parsed = new URL(url);
    const rest = parsed.pathname.replace(/^\/(v1\.0|beta)(?=\/|$)/, '');
    return `${rest}${parsed.search}`;
  }

  private async send(call: GraphCall, url: string, options: KompasRequestOptions): Promise<GraphReply> {
    // One id per call, kept by every retry of it (the SDK's TelemetryHandler does the same).
    const request = this.client
      .api(url)
      .responseType(ResponseType.RAW)
      .middlewareOptions([options])
      .headers({ 'client-request-id': globalThis.crypto.randomUUID(), ...call.headers });
    let raw: unknown;
    try {
      switch (call.method) {
        case 'GET':
          raw = await request.get();
          break;
        case 'POST':
          raw = await request.post(call.body ?? {});
          break;
        case 'PATCH':
          raw = await request.patch(call.body ?? {});
          break;
        case 'PUT':
          raw = await request.put(call.body ?? {});
          break;
        case 'DELETE':
          raw = await request.delete();
          break;
      }
    } catch (e) {
      // The SDK wraps whatever a middleware throws; ours left the real error in the options.
      throw options.error ?? networkError(call.method, url, e, secretsOf(options));
    }
    if (!(raw instanceof Response))
      throw new KompasError('Unknown', `Graph ${call.method} ${url}: no raw response`);
    return { status: raw.status, headers: headerRecord(raw.headers), body: await readBody(raw) };
  }

  private async batchChunk(calls: readonly GraphCall[]): Promise<BatchReply[]> {
    const results = new Map<string, BatchReply>();
    let pending: { id: string; call: GraphCall }[] = calls.map((call, index) => ({
      id: String(index + 1),
      call: { ...call, headers: { 'client-request-id': globalThis.crypto.randomUUID(), ...call.headers } },
    }));
    const readOnly = calls.every((c) => c.method === 'GET');
    let waited = 0;
    for (let attempt = 1; pending.length > 0; attempt++) {
      const requests = pending.map(({ id, call }) => ({
        id,
        method: call.method,
        url: this.relative(call.url),
        ...(call.body === undefined
          ? call.headers === undefined
            ? {}
            : { headers: call.headers }
          : { headers: { 'Content-Type': 'application/json', ...call.headers }, body: call.body }),
      }));
      // The throttling guidance says a batch with throttled requests may itself fail with 424;
      // its body still holds the individual responses.
      const options = new KompasRequestOptions('POST', '/$batch', readOnly, [424]);
      const reply = await this.send(
        { method: 'POST', url: '/$batch', body: { requests } },
        '/$batch',
        options,
      );
      const parsed = BatchResponseSchema.safeParse(reply.body);
      if (!parsed.success) throw new KompasError('Unknown', 'Graph $batch: unreadable response');
      const byId = new Map(parsed.data.responses.map((r) => [r.id, r]));
      const throttled: { id: string; call: GraphCall; status: number; retryAfterMs: number | undefined }[] =
        [];
      for (const { id, call } of pending) {
        const sub = byId.get(id);
        if (!sub) {
          results.set(id, {
            ok: false,
            error: new KompasError(
              'Unknown',
              `Graph $batch: no response for ${call.url.split('?')[0] ?? ''}`,
            ),
          });
          continue;
        }
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(sub.headers ?? {})) headers[k.toLowerCase()] = v;
        const retryAfterMs = isRetryableStatus(sub.status)
          ? parseRetryAfter(headers['retry-after'], this.now())
          : undefined;
        if (isRetryableStatus(sub.status)) throttled.push({ id, call, status: sub.status, retryAfterMs });
        else if (sub.status >= 200 && sub.status < 300) {
          results.set(id, { ok: true, reply: { status: sub.status, headers, body: sub.body } });
        } else {
          results.set(id, {
            ok: false,
            error: errorFromResponse({
              method: call.method,
              url: call.url,
              status: sub.status,
              body: sub.body,
            }),
          });
        }
      }
      if (throttled.length === 0) break;
      const wait = Math.max(...throttled.map((t) => t.retryAfterMs ?? backoffMs(attempt, this.policy)));
      if (attempt >= this.policy.maxAttempts || waited + wait > this.policy.maxTotalWaitMs) {
        for (const t of throttled) {
          results.set(t.id, {
            ok: false,
            error: errorFromResponse({
              method: t.call.method,
              url: t.call.url,
              status: t.status,
              body: undefined,
              retryAfterMs: t.retryAfterMs ?? wait,
            }),
          });
        }
        break;
      }
      await this.sleep(wait + this.policy.marginMs);
      waited += wait;
      pending = throttled.map(({ id, call }) => ({ id, call }));
    }
    return calls.map((call, index): BatchReply => {
      const result = results.get(String(index + 1));
      return (
        result ?? {
          ok: false,
          error: new KompasError('Unknown', `Graph $batch: lost ${call.url.split('?')[0] ?? ''}`),
        }
      );
    });
  }
}
