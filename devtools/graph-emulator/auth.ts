/**
 * Sign-in, emulated: every `/v1.0` call needs `Authorization: Bearer <token>` (Graph answers
 * 401 `InvalidAuthenticationToken` without one). The token names the user when it is
 * - JWT-shaped (`header.payload.signature`, base64url): the payload's `upn` (or
 *   `preferred_username`), as in the standalone demo's token (shared/auth/demo.ts) and Entra ID's
 *   access tokens. The signature is not checked. A JWT-shaped token without a readable user is
 *   refused with a 401, as Graph refuses a malformed token;
 * - an e-mail address or `user:<upn>` (tests, the bench and the CLI use these).
 * Any other non-empty token signs in the demo user.
 */
import { z } from 'zod';
import { GraphError } from './errors.ts';
import { DEFAULT_USER } from './store.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

const HeaderSchema = z.looseObject({ typ: z.string().optional(), alg: z.string() });
const PayloadSchema = z
  .looseObject({ upn: z.string().optional(), preferred_username: z.string().optional() })
  .transform((claims) => claims.upn ?? claims.preferred_username)
  .pipe(z.string().regex(EMAIL));

function refuse(message: string): GraphError {
  return new GraphError(401, 'InvalidAuthenticationToken', message, {
    headers: { 'www-authenticate': 'Bearer realm="", error="invalid_token"' },
  });
}

function segment(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The user a JWT-shaped token names; throws the 401 Graph gives for a token it cannot parse. */
export function userFromJwt(token: string): string {
  const [header = '', payload = ''] = token.split('.');
  if (!HeaderSchema.safeParse(segment(header)).success) {
    throw refuse('IDX14102: Unable to decode the header as Base64Url encoded JSON.');
  }
  const upn = PayloadSchema.safeParse(segment(payload));
  if (!upn.success) throw refuse('IDX14101: Unable to decode the payload, or it names no user.');
  return upn.data;
}

/** The signed-in user's UPN, or a 401 for a missing, empty or malformed bearer token. */
export function signedInUser(authorization: string | undefined): string {
  const match = /^Bearer\s+(.*)$/i.exec(authorization?.trim() ?? '');
  const token = match?.[1]?.trim() ?? '';
  if (token === '') throw refuse('Access token is empty.');
  if (JWT_SHAPE.test(token)) return userFromJwt(token);
  const named = token.startsWith('user:') ? token.slice('user:'.length) : token;
  return EMAIL.test(named) ? named : DEFAULT_USER;
}
