/**
 * The few Office.js members sign-in uses. Office.js is a global from Microsoft's CDN
 * (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), not an npm import, so its shape is
 * declared here and checked when first used.
 */
import { z } from 'zod';
import { AuthError } from '../../../shared/auth/errors.ts';

export interface OfficeAsyncResult<T> {
  readonly status: string;
  readonly value: T;
  readonly error?: { readonly code: number } | undefined;
}

export interface OfficeDialog {
  addEventHandler(eventType: string, handler: (arg: unknown) => void): void;
  close(): void;
}

export interface OfficeDialogOptions {
  readonly height: number;
  readonly width: number;
  readonly promptBeforeOpen?: boolean;
}

export interface OfficeLike {
  onReady(): Promise<{ readonly host: string | null }>;
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly ui: {
      displayDialogAsync(
        startAddress: string,
        options: OfficeDialogOptions,
        callback: (result: OfficeAsyncResult<OfficeDialog>) => void,
      ): void;
      messageParent(message: string, options?: { targetOrigin: string }): void;
    };
  };
  readonly EventType: { readonly DialogMessageReceived: string; readonly DialogEventReceived: string };
  readonly AsyncResultStatus: { readonly Succeeded: string; readonly Failed: string };
}

/** The Office global, or a Misconfigured failure when the page did not load Office.js. */
export function officeGlobal(scope: unknown = globalThis): OfficeLike {
  const office = (scope as { Office?: OfficeLike }).Office;
  if (office === undefined) throw new AuthError('Misconfigured', { errorCode: 'office_js_missing' });
  return office;
}

/** `DialogMessageReceived`'s argument; `origin` needs the DialogOrigin 1.1 requirement set. */
export const dialogMessageSchema = z.object({ message: z.string(), origin: z.string().optional() });
/** `DialogEventReceived`'s argument: 12002, 12003, 12006 … */
export const dialogEventSchema = z.object({ error: z.number() });
