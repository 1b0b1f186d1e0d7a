/**
 * jsdom has no layout: what Fluent and the screens only need to exist (media queries, element
 * sizes, scrolling). Importing this module installs them; node tests may import it too.
 */
import { afterEach } from 'vitest';

let narrow = false;

/** Pretends the window is narrow (a phone, Teams' side panel) until the test ends. */
export function pretendNarrow(value: boolean): void {
  narrow = value;
}

if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) =>
      ({
        matches: narrow && query.includes('max-width'),
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      }) satisfies MediaQueryList,
  });
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  if (!('scrollIntoView' in Element.prototype)) {
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
  }
}

afterEach(() => {
  narrow = false;
});
