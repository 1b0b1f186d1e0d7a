/** Adapts the real teams-js v2 SDK to `TeamsApi`. Imported lazily, only when the tab runs inside Teams. */
import { app, pages } from '@microsoft/teams-js';
import type { TeamsApi } from './teams-api.ts';

export const teamsSdk: TeamsApi = {
  initialize: () => app.initialize(),
  getContext: () => app.getContext(),
  onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
  notifySuccess: () => {
    // Only hides Teams' loading indicator; a failure there leaves the tab working.
    app.notifySuccess().catch((error: unknown) => console.error('Kompas: Teams notifySuccess', error));
  },
  config: {
    isSupported: () => pages.config.isSupported(),
    setValidityState: (valid) => pages.config.setValidityState(valid),
    onSave: (handler) =>
      pages.config.registerOnSaveHandler((event) =>
        handler({
          notifySuccess: () => event.notifySuccess(),
          notifyFailure: (reason) => event.notifyFailure(reason),
        }),
      ),
    setConfig: (config) => pages.config.setConfig(config),
  },
};
