/**
 * The redirect bridge msal-browser v5 needs (docs: redirect-bridge.md): Entra ID redirects popups,
 * hidden iframes and redirect flows here; the bridge hands the response to the window that asked
 * (BroadcastChannel) or back to the page that started a redirect. Registered in Entra ID as the SPA
 * redirect URI `https://<host>/tab/auth-redirect.html`. Served without Cross-Origin-Opener-Policy.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import { authMessages } from '../../../shared/i18n/auth.ts';

const messages = navigator.language.toLowerCase().startsWith('en') ? authMessages.en : authMessages.nl;
const status = document.getElementById('status');
if (status) status.textContent = messages['auth.redirect.wait'];

// Never log the error: it may describe the response this page received.
broadcastResponseToMainFrame().catch(() => {
  if (status) status.textContent = messages['auth.failure.Unknown'];
});
