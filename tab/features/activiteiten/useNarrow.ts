/** Whether the tab is narrow (a phone, Teams' side panel): the matrix then becomes a list per result. */
import { useCallback, useSyncExternalStore } from 'react';

/** Below this the matrix's columns no longer fit side by side. */
export const narrowQuery = '(max-width: 640px)';

function media(query: string): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined;
}

export function useNarrow(query: string = narrowQuery): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = media(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  const read = useCallback(() => media(query)?.matches ?? false, [query]);
  return useSyncExternalStore(subscribe, read, () => false);
}
