/**
 * Durable storage for the outbox's unsaved changes, so work survives a reload or a closed tab.
 * Hosts implement it over localStorage or IndexedDB, scoped to the signed-in user; tests keep it
 * in memory. Values are JSON text written by the outbox; what comes back is parsed again, because
 * an older app version (or a person with devtools) may have written it.
 */
export interface PendingStore {
  /** Every stored entry by key. */
  load(): Promise<ReadonlyMap<string, string>>;
  /**
   * Stores or replaces one entry. The outbox awaits each call before the next, so an
   * implementation only has to finish a write before it resolves.
   */
  put(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Removes every entry (sign-out). */
  clear(): Promise<void>;
}
