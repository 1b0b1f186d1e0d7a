/** Outside Teams the tab follows the system: forced colours → high contrast, dark mode → dark. */
import type { ThemeName } from '../../../shared/ports/host-context.ts';

/** `window.matchMedia`, as far as it is used here. */
export type MatchMedia = (query: string) => {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
};

const queries = ['(forced-colors: active)', '(prefers-color-scheme: dark)'] as const;

export function systemTheme(matchMedia: MatchMedia): ThemeName {
  if (matchMedia(queries[0]).matches) return 'contrast';
  return matchMedia(queries[1]).matches ? 'dark' : 'light';
}

/** Calls `handler` with the theme whenever the system's preference changes; returns the unsubscribe. */
export function watchSystemTheme(matchMedia: MatchMedia, handler: (theme: ThemeName) => void): () => void {
  const lists = queries.map((q) => matchMedia(q));
  const onChange = () => handler(systemTheme(matchMedia));
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}
