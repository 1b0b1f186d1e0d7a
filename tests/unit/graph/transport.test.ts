import { describe, expect, it } from 'vitest';
import { isKompasError, KompasError } from '../../../shared/domain/errors.ts';
import { parseRetryAfter } from '../../../shared/graph/retry.ts';
import { GraphTransport, type FetchLike } from '../../../shared/graph/transport.ts';

const BASE = 'http://127.0.0.1:7777/v1.0';
const TOKEN = 'secret-token-abc123';

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: unknown;
}

type Responder = (req: Sent, index: number) => Response | Promise<Response>;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return json(status, { error: { code, message, innerError: { 'request-id': 'r1' } } }, headers);
}

function harness(
  responder: Responder,
  options: { retry?: Partial<{ maxAttempts: number; maxTotalWaitMs: number }> } = {},
) {
  const sent: Sent[] = [];
  const sleeps: number[] = [];
  let clock = 1_700_000_000_000;
  let tokenCalls = 0;
  const fetch: FetchLike = async (url, init) => {
    const req: Sent = {
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    sent.push(req);
    return responder(req, sent.length - 1);
  };
  const transport = new GraphTransport({
    baseUrl: BASE,
    tokens: {
      getToken: () => {
        tokenCalls++;
        return Promise.resolve(`${TOKEN}-${tokenCalls}`);
      },
    },
    fetch,
    sleep: (ms) => {
      sleeps.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
    retry: { marginMs: 0, baseDelayMs: 100, ...options.retry },
  });
  return { transport, sent, sleeps, tokenCalls: () => tokenCalls };
}

async function failure(promise: Promise<unknown>): Promise<KompasError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof KompasError) return e;
    throw new Error(`expected a KompasError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a failure');
}

describe('GraphTransport: requests', () => {
  it('sends the bearer token to the configured base URL with the caller’s headers and JSON body', async () => {
    const { transport, sent } = harness(() => json(200, { ok: true }));
    const reply = await transport.call({
      method: 'PATCH',
      url: '/sites/root/lists/L/items/3/fields',
      headers: { 'If-Match': '"abc,2"' },
      body: { Title: 'x' },
    });
    expect(reply).toMatchObject({ status: 200, body: { ok: true } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(`${BASE}/sites/root/lists/L/items/3/fields`);
    expect(sent[0]?.method).toBe('PATCH');
    expect(sent[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}-1`);
    expect(sent[0]?.headers.get('if-match')).toBe('"abc,2"');
    expect(sent[0]?.body).toEqual({ Title: 'x' });
  });

  it('keeps the query string, $expand with nested $select included', async () => {
    const { transport, sent } = harness(() => json(200, { value: [] }));
    await transport.call({
      method: 'GET',
      url: "/sites/root/lists/L/items?$expand=fields($select=A,B)&$filter=fields/X eq 'y'&$top=5",
    });
    const url = new URL(sent[0]?.url ?? '');
    expect(url.searchParams.get('$expand')).toBe('fields($select=A,B)');
    expect(url.searchParams.get('$filter')).toBe("fields/X eq 'y'");
    expect(url.searchParams.get('$top')).toBe('5');
  });

  it('turns an absolute nextLink into a URL relative to the version root', () => {
    const { transport } = harness(() => json(200, {}));
    expect(
      transport.relative('https://graph.microsoft.com/v1.0/sites/root/lists/L/items?$skiptoken=abc'),
    ).toBe('/sites/root/lists/L/items?$skiptoken=abc');
    expect(transport.relative('http://127.0.0.1:7777/v1.0/sites/x/lists')).toBe('/sites/x/lists');
  });
});

describe('GraphTransport: retries', () => {
  it('waits the Retry-After seconds of a 429 before retrying, never less', async () => {
    const { transport, sent, sleeps } = harness((_, i) =>
      i === 0
        ? graphError(429, 'TooManyRequests', 'slow down', { 'Retry-After': '3' })
        : json(200, { ok: 1 }),
    );
    await transport.call({ method: 'GET', url: '/me' });
    expect(sent).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
  });

  it('sends one client-request-id per call, kept by its retries, so the server can tell a retry from a new call', async () => {
    const { transport, sent } = harness((_, i) =>
      i === 0 ? graphError(429, 'TooManyRequests', 'x', { 'Retry-After': '1' }) : json(200, {}),
    );
    await transport.call({ method: 'GET', url: '/me' });
    await transport.call({ method: 'GET', url: '/me' });
    const ids = sent.map((r) => r.headers.get('client-request-id'));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('reads Retry-After as an HTTP date on 503 and retries a POST (a throttled write was not applied)', async () => {
    const { transport, sent, sleeps } = harness((_, i) =>
      i === 0
        ? graphError(503, 'serviceNotAvailable', 'busy', {
            'Retry-After': new Date(1_700_000_005_000).toUTCString(),
          })
        : json(201, { id: '1' }),
    );
    const reply = await transport.call({
      method: 'POST',
      url: '/sites/root/lists/L/items',
      body: { fields: {} },
    });
    expect(reply.status).toBe(201);
    expect(sent).toHaveLength(2);
    expect(sleeps).toEqual([5000]);
  });

  it('fetches the token again for every attempt, so a refreshed token is used', async () => {
    const { transport, sent } = harness((_, i) =>
      i === 0 ? graphError(429, 'TooManyRequests', 'x', { 'Retry-After': '1' }) : json(200, {}),
    );
    await transport.call({ method: 'GET', url: '/me' });
    expect(sent.map((s) => s.headers.get('authorization'))).toEqual([
      `Bearer ${TOKEN}-1`,
      `Bearer ${TOKEN}-2`,
    ]);
  });

  it('gives up after the attempt cap with Throttled and the server’s wait', async () => {
    const { transport, sent, sleeps } = harness(
      () => graphError(429, 'TooManyRequests', 'x', { 'Retry-After': '2' }),
      {
        retry: { maxAttempts: 3 },
      },
    );
    const e = await failure(transport.call({ method: 'GET', url: '/me' }));
    expect(e.code).toBe('Throttled');
    expect(e.retryAfterMs).toBe(2000);
    expect(e.status).toBe(429);
    expect(sent).toHaveLength(3);
    expect(sleeps).toEqual([2000, 2000]);
  });

  it('gives up at once when Retry-After exceeds the total wait cap', async () => {
    const { transport, sent, sleeps } = harness(() => graphError(503, 'x', 'x', { 'Retry-After': '120' }), {
      retry: { maxTotalWaitMs: 60_000 },
    });
    const e = await failure(transport.call({ method: 'GET', url: '/me' }));
    expect(e.code).toBe('Throttled');
    expect(e.retryAfterMs).toBe(120_000);
    expect(sent).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('backs off exponentially when the server names no wait', async () => {
    const { transport, sleeps } = harness(
      (_, i) => (i < 3 ? graphError(504, 'gatewayTimeout', 'x') : json(200, {})),
      {
        retry: { maxAttempts: 4 },
      },
    );
    await transport.call({ method: 'GET', url: '/me' });
    expect(sleeps).toEqual([100, 200, 400]);
  });

  it('retries a lost response of a GET or DELETE, but not of a POST or PATCH', async () => {
    const broken: Responder = (_, i) =>
      i === 0 ? Promise.reject(new TypeError('fetch failed')) : json(200, {});
    const get = harness(broken);
    await get.transport.call({ method: 'GET', url: '/me' });
    expect(get.sent).toHaveLength(2);

    const del = harness((_, i) =>
      i === 0 ? Promise.reject(new TypeError('fetch failed')) : new Response(null, { status: 204 }),
    );
    await del.transport.call({ method: 'DELETE', url: '/sites/root/lists/L/items/1' });
    expect(del.sent).toHaveLength(2);

    for (const method of ['POST', 'PATCH'] as const) {
      const h = harness(broken);
      const e = await failure(h.transport.call({ method, url: '/sites/root/lists/L/items', body: {} }));
      expect(e.code).toBe('Network');
      expect(h.sent).toHaveLength(1);
    }
  });
});

describe('GraphTransport: error mapping', () => {
  const cases: [number, string, string][] = [
    [400, 'invalidRequest', 'Validation'],
    [401, 'InvalidAuthenticationToken', 'PermissionDenied'],
    [403, 'accessDenied', 'PermissionDenied'],
    [404, 'itemNotFound', 'NotFound'],
    [409, 'nameAlreadyExists', 'Conflict'],
    [412, 'preconditionFailed', 'Conflict'],
    [500, 'generalException', 'Unknown'],
  ];
  for (const [status, graphCode, code] of cases) {
    it(`maps ${status} ${graphCode} to ${code}`, async () => {
      const { transport, sent } = harness(() => graphError(status, graphCode, 'what happened'));
      const e = await failure(
        transport.call({ method: 'GET', url: '/sites/root/lists/L/items/9?$select=id' }),
      );
      expect(e.code).toBe(code);
      expect(e.status).toBe(status);
      expect(e.message).toContain(graphCode);
      expect(e.message).not.toContain('$select');
      expect(sent).toHaveLength(1);
      if (code === 'Validation') expect(e.issues).toEqual(['what happened']);
    });
  }

  it('never puts the token in an error message, even when the server echoes it', async () => {
    const { transport } = harness((req) =>
      graphError(
        401,
        'InvalidAuthenticationToken',
        `Token ${req.headers.get('authorization') ?? ''} expired; raw ${TOKEN}-1`,
      ),
    );
    const e = await failure(transport.call({ method: 'GET', url: '/me' }));
    expect(e.code).toBe('PermissionDenied');
    expect(e.message).not.toContain(TOKEN);
    expect(JSON.stringify(e.issues)).not.toContain(TOKEN);
  });

  it('maps a network failure to Network without the token', async () => {
    const { transport } = harness(
      () => Promise.reject(new TypeError(`connect refused for Bearer ${TOKEN}-1`)),
      {
        retry: { maxAttempts: 2 },
      },
    );
    const e = await failure(transport.call({ method: 'GET', url: '/me' }));
    expect(e.code).toBe('Network');
    expect(e.message).not.toContain(TOKEN);
  });
});

describe('GraphTransport: $batch', () => {
  function batchResponder(
    perRound: (
      id: string,
      round: number,
    ) => { status: number; headers?: Record<string, string>; body?: unknown },
  ): Responder {
    let round = 0;
    return (req) => {
      const requests = (req.body as { requests: { id: string }[] }).requests;
      const responses = requests.map((r) => ({ id: r.id, ...perRound(r.id, round) }));
      round++;
      // Graph may answer sub-requests in any order.
      return json(200, { responses: responses.reverse() });
    };
  }

  it('re-sends only throttled sub-requests, after the longest of their Retry-After values', async () => {
    const { transport, sent, sleeps } = harness(
      batchResponder((id, round) => {
        if (round === 0 && id === '2') return { status: 429, headers: { 'Retry-After': '2' } };
        if (round === 0 && id === '3') return { status: 503, headers: { 'retry-after': '5' } };
        return { status: 200, body: { value: [id, round] } };
      }),
    );
    const replies = await transport.batch([
      { method: 'GET', url: '/a' },
      { method: 'GET', url: '/b' },
      { method: 'GET', url: '/c' },
    ]);
    expect(sent).toHaveLength(2);
    expect(sleeps).toEqual([5000]);
    const second = (sent[1]?.body as { requests: { id: string; url: string }[] }).requests;
    expect(second.map((r) => r.url)).toEqual(['/b', '/c']);
    type Sub = { url: string; headers?: Record<string, string> };
    const idOf = (round: number, url: string) =>
      (sent[round]?.body as { requests: Sub[] }).requests.find((r) => r.url === url)?.headers?.[
        'client-request-id'
      ];
    expect(idOf(0, '/b')).toMatch(/^[0-9a-f-]{36}$/);
    expect(idOf(1, '/b')).toBe(idOf(0, '/b'));
    expect(idOf(0, '/b')).not.toBe(idOf(0, '/c'));
    expect(replies.map((r) => (r.ok ? r.reply.body : r.error.code))).toEqual([
      { value: ['1', 0] },
      { value: ['2', 1] },
      { value: ['3', 1] },
    ]);
  });

  it('reports a sub-request still throttled after the cap as Throttled, the others as answered', async () => {
    const { transport, sent } = harness(
      batchResponder((id) =>
        id === '1'
          ? { status: 429, headers: { 'Retry-After': '1' } }
          : { status: 404, body: { error: { code: 'itemNotFound', message: 'x' } } },
      ),
      { retry: { maxAttempts: 3 } },
    );
    const replies = await transport.batch([
      { method: 'GET', url: '/a' },
      { method: 'GET', url: '/b' },
    ]);
    expect(sent).toHaveLength(3);
    const [a, b] = replies;
    expect(a?.ok).toBe(false);
    expect(a && !a.ok && a.error.code).toBe('Throttled');
    expect(a && !a.ok && a.error.retryAfterMs).toBe(1000);
    expect(b && !b.ok && isKompasError(b.error, 'NotFound')).toBe(true);
  });

  it('reads the sub-responses of a batch answered 424 as a whole, as the throttling guidance describes', async () => {
    const { transport, sent } = harness((_, i) =>
      i === 0
        ? json(424, {
            responses: [
              { id: '1', status: 200, body: { a: 1 } },
              { id: '2', status: 429, headers: { 'Retry-After': '1' } },
            ],
          })
        : json(200, { responses: [{ id: '2', status: 200, body: { b: 2 } }] }),
    );
    const replies = await transport.batch([
      { method: 'GET', url: '/a' },
      { method: 'GET', url: '/b' },
    ]);
    expect(sent).toHaveLength(2);
    expect(replies.map((r) => (r.ok ? r.reply.body : r.error.code))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('splits more than 20 requests into batches of at most 20', async () => {
    const { transport, sent } = harness(batchResponder(() => ({ status: 200, body: {} })));
    const replies = await transport.batch(
      Array.from({ length: 45 }, (_, i) => ({ method: 'GET' as const, url: `/x/${i}` })),
    );
    expect(replies).toHaveLength(45);
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(sent.map((s) => (s.body as { requests: unknown[] }).requests.length)).toEqual([20, 20, 5]);
    expect(sent.every((s) => s.url === `${BASE}/$batch`)).toBe(true);
  });

  it('sends a body with its Content-Type inside the batch, as JSON batching requires', async () => {
    const { transport, sent } = harness(batchResponder(() => ({ status: 201, body: {} })));
    await transport.batch([{ method: 'POST', url: '/l/items', body: { fields: { a: 1 } } }]);
    const request = (sent[0]?.body as { requests: { headers: Record<string, string>; body: unknown }[] })
      .requests[0];
    expect(request?.headers['Content-Type']).toBe('application/json');
    expect(request?.body).toEqual({ fields: { a: 1 } });
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('10', now)).toBe(10_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
