/**
 * The Teams sign-in window (fallback when Teams offers no nested app authentication). Teams opens it
 * with `authentication.authenticate`; it runs MSAL's redirect flow as a top-level window, where Entra
 * ID may show its pages, and hands the token back with `notifySuccess` (postMessage, never a URL).
 */
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { app, authentication } from '@microsoft/teams-js';
import { readAuthConfig } from '../../../shared/auth/config.ts';
import { adaptMsalRedirectClient, msalConfiguration } from '../../../shared/auth/msal-shape.ts';
import { isScopeSetName, scopesFor } from '../../../shared/auth/scopes.ts';
import { runAuthWindow } from '../../../shared/auth/window-flow.ts';
import { authMessages } from '../../../shared/i18n/auth.ts';
import type { WindowStore } from '../../../shared/ports/auth.ts';

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
  await app.initialize();
  const config = readAuthConfig(import.meta.env);
  const requested = new URLSearchParams(location.search).get('scopes') ?? 'base';
  const scopeSet = isScopeSetName(requested) ? requested : 'base';
  const pca = await createStandardPublicClientApplication(msalConfiguration(config));
  await runAuthWindow({
    msal: adaptMsalRedirectClient(pca),
    store: sessionStore,
    request: { scopes: scopesFor(scopeSet, config.siteAccess) },
    reply: (message, outcome) => {
      if (outcome === 'success') authentication.notifySuccess(message);
      else authentication.notifyFailure(message);
    },
  });
}

main().catch(() => show(messages['auth.failure.Unknown']));
