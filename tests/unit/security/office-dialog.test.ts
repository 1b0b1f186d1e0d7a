// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://kompas.voorbeeldstad.nl/word-addin/auth-dialog.html?scopes=base"}
/**
 * The Office sign-in dialog, both ends (issue #8):
 * - the task pane's listener (`DialogMessageReceived` in word-addin/host/auth/word-auth.ts, checked in
 *   shared/auth/window-message.ts) takes a token only from Kompas's own origin;
 * - the dialog page (word-addin/host/auth/auth-dialog.ts) sends the token with `messageParent` only
 *   with an explicit `targetOrigin`, and never fetches one where Office cannot address it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findAuthFailure } from '../../../shared/auth/errors.ts';
import { createKompasAuth } from '../../../shared/auth/provider.ts';
import { parseAuthWindowMessage, successMessage } from '../../../shared/auth/window-message.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import type { OfficeDialog, OfficeLike } from '../../../word-addin/host/auth/office.ts';
import { wordAuthHost } from '../../../word-addin/host/auth/word-auth.ts';
import { alice, config, FakeMsal, loaderFor } from '../auth/fakes.ts';

const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJ1cG4iOiJhbGljZUB2b29yYmVlbGRzdGFkLm5sIn0.dialog-token-signature';

interface Sent {
  readonly message: string;
  readonly options: { targetOrigin: string } | undefined;
}

/** Office as the pane and the dialog see it: one dialog whose message arrives from a chosen origin. */
class FakeOffice implements OfficeLike {
  readonly sent: Sent[] = [];
  readonly opened: string[] = [];
  closed = 0;
  supported = new Set<string>();
  /** What the dialog "sends" once it is open: Office's `DialogMessageReceived` argument. */
  dialogArg: unknown;
  readonly EventType = {
    DialogMessageReceived: 'dialogMessageReceived',
    DialogEventReceived: 'dialogEventReceived',
  };
  readonly AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  readonly context = {
    requirements: {
      isSetSupported: (name: string, version?: string) => this.supported.has(`${name} ${version ?? ''}`),
    },
    ui: {
      displayDialogAsync: (
        url: string,
        _options: unknown,
        callback: (result: { status: string; value: OfficeDialog }) => void,
      ) => {
        this.opened.push(url);
        const handlers = new Map<string, (arg: unknown) => void>();
        callback({
          status: 'succeeded',
          value: {
            addEventHandler: (type, handler) => handlers.set(type, handler),
            close: () => this.closed++,
          },
        });
        queueMicrotask(() => handlers.get(this.EventType.DialogMessageReceived)?.(this.dialogArg));
      },
      messageParent: (message: string, options?: { targetOrigin: string }) => {
        this.sent.push({ message, options });
      },
    },
  };
  onReady(): Promise<{ host: string | null }> {
    return Promise.resolve({ host: 'Word' });
  }
}

describe('the task pane takes the dialog’s token from Kompas’s origin only', () => {
  function pane(office: FakeOffice) {
    // Word without nested app authentication: the dialog is the way to sign in.
    const standard = new FakeMsal();
    return createKompasAuth({
      host: wordAuthHost(office),
      loadMsal: loaderFor({ standard }),
      config,
      clock: new FakeClock(),
    });
  }
  const message = successMessage({ accessToken: TOKEN, expiresOn: null, account: alice });

  it.each([
    ['a foreign origin', { message, origin: 'https://kompas.voorbeeldstad.nl.evil.example' }],
    ['the same host over http', { message, origin: 'http://kompas.voorbeeldstad.nl' }],
    ['another port', { message, origin: 'https://kompas.voorbeeldstad.nl:8443' }],
    ['no origin (Office without DialogOrigin 1.1)', { message }],
  ])('ignores a token from %s', async (_, arg) => {
    const office = new FakeOffice();
    office.dialogArg = arg;
    const auth = pane(office);
    const outcome = await auth.signIn();
    expect(office.opened).toHaveLength(1);
    expect(office.closed).toBe(1);
    expect(outcome).toMatchObject({
      ok: false,
      failure: { diagnostics: { errorCode: 'unexpected_origin' } },
    });
    let error: unknown;
    const token = await auth.getToken().catch((e: unknown) => ((error = e), undefined));
    expect(token).toBeUndefined();
    expect(findAuthFailure(error)?.code).toBe('SignInRequired');
  });

  it('handles the token from Kompas’s own origin', async () => {
    const office = new FakeOffice();
    office.dialogArg = { message, origin: config.appOrigin };
    const auth = pane(office);
    expect(await auth.signIn()).toEqual({ ok: true, account: alice });
    expect(await auth.getToken()).toBe(TOKEN);
    expect(office.closed).toBe(1);
  });
});

const msal = vi.hoisted((): { created: number; result: unknown } => ({ created: 0, result: null }));
vi.mock('@azure/msal-browser', () => ({
  createStandardPublicClientApplication: () => {
    msal.created++;
    return Promise.resolve({
      handleRedirectPromise: () => Promise.resolve(msal.result),
      acquireTokenRedirect: () => Promise.resolve(),
    });
  },
}));

describe('the dialog page addresses the token to Kompas’s origin', () => {
  let office: FakeOffice;

  beforeEach(() => {
    vi.resetModules();
    vi.stubEnv('VITE_KOMPAS_CLIENT_ID', config.clientId);
    vi.stubEnv('VITE_KOMPAS_TENANT_ID', config.tenantId);
    vi.stubEnv('VITE_KOMPAS_APP_ORIGIN', config.appOrigin);
    msal.created = 0;
    msal.result = { accessToken: TOKEN, expiresOn: null, account: null };
    office = new FakeOffice();
    vi.stubGlobal('Office', office);
    document.body.replaceChildren(Object.assign(document.createElement('p'), { id: 'status' }));
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it('sends the token with targetOrigin set to Kompas’s origin (DialogOrigin 1.1)', async () => {
    office.supported.add('DialogOrigin 1.1');
    await import('../../../word-addin/host/auth/auth-dialog.ts');
    await vi.waitFor(() => expect(office.sent).toHaveLength(1));
    const [sent] = office.sent;
    expect(parseAuthWindowMessage(sent?.message ?? '')).toMatchObject({ accessToken: TOKEN });
    expect(sent?.options).toEqual({ targetOrigin: config.appOrigin });
  });

  it('without DialogOrigin 1.1 fetches no token and reports a failure that carries none', async () => {
    await import('../../../word-addin/host/auth/auth-dialog.ts');
    await vi.waitFor(() => expect(office.sent).toHaveLength(1));
    expect(msal.created).toBe(0);
    expect(office.sent[0]?.message).not.toContain(TOKEN);
    expect(parseAuthWindowMessage(office.sent[0]?.message ?? '')).toMatchObject({
      status: 'failure',
      errorCode: 'dialog_origin_unsupported',
    });
  });
});
