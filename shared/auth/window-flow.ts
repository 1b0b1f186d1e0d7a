/**
 * What runs inside a sign-in window (Teams auth window, Office dialog). Entra ID refuses to show its
 * sign-in and consent pages in an iframe, so the fallbacks open a top-level window of Kompas's own
 * origin, which runs MSAL's redirect flow there and sends the token back once (window-message.ts).
 *
 *   load → no result yet → acquireTokenRedirect → Entra ID → redirect bridge → back here
 *        → handleRedirectPromise gives the result → reply, and the host closes the window.
 */
import type { AuthTokenRequest, MsalRedirectClient, WindowStore } from '../ports/auth.ts';
import { classifyAuthError } from './classify.ts';
import { failureMessage, successMessage } from './window-message.ts';

/** Marks "this window already went to Entra ID once", so a lost result cannot loop forever. */
export const REDIRECT_MARK = 'kompas.auth.redirectStarted';

export interface AuthWindowDeps {
  readonly msal: MsalRedirectClient;
  readonly store: WindowStore;
  readonly request: AuthTokenRequest;
  /** Sends the JSON message to the opener (Office `messageParent`, Teams `notifySuccess`/`notifyFailure`). */
  readonly reply: (message: string, outcome: 'success' | 'failure') => void;
}

export type AuthWindowOutcome = 'replied' | 'redirecting';

export async function runAuthWindow(deps: AuthWindowDeps): Promise<AuthWindowOutcome> {
  const { msal, store, request, reply } = deps;
  try {
    const result = await msal.handleRedirectPromise();
    if (result !== null) {
      store.remove(REDIRECT_MARK);
      reply(successMessage(result), 'success');
      return 'replied';
    }
    if (store.get(REDIRECT_MARK) !== null) {
      // Back from Entra ID without a result (storage blocked, state lost): say so instead of looping.
      store.remove(REDIRECT_MARK);
      reply(failureMessage('Unknown', 'no_redirect_result'), 'failure');
      return 'replied';
    }
    store.set(REDIRECT_MARK, '1');
    await msal.acquireTokenRedirect(request);
    return 'redirecting';
  } catch (error) {
    store.remove(REDIRECT_MARK);
    const { failure } = classifyAuthError(error);
    reply(failureMessage(failure.code, failure.diagnostics.errorCode), 'failure');
    return 'replied';
  }
}
