/**
 * The standalone demo's bearer token (shared/auth/demo.ts) and the emulator's reading of tokens
 * (devtools/graph-emulator/auth.ts): a distinctive JWT-shaped token that names the user, while a
 * plain UPN keeps working for tests, the bench and the CLI.
 */
import { describe, expect, it } from 'vitest';
import { signedInUser, userFromJwt } from '../../../devtools/graph-emulator/auth.ts';
import { GraphError } from '../../../devtools/graph-emulator/errors.ts';
import { DEFAULT_USER } from '../../../devtools/graph-emulator/store.ts';
import { findAuthFailure } from '../../../shared/auth/errors.ts';
import { base64url, createDemoAuth, DEMO_UPN, demoToken } from '../../../shared/auth/demo.ts';

const b64 = (json: unknown): string => Buffer.from(JSON.stringify(json)).toString('base64url');
const bearer = (token: string): string => `Bearer ${token}`;
const zeros = (n: number): Uint8Array => new Uint8Array(n);

function refusal(authorization: string | undefined): GraphError {
  try {
    signedInUser(authorization);
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error(`accepted ${authorization ?? 'no header'}`);
}

describe('the demo token', () => {
  it('is JWT-shaped with the UPN in the payload, and is not the UPN', async () => {
    const token = await createDemoAuth().getToken();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]{43}$/);
    expect(token).not.toContain(DEMO_UPN);
    const [header = '', payload = ''] = token.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))).toMatchObject({ typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toMatchObject({
      iss: 'kompas-demo',
      upn: DEMO_UPN,
    });
  });

  it('keeps one token per session, and gives every session its own signature', async () => {
    const one = createDemoAuth();
    const other = createDemoAuth();
    expect(await one.getToken()).toBe(await one.getToken());
    expect(await one.tokenProvider('calendar').getToken()).toBe(await one.getToken());
    const [, , sigOne] = (await one.getToken()).split('.');
    const [, , sigOther] = (await other.getToken()).split('.');
    expect(sigOne).not.toBe(sigOther);
  });

  it('forgets the token on sign-out and starts a new session on sign-in', async () => {
    const auth = createDemoAuth();
    const states: string[] = [];
    auth.subscribe((state) => states.push(state.status));
    const before = await auth.getToken();
    expect(await auth.signOut()).toEqual({ ok: true });
    expect(auth.state()).toEqual({ status: 'signed-out' });
    const error: unknown = await auth.getToken().catch((e: unknown) => e);
    expect(findAuthFailure(error)?.code).toBe('SignInRequired');
    expect(await auth.signIn()).toMatchObject({ ok: true, account: { username: DEMO_UPN } });
    const after = await auth.getToken();
    expect(after).not.toBe(before);
    expect(signedInUser(bearer(after))).toBe(DEMO_UPN);
    expect(states).toEqual(['signed-out', 'signed-in']);
  });

  it('writes non-ASCII names as UTF-8 base64url that Node reads back', () => {
    const token = demoToken('zoë@voorbeeldstad.nl', 'Zoë Çelik 𝄞', zeros);
    const payload = token.split('.')[1] ?? '';
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toMatchObject({
      upn: 'zoë@voorbeeldstad.nl',
      name: 'Zoë Çelik 𝄞',
    });
  });

  it.each([0, 1, 2, 3, 4, 5, 31, 32, 33])('encodes %i bytes as Node’s base64url does', (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) % 256);
    expect(base64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });

  it('is read by the emulator as the demo user', async () => {
    expect(signedInUser(bearer(await createDemoAuth().getToken()))).toBe(DEMO_UPN);
    expect(signedInUser(bearer(await createDemoAuth('anne@voorbeeldstad.nl').getToken()))).toBe(
      'anne@voorbeeldstad.nl',
    );
  });
});

describe('the emulator reads the bearer token', () => {
  const header = b64({ alg: 'none', typ: 'JWT' });

  it('names the user from a good JWT (upn, or preferred_username as in Entra ID v2 tokens)', () => {
    expect(signedInUser(bearer(`${header}.${b64({ upn: 'bob@voorbeeldstad.nl' })}.c2ln`))).toBe(
      'bob@voorbeeldstad.nl',
    );
    expect(signedInUser(bearer(`${header}.${b64({ preferred_username: 'eva@voorbeeldstad.nl' })}.`))).toBe(
      'eva@voorbeeldstad.nl',
    );
    expect(userFromJwt(`${header}.${b64({ upn: 'a@b.nl', name: 'A' })}.x`)).toBe('a@b.nl');
  });

  it('keeps accepting a plain UPN and user:<upn>, and signs in the demo user for other opaque tokens', () => {
    expect(signedInUser('Bearer demo@voorbeeldstad.nl')).toBe('demo@voorbeeldstad.nl');
    expect(signedInUser('bearer   jan.de.vries@voorbeeldstad.nl ')).toBe('jan.de.vries@voorbeeldstad.nl');
    expect(signedInUser('Bearer user:anne@voorbeeldstad.nl')).toBe('anne@voorbeeldstad.nl');
    expect(signedInUser('Bearer some-opaque-token')).toBe(DEFAULT_USER);
  });

  it.each([
    ['a header that is not JSON', `bm90LWpzb24.${b64({ upn: 'bob@voorbeeldstad.nl' })}.x`],
    ['a header without alg', `${b64({ typ: 'JWT' })}.${b64({ upn: 'bob@voorbeeldstad.nl' })}.x`],
    ['a payload that is not JSON', `${header}.bm90LWpzb24.x`],
    ['a payload without a user', `${header}.${b64({ sub: '123' })}.x`],
    ['a user that is no e-mail address', `${header}.${b64({ upn: 'bob' })}.x`],
    ['a payload that is an array', `${header}.${b64(['bob@voorbeeldstad.nl'])}.x`],
  ])('refuses a JWT with %s (401 InvalidAuthenticationToken)', (_, token) => {
    const error = refusal(bearer(token));
    expect(error.status).toBe(401);
    expect(error.code).toBe('InvalidAuthenticationToken');
    expect(error.headers['www-authenticate']).toMatch(/invalid_token/);
  });

  it.each([undefined, '', 'Bearer ', 'Bearer    ', 'Basic abc'])('refuses %j as an empty token', (value) => {
    expect(refusal(value).status).toBe(401);
  });
});
