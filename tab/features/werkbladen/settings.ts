/** Settings of the screen that tests may change. */
import { createContext } from 'react';

/** Autosave waits this long after the last keystroke, so typing sends one save, not one per key. */
export const defaultAutosaveMs = 800;

export const AutosaveDelayContext = createContext<number>(defaultAutosaveMs);
