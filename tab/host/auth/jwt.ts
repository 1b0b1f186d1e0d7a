/**
 * Reads who a classic Teams SSO token names. The token is for Kompas's own API (`api://…`), not for
 * Graph, and Kompas has no server to exchange it, so only its login hint and tenant are used; the
 * token itself is dropped at once. No signature check: nothing is granted on the strength of it.
 */
import { z } from 'zod';
import type { AccountHint } from '../../../shared/ports/auth.ts';

const claimsSchema = z.object({
  tid: z.string().optional(),
  oid: z.string().optional(),
  preferred_username: z.string().optional(),
  upn: z.string().optional(),
});

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The account hint in a JWT's payload; `{}` when it cannot be read. */
export function identityFromToken(token: string): AccountHint {
  const payload = token.split('.')[1];
  if (payload === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(base64UrlDecode(payload));
  } catch {
    return {};
  }
  const claims = claimsSchema.safeParse(json);
  if (!claims.success) return {};
  const { tid, oid, preferred_username: preferred, upn } = claims.data;
  const loginHint = preferred ?? upn;
  return {
    ...(loginHint === undefined ? {} : { loginHint }),
    ...(tid === undefined ? {} : { tenantId: tid }),
    ...(oid === undefined || tid === undefined ? {} : { homeAccountId: `${oid}.${tid}` }),
  };
}
