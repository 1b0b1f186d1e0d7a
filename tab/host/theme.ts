import type { ThemeName } from '../../shared/ports/host-context.ts';

/** Teams reports `default`, `dark` or `contrast`; anything else falls back to light. */
export function themeFromTeams(theme: string | undefined): ThemeName {
  switch (theme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    case undefined:
    default:
      return 'light';
  }
}
