/**
 * Sign-in in Word: msal-browser and Office.js behind the ports of `shared/ports/auth.ts`. Nested app
 * authentication where Office offers it (NestedAppAuth 1.1); otherwise the Office dialog API with
 * MSAL in the dialog (auth-with-office-dialog-api), because Entra ID refuses to render in the task
 * pane's iframe. Loaded with `import()` only (./index.ts).
 */
import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
} from '@azure/msal-browser';
import { officeDialogFailure } from '../../../shared/auth/classify.ts';
import type { AuthConfig } from '../../../shared/auth/config.ts';
import { AuthError } from '../../../shared/auth/errors.ts';
import { adaptMsalClient, msalConfiguration } from '../../../shared/auth/msal-shape.ts';
import { createKompasAuth, type KompasAuth } from '../../../shared/auth/provider.ts';
import type { Clock } from '../../../shared/domain/time.ts';
import type { AuthHost, AuthWindowReply, MsalClient } from '../../../shared/ports/auth.ts';
import { dialogEventSchema, dialogMessageSchema, officeGlobal, type OfficeLike } from './office.ts';

/** Percent of the screen (Office dialog API). */
const DIALOG_SIZE = { height: 60, width: 30 } as const;

/** Opens the sign-in dialog and resolves with the first message it sends; the dialog is closed either way. */
export function openOfficeDialog(office: OfficeLike, url: string): Promise<AuthWindowReply> {
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(url, DIALOG_SIZE, (result) => {
      if (result.status !== office.AsyncResultStatus.Succeeded) {
        const code = result.error?.code ?? 0;
        reject(new AuthError(officeDialogFailure(code), { errorCode: String(code) }));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        const parsed = dialogMessageSchema.safeParse(arg);
        if (!parsed.success) {
          reject(new AuthError('Unknown', { errorCode: 'unreadable_dialog_message' }));
          return;
        }
        // No origin (Office without DialogOrigin 1.1) cannot be verified, so it is refused downstream.
        resolve({ kind: 'postMessage', origin: parsed.data.origin ?? '', message: parsed.data.message });
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
        const parsed = dialogEventSchema.safeParse(arg);
        const code = parsed.success ? parsed.data.error : 0;
        reject(new AuthError(officeDialogFailure(code), { errorCode: String(code) }));
      });
    });
  });
}

export function wordAuthHost(office: OfficeLike): AuthHost {
  return {
    kind: 'word',
    isNestedAppAuthSupported: () => office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
    // Office names no user without its own SSO; MSAL finds the account itself.
    accountHint: () => Promise.resolve({}),
    openAuthWindow: (url) => openOfficeDialog(office, url),
  };
}

async function loadMsal(config: AuthConfig, kind: 'nested' | 'standard'): Promise<MsalClient> {
  const configuration = msalConfiguration(config);
  const pca =
    kind === 'nested'
      ? await createNestablePublicClientApplication(configuration)
      : await createStandardPublicClientApplication(configuration);
  return adaptMsalClient(pca);
}

/** Word's token provider, created after `Office.onReady` (NAA needs Office's bridge). */
export async function createWordAuth(config: AuthConfig, clock: Clock): Promise<KompasAuth> {
  const office = officeGlobal();
  await office.onReady();
  return createKompasAuth({
    host: wordAuthHost(office),
    config,
    clock,
    loadMsal: (kind) => loadMsal(config, kind),
  });
}
