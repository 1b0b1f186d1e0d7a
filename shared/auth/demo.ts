/**
 * Standalone mode (the local Graph emulator): no MSAL, no Entra ID. The demo user gets an opaque,
 * JWT-shaped bearer token (`header.payload.signature`, the UPN in the payload, a random signature
 * per session) that devtools/graph-emulator/auth.ts decodes to the user. The token is distinctive on
 * purpose: the UPN also shows in the UI, so only a token that appears nowhere else can be scanned for
 * leaks (tests/browser/security.test.ts, issue #8). Nothing verifies the signature.
 */
import type { AuthAccount } from '../ports/auth.ts';
import type { TokenProvider } from '../ports/token-provider.ts';
import { toKompasError } from './errors.ts';
import type { AuthOutcome, AuthState, KompasAuth, SignOutOutcome } from './provider.ts';

export const DEMO_UPN = 'demo@voorbeeldstad.nl';

/** The issuer claim of demo tokens, so the emulator (and a reader of a leak report) can tell them apart. */
export const DEMO_TOKEN_ISSUER = 'kompas-demo';

/** Fills `length` random bytes. */
export type RandomBytes = (length: number) => Uint8Array;

interface WebCrypto {
  getRandomValues(array: Uint8Array): Uint8Array;
}

function isWebCrypto(value: unknown): value is WebCrypto {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { getRandomValues?: unknown }).getRandomValues === 'function'
  );
}

/** `crypto.getRandomValues` of the browser or Node; the core has no DOM types, hence the lookup. */
const webRandomBytes: RandomBytes = (length) => {
  const crypto: unknown = (globalThis as { crypto?: unknown }).crypto;
  if (!isWebCrypto(crypto)) throw new Error('No crypto.getRandomValues for the demo token');
  return crypto.getRandomValues(new Uint8Array(length));
};

function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
  }
  return bytes;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding (RFC 7515 §2), as JWT segments are written. */
export function base64url(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 0x3f] ?? '';
  }
  return out;
}

/** A JWT-shaped demo token for `upn`; the 256-bit random signature makes each session's token unique. */
export function demoToken(upn: string, displayName: string, random: RandomBytes = webRandomBytes): string {
  const header = base64url(utf8(JSON.stringify({ alg: 'none', typ: 'JWT', kid: DEMO_TOKEN_ISSUER })));
  const payload = base64url(utf8(JSON.stringify({ iss: DEMO_TOKEN_ISSUER, upn, name: displayName })));
  return `${header}.${payload}.${base64url(random(32))}`;
}

export function createDemoAuth(
  upn: string = DEMO_UPN,
  displayName = 'Demogebruiker',
  random: RandomBytes = webRandomBytes,
): KompasAuth {
  const account: AuthAccount = {
    homeAccountId: `demo.${upn}`,
    tenantId: 'demo',
    username: upn,
    name: displayName,
  };
  const listeners = new Set<(state: AuthState) => void>();
  // One token per session (page load or sign-in), held in memory like a real access token.
  let token: string | undefined = demoToken(upn, displayName, random);
  let state: AuthState = { status: 'signed-in', account };
  const setState = (next: AuthState): void => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  const getToken = (): Promise<string> =>
    token === undefined
      ? Promise.reject(toKompasError({ code: 'SignInRequired', diagnostics: { errorCode: 'signed_out' } }))
      : Promise.resolve(token);
  const provider: TokenProvider = { getToken };
  return {
    getToken,
    tokenProvider: () => provider,
    signIn: (): Promise<AuthOutcome> => {
      token ??= demoToken(upn, displayName, random);
      setState({ status: 'signed-in', account });
      return Promise.resolve({ ok: true, account });
    },
    signOut: (): Promise<SignOutOutcome> => {
      token = undefined;
      setState({ status: 'signed-out' });
      return Promise.resolve({ ok: true });
    },
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
