import type { RefObject } from 'react';

/**
 * A callback ref into a ref object. Fluent's Button types its ref for both `<button>` and `<a>`
 * (an intersection React 19's types read as `Ref<never>`), so an object ref does not type-check.
 */
export function into<T>(ref: RefObject<T | null>): (element: T | null) => void {
  return (element) => {
    ref.current = element;
  };
}
