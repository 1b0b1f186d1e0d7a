// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://kompas.voorbeeldstad.nl/tab/auth-redirect.html"}
/**
 * The redirect bridge (tab/host/auth/redirect-bridge.ts, msal-browser v5) receives Entra ID's response
 * in its URL and hands it on by BroadcastChannel, which only reaches pages of the same origin — no
 * postMessage to an opener or parent, so there is no targetOrigin to get wrong. It also wipes the
 * response from the URL, so the code does not linger in history.
 */
import { expect, it, vi } from 'vitest';

const CODE = 'bridge-auth-code-0123456789';

interface Broadcast {
  readonly name: string;
  readonly messages: unknown[];
}

it('hands the response on by same-origin BroadcastChannel only, and clears it from the URL', async () => {
  const channels: Broadcast[] = [];
  vi.stubGlobal(
    'BroadcastChannel',
    class {
      readonly #record: Broadcast;
      constructor(name: string) {
        this.#record = { name, messages: [] };
        channels.push(this.#record);
      }
      postMessage(message: unknown): void {
        this.#record.messages.push(message);
      }
      close(): void {}
    },
  );
  const opener = { postMessage: vi.fn(), closed: false };
  Object.defineProperty(window, 'opener', { value: opener, configurable: true });
  const ownPost = vi.spyOn(window, 'postMessage');
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  document.body.replaceChildren(Object.assign(document.createElement('p'), { id: 'status' }));

  const libraryState = Buffer.from(
    JSON.stringify({ id: 'popup-channel-1', meta: { interactionType: 'popup' } }),
  ).toString('base64url');
  history.replaceState(null, '', `/tab/auth-redirect.html#code=${CODE}&state=${libraryState}|app-state`);

  await import('../../../tab/host/auth/redirect-bridge.ts');
  await vi.waitFor(() => expect(channels[0]?.messages).toHaveLength(1));

  expect(channels.map((c) => c.name)).toEqual(['popup-channel-1']);
  expect(JSON.stringify(channels[0]?.messages)).toContain(CODE);
  expect(opener.postMessage).not.toHaveBeenCalled();
  expect(ownPost).not.toHaveBeenCalled();
  expect(location.href).toBe('https://kompas.voorbeeldstad.nl/tab/auth-redirect.html');
});
