/** Focus on the first field of a form or editor when it opens, so typing can start at once. */
import { useEffect, useRef } from 'react';

export function useFocusOnOpen<E extends HTMLElement>(selector: string) {
  const container = useRef<E>(null);
  useEffect(() => {
    container.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [selector]);
  return container;
}
