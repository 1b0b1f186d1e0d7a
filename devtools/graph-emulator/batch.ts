/**
 * JSON batching (https://learn.microsoft.com/graph/json-batching): at most 20 requests, each
 * with a unique `id` (case-insensitive), `method`, relative `url`, optional `headers`, `body`
 * (which needs a Content-Type header) and `dependsOn`. Dependants run after what they depend
 * on; when a dependency fails, the dependant fails with 424 without running. A malformed batch
 * is a 400 for the whole request.
 */
import { z } from 'zod';
import { GraphError, fromZod } from './errors.ts';
import type { GraphResponse } from './routes.ts';

export const MAX_BATCH_REQUESTS = 20;

const BatchSchema = z.strictObject({
  requests: z.array(
    z.strictObject({
      id: z.string().min(1),
      method: z.enum(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']),
      url: z.string().min(1),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
      dependsOn: z.array(z.string()).optional(),
    }),
  ),
});

export interface SubRequest {
  readonly id: string;
  readonly method: string;
  /** Relative to the version root, without the leading slash. */
  readonly url: string;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface SubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

const badBatch = (message: string): GraphError => new GraphError(400, 'BadRequest', message);

/** Header names as Graph spells them in batch responses. */
const canonical: Readonly<Record<string, string>> = {
  'content-type': 'Content-Type',
  'retry-after': 'Retry-After',
  etag: 'ETag',
  location: 'Location',
};

function subResponse(id: string, response: GraphResponse): SubResponse {
  const headers: Record<string, string> = {};
  if (response.body !== undefined) headers['Content-Type'] = 'application/json';
  for (const [name, value] of Object.entries(response.headers ?? {}))
    headers[canonical[name] ?? name] = value;
  return response.body === undefined
    ? { id, status: response.status, headers }
    : { id, status: response.status, headers, body: response.body };
}

export interface BatchHandlers {
  /** Handles one sub-request as if it had come on its own. */
  readonly execute: (request: SubRequest) => GraphResponse;
  /** Graph's error response for a sub-request the batch itself refuses. */
  readonly fail: (error: GraphError) => GraphResponse;
}

export function runBatch(body: unknown, { execute, fail }: BatchHandlers): GraphResponse {
  const parsed = BatchSchema.safeParse(body);
  if (!parsed.success) throw fromZod(parsed.error, 'BadRequest');
  const { requests } = parsed.data;
  if (requests.length === 0) throw badBatch('A batch request must contain at least one request.');
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw badBatch(
      `The number of requests in a batch is limited to ${MAX_BATCH_REQUESTS}; this batch has ${requests.length}.`,
    );
  }
  const ids = new Map(requests.map((r) => [r.id.toLowerCase(), r]));
  if (ids.size !== requests.length) throw badBatch('Batch request ids must be unique.');
  for (const request of requests) {
    for (const dependency of request.dependsOn ?? []) {
      if (!ids.has(dependency.toLowerCase()) || dependency.toLowerCase() === request.id.toLowerCase()) {
        throw badBatch(
          `Request '${request.id}' depends on '${dependency}', which is not another request in the batch.`,
        );
      }
    }
  }

  const results = new Map<string, SubResponse>();
  const pending = [...requests];
  while (pending.length > 0) {
    const index = pending.findIndex((r) => (r.dependsOn ?? []).every((d) => results.has(d.toLowerCase())));
    const request = pending[index];
    if (request === undefined) throw badBatch('The dependsOn references in the batch form a cycle.');
    pending.splice(index, 1);
    const failed = (request.dependsOn ?? []).some((d) => (results.get(d.toLowerCase())?.status ?? 0) >= 400);
    const headers = Object.fromEntries(
      Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    let response: GraphResponse;
    if (failed) {
      response = fail(
        new GraphError(
          424,
          'FailedDependency',
          'The request could not be completed due to a failed dependency.',
        ),
      );
    } else if (/^[a-z]+:\/\//i.test(request.url)) {
      response = fail(badBatch('The url of a batch request must be relative, such as /me.'));
    } else if (request.body !== undefined && headers['content-type'] === undefined) {
      response = fail(badBatch('A request with a body needs a Content-Type header.'));
    } else {
      response = execute({
        id: request.id,
        method: request.method,
        url: request.url.replace(/^\/+/, ''),
        headers,
        body: request.body,
      });
    }
    results.set(request.id.toLowerCase(), subResponse(request.id, response));
  }
  return { status: 200, body: { responses: requests.map((r) => results.get(r.id.toLowerCase())) } };
}
