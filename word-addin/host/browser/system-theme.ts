/** Outside Teams the pane follows the system: forced colours (high contrast), then dark or light. */
import type { ThemeName } from '../../../shared/ports/host-context.ts';

export function systemTheme(matchMedia: (query: string) => { readonly matches: boolean }): ThemeName {
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
