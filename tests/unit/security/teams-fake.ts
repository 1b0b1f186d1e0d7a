/**
 * A Teams client as teams-js sees it from inside Kompas's frame or sign-in window: the window teams-js
 * posts to (`window.opener` here, as in the sign-in window) and answers that arrive as `message`
 * events from an origin of the test's choosing. teams-js itself is real.
 */
import { vi } from 'vitest';

export const TEAMS_ORIGIN = 'https://teams.microsoft.com';
export const FOREIGN_ORIGIN = 'https://teams.microsoft.com.evil.example';

export interface Posted {
  readonly data: TeamsMessage;
  readonly targetOrigin: string;
}

export interface TeamsMessage {
  readonly id: number;
  readonly uuidAsString: string;
  readonly func: string;
  readonly args: readonly unknown[];
}

function isTeamsMessage(value: unknown): value is TeamsMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof TeamsMessage, unknown>>;
  return typeof v.id === 'number' && typeof v.func === 'string' && Array.isArray(v.args);
}

export class FakeTeamsClient {
  readonly posted: Posted[] = [];
  readonly closed = false;

  postMessage(data: unknown, targetOrigin: string): void {
    if (!isTeamsMessage(data))
      throw new Error(`teams-js posted something unexpected: ${JSON.stringify(data)}`);
    this.posted.push({ data, targetOrigin });
  }

  /** The first message teams-js posted for `func`. */
  async request(func: string): Promise<TeamsMessage> {
    return vi.waitFor(() => {
      const found = this.posted.find((p) => p.data.func === func);
      if (found === undefined) throw new Error(`teams-js has not sent ${func}`);
      return found.data;
    });
  }

  /** Answers `request` as the Teams client would, but from `origin`. */
  answer(origin: string, request: TeamsMessage, args: readonly unknown[]): void {
    this.#deliver(origin, { id: request.id, uuidAsString: request.uuidAsString, args });
  }

  /** An event from the Teams client (`themeChange`, …), from `origin`. */
  send(origin: string, func: string, args: readonly unknown[]): void {
    this.#deliver(origin, { func, args });
  }

  // jsdom's MessageEvent accepts no plain object as `source`; teams-js reads only these three fields.
  #deliver(origin: string, data: unknown): void {
    const event = new Event('message');
    Object.defineProperties(event, {
      data: { value: data },
      origin: { value: origin },
      source: { value: this },
    });
    window.dispatchEvent(event);
  }
}

/** Makes `client` the window teams-js talks to, and keeps teams-js off the network (its origin list). */
export function installTeamsClient(client: FakeTeamsClient): void {
  Object.defineProperty(window, 'opener', { value: client, configurable: true });
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('no network in unit tests')));
}

/** Lets teams-js's asynchronous origin check and message handling run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The answer to `initialize`: frame context, client type, no runtime config, the host's SDK version. */
export const initializeAnswer = (frameContext: string): unknown[] => [
  frameContext,
  'web',
  undefined,
  '2.0.0',
];
