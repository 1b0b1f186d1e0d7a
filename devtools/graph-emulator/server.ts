/**
 * A local Microsoft Graph v1.0 for Kompas, like Azurite for Azure Storage: the subset of Graph
 * the app uses (SharePoint lists and items, groups and team sites, the user's calendar,
 * `$batch`), following Microsoft's documented behaviour, plus test controls under `/_emulator/`.
 * Plain node:http; the store is in process and optionally persisted to a folder.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { signedInUser } from './auth.ts';
import { runBatch, type SubRequest } from './batch.ts';
import { control } from './control.ts';
import { GraphError, errorBody, type RequestIds } from './errors.ts';
import { FaultInjector, Stats, injectedFailure, requestKey, type FaultDecision } from './faults.ts';
import { Persistence } from './persistence.ts';
import { route } from './router.ts';
import type { GraphRequest, GraphResponse } from './routes.ts';
import { EmulatorStore } from './store.ts';

export { EmulatorStore } from './store.ts';

export type Seed = (store: EmulatorStore) => void | Promise<void>;

export interface EmulatorOptions {
  /** 0 (the default) picks any free port. */
  readonly port?: number;
  /** Defaults to 127.0.0.1. */
  readonly host?: string;
  /** A folder to keep the state in across restarts; absent means memory only. */
  readonly dataDir?: string;
  /** Runs on a new (empty) state only, so a restart with a data folder keeps its data. */
  readonly seed?: Seed;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>`; Graph lives under `/v1.0`. */
  readonly url: string;
  readonly store: EmulatorStore;
  close(): Promise<void>;
}

/** Graph refuses request bodies over 4 MB. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Browser use from another localhost port (the tab and the add-in's dev servers). */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  'If-Match',
  'If-None-Match',
  'Prefer',
  'client-request-id',
  'return-client-request-id',
  'SdkVersion',
  'ConsistencyLevel',
  'Cache-Control',
].join(', ');
const EXPOSED_HEADERS = 'Retry-After, request-id, client-request-id, ETag, Location';

const unreadableJson = (): GraphError =>
  new GraphError(
    400,
    'BadRequest',
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
  );

function corsHeaders(origin: string | undefined): Record<string, string> {
  if (origin === undefined || !LOCAL_ORIGIN.test(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    vary: 'Origin',
    'access-control-expose-headers': EXPOSED_HEADERS,
  };
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES)
      throw new GraphError(413, 'RequestEntityTooLarge', 'The request body is larger than 4 MB.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw unreadableJson();
  }
}

function decodeSegments(pathname: string): string[] {
  try {
    return pathname
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    throw new GraphError(400, 'BadRequest', 'The request URL is not valid.');
  }
}

/** The URL as a client addresses it from the version root: `/me/events?$top=1`. */
function versionRelative(url: URL): string {
  return `${url.pathname.replace(/^\/v1\.0(?=\/|$)/, '')}${url.search}`;
}

function toResponse(error: unknown, ids: RequestIds): GraphResponse {
  if (error instanceof GraphError) {
    return { status: error.status, headers: error.headers, body: errorBody(error, ids) };
  }
  console.error('Graph emulator: unexpected error', error);
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: errorBody({ code: 'generalException', message }, ids) };
}

function write(res: ServerResponse, response: GraphResponse, base: Readonly<Record<string, string>>): void {
  const headers: Record<string, string> = { ...base, ...response.headers };
  if (response.body === undefined) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(response.body);
  headers['content-type'] =
    'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
  headers['odata-version'] = '4.0';
  headers['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(response.status, headers);
  res.end(text);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const store = new EmulatorStore();
  const faults = new FaultInjector();
  const stats = new Stats();
  const seed = options.seed;

  let persistence: Persistence | undefined;
  if (options.dataDir === undefined) {
    if (seed !== undefined) await seed(store);
  } else {
    const saved = new Persistence(options.dataDir, store);
    persistence = saved;
    const loaded = saved.load();
    if (!loaded && seed !== undefined) await seed(store);
    store.onChange(() => saved.schedule());
    if (!loaded) {
      saved.schedule();
      await saved.flush();
    }
  }

  const reset = async (reseed: boolean): Promise<void> => {
    store.clear();
    if (reseed && seed !== undefined) await seed(store);
  };

  /**
   * One sub-request of a `$batch`: routed, counted and fault-injected on its own. `arrived` is
   * when the batch arrived, before its latency: when the client sent the sub-request.
   */
  const executeSub = (
    sub: SubRequest,
    user: string,
    origin: string,
    ids: RequestIds,
    arrived: number,
  ): GraphResponse => {
    const url = new URL(sub.url, 'http://emulator/v1.0/');
    const segments = decodeSegments(url.pathname).slice(1);
    const request: GraphRequest = {
      method: sub.method,
      segments,
      query: url.searchParams,
      headers: sub.headers,
      body: sub.body,
      user,
      origin,
    };
    if (segments[0] === '$batch') {
      stats.subRequest(`${sub.method} /$batch`);
      return toResponse(new GraphError(400, 'BadRequest', 'A batch cannot contain another batch.'), ids);
    }
    const target = route(store, request);
    stats.subRequest(target.key);
    // A throttled sub-request may come back alone or in another batch: the same request either way.
    const key = requestKey({
      user,
      method: sub.method,
      url: versionRelative(url),
      body: sub.body,
      clientRequestId: sub.headers['client-request-id'],
    });
    stats.arrival(key, arrived);
    const decision = faults.decide();
    if (decision.status !== undefined) return injectFault(decision.status, decision, key, ids);
    try {
      return target.handle();
    } catch (error) {
      return toResponse(error, ids);
    }
  };

  /** The fault decided for a request, with the Retry-After decided with it. */
  const injectFault = (
    status: number,
    decision: FaultDecision,
    key: string,
    ids: RequestIds,
  ): GraphResponse => {
    const failure = injectedFailure({ status, retryAfterSeconds: decision.retryAfterSeconds });
    stats.fault();
    const retryAfter = failure.headers['retry-after'];
    if (retryAfter !== undefined) stats.retryAfter(key, Number(retryAfter), Date.now());
    return toResponse(failure, ids);
  };

  const graph = async (
    req: IncomingMessage,
    res: ServerResponse,
    segments: string[],
    url: URL,
    ids: RequestIds,
    send: (response: GraphResponse) => void,
  ): Promise<void> => {
    const headers = lowerHeaders(req);
    const method = (req.method ?? 'GET').toUpperCase();
    let user = '';
    let body: unknown;
    let refused: unknown;
    try {
      user = signedInUser(headers['authorization']);
    } catch (error) {
      refused = error;
    }
    try {
      // Read even when refusing, so the connection can be reused.
      body = parseJson(await readBody(req));
    } catch (error) {
      refused ??= error;
    }
    const request: GraphRequest = {
      method,
      segments,
      query: url.searchParams,
      headers,
      body,
      user,
      origin: `http://${headers['host'] ?? url.host}`,
    };
    const isBatch = segments.length === 1 && segments[0] === '$batch';
    const target = isBatch ? undefined : route(store, request);
    stats.request(target?.key ?? `${method} /$batch`);
    if (refused !== undefined) {
      send(toResponse(refused, ids));
      return;
    }
    const arrived = Date.now();
    // The batch envelope is never throttled itself (its sub-requests are), so it has no key.
    const key = isBatch
      ? undefined
      : requestKey({
          user,
          method,
          url: versionRelative(url),
          body,
          clientRequestId: headers['client-request-id'],
        });
    if (key !== undefined) stats.arrival(key, arrived);
    const decision = faults.decide();
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);

    let response: GraphResponse;
    if (target === undefined) {
      // Throttling hits the requests inside a batch one by one, not the batch (json-batching docs).
      response =
        method === 'POST'
          ? runBatch(body, {
              execute: (sub) => executeSub(sub, user, request.origin, ids, arrived),
              fail: (error) => toResponse(error, ids),
            })
          : toResponse(
              new GraphError(
                405,
                'BadRequest',
                'Specified HTTP method is not allowed for the request target.',
              ),
              ids,
            );
    } else if (decision.status !== undefined && key !== undefined) {
      send(injectFault(decision.status, decision, key, ids));
      return;
    } else {
      try {
        response = target.handle();
      } catch (error) {
        response = toResponse(error, ids);
      }
    }
    if (decision.drop) {
      // Applied, but the client never hears back: a timeout whose outcome is unknown.
      stats.dropped();
      res.destroy();
      return;
    }
    send(response);
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    const ids: RequestIds = {
      requestId,
      clientRequestId: (req.headers['client-request-id'] as string | undefined) ?? requestId,
    };
    const cors = corsHeaders(req.headers.origin);
    const base = { ...cors, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId };
    const send = (response: GraphResponse): void => write(res, response, base);
    try {
      const url = new URL(req.url ?? '/', 'http://emulator');
      if (req.method === 'OPTIONS') {
        const preflight =
          cors['access-control-allow-origin'] === undefined
            ? {}
            : {
                'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
                'access-control-allow-headers': ALLOWED_HEADERS,
                'access-control-max-age': '600',
              };
        write(res, { status: 204, headers: preflight }, base);
        return;
      }
      if (url.pathname.startsWith('/_emulator/')) {
        const body = parseJson(await readBody(req));
        send(await control({ store, faults, stats, reset }, req.method ?? 'GET', url.pathname, body));
        return;
      }
      const segments = decodeSegments(url.pathname);
      if (segments[0] !== 'v1.0') {
        send(toResponse(new GraphError(400, 'BadRequest', `Invalid version: ${segments[0] ?? ''}`), ids));
        return;
      }
      await graph(req, res, segments.slice(1), url, ids, send);
    } catch (error) {
      send(toResponse(error, ids));
    }
  };

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      console.error('Graph emulator: request failed', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await persistence?.flush();
    })();
    return closing;
  };
  return { url, store, close };
}
