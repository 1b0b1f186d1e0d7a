/** Real HTTP against an emulator on 127.0.0.1 with a free port. */
import { afterAll, beforeAll } from 'vitest';
import {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../../devtools/graph-emulator/server.ts';

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  readonly body: unknown;
}

export type Json = Record<string, unknown>;

export interface CallOptions {
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Defaults to a token naming anne@voorbeeldstad.nl; `null` sends no Authorization header. */
  readonly token?: string | null;
}

export const ANNE = 'anne@voorbeeldstad.nl';

export async function call(
  base: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? ANNE : options.token;
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path.startsWith('http') ? path : `${base}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
  };
}

/** The JSON object of a reply (fails the test when it is not one). */
export function json(reply: Reply): Json {
  if (typeof reply.body !== 'object' || reply.body === null || Array.isArray(reply.body)) {
    throw new Error(`Expected a JSON object, got ${JSON.stringify(reply.body)} (status ${reply.status})`);
  }
  return reply.body as Json;
}

export function values(reply: Reply): Json[] {
  const value = json(reply)['value'];
  if (!Array.isArray(value)) throw new Error(`Expected a collection, got ${JSON.stringify(reply.body)}`);
  return value as Json[];
}

export function errorCode(reply: Reply): unknown {
  return (json(reply)['error'] as Json | undefined)?.['code'];
}

export function fieldsOf(item: Json): Json {
  return item['fields'] as Json;
}

/** Starts one emulator for the file; `graph(method, '/sites/root')` calls `/v1.0/sites/root`. */
export function useEmulator(options: EmulatorOptions = {}) {
  let running: RunningEmulator | undefined;
  beforeAll(async () => {
    running = await startEmulator({ port: 0, ...options });
  });
  afterAll(async () => {
    await running?.close();
  });
  const emulator = (): RunningEmulator => {
    if (running === undefined) throw new Error('The emulator has not started');
    return running;
  };
  return {
    emulator,
    graph: (method: string, path: string, options?: CallOptions) =>
      call(emulator().url, method, path.startsWith('http') ? path : `/v1.0${path}`, options),
    control: (method: string, path: string, body?: unknown) =>
      call(
        emulator().url,
        method,
        `/_emulator${path}`,
        body === undefined ? { token: null } : { body, token: null },
      ),
  };
}

let counter = 0;
/** A fresh list name per test, so tests in one file do not see each other's items. */
export const uniqueName = (prefix: string): string => `${prefix}${Date.now().toString(36)}${(counter += 1)}`;
