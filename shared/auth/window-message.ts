/**
 * The one message a sign-in window (Teams auth window, Office dialog) sends back to Kompas. It
 * carries the access token, so it travels only by `messageParent`/`notifySuccess` (postMessage),
 * never in a URL, and the receiver checks its origin and parses it before trusting a byte.
 */
import { z } from 'zod';
import type { AuthTokenResult, AuthWindowReply } from '../ports/auth.ts';
import { AuthError, authFailureCodes, type AuthFailureCode } from './errors.ts';

const MESSAGE_TYPE = 'kompas.auth';

const accountSchema = z.object({
  homeAccountId: z.string().min(1),
  tenantId: z.string().min(1),
  username: z.string().min(1),
  name: z.string().optional(),
});

export const authWindowMessageSchema = z.discriminatedUnion('status', [
  z.object({
    type: z.literal(MESSAGE_TYPE),
    status: z.literal('success'),
    accessToken: z.string().min(1),
    expiresOn: z.iso.datetime({ offset: true }).nullable(),
    account: accountSchema.nullable(),
  }),
  z.object({
    type: z.literal(MESSAGE_TYPE),
    status: z.literal('failure'),
    code: z.enum(authFailureCodes),
    errorCode: z.string().max(100).optional(),
  }),
]);
export type AuthWindowMessage = z.infer<typeof authWindowMessageSchema>;

export function successMessage(result: AuthTokenResult): string {
  const message: AuthWindowMessage = {
    type: MESSAGE_TYPE,
    status: 'success',
    accessToken: result.accessToken,
    expiresOn: result.expiresOn === null ? null : result.expiresOn.toISOString(),
    account:
      result.account === null
        ? null
        : {
            homeAccountId: result.account.homeAccountId,
            tenantId: result.account.tenantId,
            username: result.account.username,
            ...(result.account.name === undefined ? {} : { name: result.account.name }),
          },
  };
  return JSON.stringify(message);
}

export function failureMessage(code: AuthFailureCode, errorCode?: string): string {
  const message: AuthWindowMessage = {
    type: MESSAGE_TYPE,
    status: 'failure',
    code,
    ...(errorCode === undefined ? {} : { errorCode: errorCode.slice(0, 100) }),
  };
  return JSON.stringify(message);
}

/** Parses JSON text into a window message; `undefined` for anything else. */
export function parseAuthWindowMessage(text: string): AuthWindowMessage | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = authWindowMessageSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Turns a reply from the host into a token, or throws an `AuthError`. A message from any origin
 * but Kompas's own is refused before it is parsed.
 */
export function readAuthWindowReply(reply: AuthWindowReply, expectedOrigin: string): AuthTokenResult {
  if (reply.kind === 'postMessage' && reply.origin !== expectedOrigin) {
    throw new AuthError('Unknown', { errorCode: 'unexpected_origin' });
  }
  const message = parseAuthWindowMessage(reply.message);
  if (message === undefined) throw new AuthError('Unknown', { errorCode: 'unreadable_message' });
  if (message.status === 'failure') {
    throw new AuthError(
      message.code,
      message.errorCode === undefined ? {} : { errorCode: message.errorCode },
    );
  }
  return {
    accessToken: message.accessToken,
    expiresOn: message.expiresOn === null ? null : new Date(message.expiresOn),
    account:
      message.account === null
        ? null
        : {
            homeAccountId: message.account.homeAccountId,
            tenantId: message.account.tenantId,
            username: message.account.username,
            ...(message.account.name === undefined ? {} : { name: message.account.name }),
          },
  };
}
