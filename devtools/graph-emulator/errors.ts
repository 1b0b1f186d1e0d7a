/**
 * Graph's error shape, used for every failure the emulator returns:
 * `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`
 * (https://learn.microsoft.com/graph/errors).
 */
import type { z } from 'zod';

export interface GraphErrorOptions {
  /** A more specific code, nested in `innerError.code` as Graph does for detailed codes. */
  readonly innerCode?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly innerCode: string | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, options: GraphErrorOptions = {}) {
    super(message);
    this.name = 'GraphError';
    this.status = status;
    this.code = code;
    this.innerCode = options.innerCode;
    this.headers = options.headers ?? {};
  }
}

export interface RequestIds {
  readonly requestId: string;
  readonly clientRequestId: string;
}

export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innerError: Readonly<Record<string, string>>;
  };
}

export function errorBody(
  error: { readonly code: string; readonly message: string; readonly innerCode?: string | undefined },
  ids: RequestIds,
): ErrorBody {
  const inner: Record<string, string> = {};
  if (error.innerCode !== undefined) inner['code'] = error.innerCode;
  // Graph's own date format has no fraction and no zone designator.
  inner['date'] = new Date().toISOString().slice(0, 19);
  inner['request-id'] = ids.requestId;
  inner['client-request-id'] = ids.clientRequestId;
  return { error: { code: error.code, message: error.message, innerError: inner } };
}

export const invalidRequest = (message: string): GraphError => new GraphError(400, 'invalidRequest', message);

export const itemNotFound = (message = 'The resource could not be found.'): GraphError =>
  new GraphError(404, 'itemNotFound', message);

export const accessDenied = (): GraphError =>
  new GraphError(
    403,
    'accessDenied',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );

/** Turns a zod failure on a request body into Graph's 400, naming the first offending property. */
export function fromZod(
  error: z.ZodError,
  code = 'invalidRequest',
  describe: (path: string, message: string) => string = (path, message) =>
    path === '' ? message : `${path}: ${message}`,
): GraphError {
  const issue = error.issues[0];
  if (issue === undefined) return new GraphError(400, code, 'Invalid request.');
  if (issue.code === 'unrecognized_keys') {
    const [key] = issue.keys;
    const owner = issue.path.map(String).join('.');
    return new GraphError(400, code, describe(owner, `Unknown property '${key ?? ''}'.`));
  }
  return new GraphError(400, code, describe(issue.path.map(String).join('.'), issue.message));
}

/** Parses with zod and throws Graph's 400 on failure. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, code?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZod(result.error, code);
  return result.data;
}
