/**
 * The Office sign-in dialog (fallback when Word offers no nested app authentication). The dialog is a
 * separate browser window on Kompas's origin: it runs MSAL's redirect flow and hands the token to the
 * task pane with `messageParent`, addressed to Kompas's origin only (DialogOrigin 1.1).
 *
 * Without DialogOrigin 1.1 Office can neither address the message nor tell the pane where it came
 * from, and the pane refuses a message it cannot place (window-message.ts). So such a dialog never
 * fetches a token: it reports a failure (no secret in it) and the pane closes it (issue #8).
 */
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { readAuthConfig } from '../../../shared/auth/config.ts';
import { adaptMsalRedirectClient, msalConfiguration } from '../../../shared/auth/msal-shape.ts';
import { isScopeSetName, scopesFor } from '../../../shared/auth/scopes.ts';
import { runAuthWindow } from '../../../shared/auth/window-flow.ts';
import { failureMessage } from '../../../shared/auth/window-message.ts';
import { authMessages } from '../../../shared/i18n/auth.ts';
import type { WindowStore } from '../../../shared/ports/auth.ts';
import { officeGlobal } from './office.ts';

const messages = navigator.language.toLowerCase().startsWith('en') ? authMessages.en : authMessages.nl;
const status = document.getElementById('status');

function show(text: string): void {
  if (status) status.textContent = text;
}

const sessionStore: WindowStore = {
  get: (key) => sessionStorage.getItem(key),
  set: (key, value) => sessionStorage.setItem(key, value),
  remove: (key) => sessionStorage.removeItem(key),
};

async function main(): Promise<void> {
  show(messages['auth.window.wait']);
  const office = officeGlobal();
  await office.onReady();
  if (!office.context.requirements.isSetSupported('DialogOrigin', '1.1')) {
    office.context.ui.messageParent(failureMessage('Unknown', 'dialog_origin_unsupported'));
    return;
  }
  const config = readAuthConfig(import.meta.env);
  const requested = new URLSearchParams(location.search).get('scopes') ?? 'base';
  const scopeSet = isScopeSetName(requested) ? requested : 'base';
  const pca = await createStandardPublicClientApplication(msalConfiguration(config));
  await runAuthWindow({
    msal: adaptMsalRedirectClient(pca),
    store: sessionStore,
    request: { scopes: scopesFor(scopeSet, config.siteAccess) },
    reply: (message) => office.context.ui.messageParent(message, { targetOrigin: config.appOrigin }),
  });
}

main().catch(() => show(messages['auth.failure.Unknown']));
