/**
 * Sign-in, emulated: every `/v1.0` call needs `Authorization: Bearer <token>` (Graph answers
 * 401 `InvalidAuthenticationToken` without one). Any non-empty token is accepted; it names the
 * user when it is an e-mail address or `user:<upn>`, otherwise the demo user signs in.
 */
import { GraphError } from './errors.ts';
import { DEFAULT_USER } from './store.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The signed-in user's UPN, or a 401 for a missing or empty bearer token. */
export function signedInUser(authorization: string | undefined): string {
  const match = /^Bearer\s+(.*)$/i.exec(authorization?.trim() ?? '');
  const token = match?.[1]?.trim() ?? '';
  if (token === '') {
    throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', {
      headers: { 'www-authenticate': 'Bearer realm="", error="invalid_token"' },
    });
  }
  const named = token.startsWith('user:') ? token.slice('user:'.length) : token;
  return EMAIL.test(named) ? named : DEFAULT_USER;
}
