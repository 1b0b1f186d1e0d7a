import type { TeamsApi, TeamsContextLike, TeamsTabConfig } from '../../../tab/host/teams/teams-api.ts';
import { DEMO } from './tab.tsx';

/**
 * A Teams host that records what the tab tells it and lets a test act as Teams: a hand-written fake
 * of `TeamsApi`, not mocks (TeamsJS's own practice).
 */
export class FakeTeamsHost implements TeamsApi {
  context: TeamsContextLike;
  initialized = false;
  loaded = 0;
  validity: boolean[] = [];
  saved: TeamsTabConfig[] = [];
  configSupported = true;
  #theme: ((theme: string) => void) | undefined;
  #save: Parameters<TeamsApi['config']['onSave']>[0] | undefined;

  constructor(context: Partial<TeamsContextLike> = {}) {
    this.context = {
      app: { locale: 'nl-nl', theme: 'default' },
      page: { id: '', frameContext: 'content' },
      user: { userPrincipalName: DEMO.upn, displayName: DEMO.displayName },
      team: { groupId: 'group-1', displayName: 'Jeugd Voorbeeldstad' },
      channel: { id: '19:channel@thread.tacv2' },
      ...context,
    };
  }

  initialize() {
    this.initialized = true;
    return Promise.resolve();
  }
  getContext() {
    return Promise.resolve(this.context);
  }
  onThemeChange(handler: (theme: string) => void) {
    this.#theme = handler;
  }
  notifySuccess() {
    this.loaded++;
  }
  readonly config: TeamsApi['config'] = {
    isSupported: () => this.configSupported,
    setValidityState: (valid) => {
      this.validity.push(valid);
    },
    onSave: (handler) => {
      this.#save = handler;
    },
    setConfig: (config) => {
      this.saved.push(config);
      return Promise.resolve();
    },
  };

  /** Teams changes its theme (the user picked dark or high contrast). */
  changeTheme(theme: string): void {
    if (this.#theme === undefined) throw new Error('the tab registered no theme handler');
    this.#theme(theme);
  }

  /** The person pressed Save on the configuration page; resolves with Teams' verdict. */
  pressSave(): Promise<{ ok: true } | { ok: false; reason: string }> {
    const handler = this.#save;
    if (handler === undefined) throw new Error('the tab registered no save handler');
    return new Promise((resolve) =>
      handler({
        notifySuccess: () => resolve({ ok: true }),
        notifyFailure: (reason) => resolve({ ok: false, reason }),
      }),
    );
  }
}
