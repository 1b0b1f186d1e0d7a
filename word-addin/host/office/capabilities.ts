/**
 * What the host can do, read once from `Office.context.requirements.isSetSupported` and passed to
 * the features as a port, so a test can take a requirement set away (STYLE §10). Kompas builds to
 * WordApi 1.3 (Office 2016/2019/LTSC); newer sets only add conveniences.
 */
import type { RequirementChecker } from './word-api.ts';

export interface Requirement {
  readonly set: 'WordApi';
  readonly version: string;
}

/** The operations of the task pane and the requirement set each needs. */
export const wordFeatures = {
  /** `getSelection`, `parentContentControlOrNullObject` (1.3), `insertOoxml`. */
  insert: { set: 'WordApi', version: '1.3' },
  /** `contentControls`, `load`, `insertText`, `insertOoxml` on a control. */
  fill: { set: 'WordApi', version: '1.3' },
  read: { set: 'WordApi', version: '1.3' },
  /** `ContentControl.getRange` is WordApi 1.3. */
  select: { set: 'WordApi', version: '1.3' },
  /** `ContentControl.onDataChanged` / `onDeleted`: a hint only; the check button stays the source of truth. */
  changeEvents: { set: 'WordApi', version: '1.5' },
} as const satisfies Record<string, Requirement>;
export type WordFeature = keyof typeof wordFeatures;

export interface HostCapabilities {
  /** The pane runs inside Word (Office.js loaded and `Office.onReady` said Word). */
  readonly inWord: boolean;
  supports(feature: WordFeature): boolean;
  /** The requirement a feature lacks on this host, for the explanation; undefined when supported. */
  missing(feature: WordFeature): Requirement | undefined;
}

export function officeCapabilities(requirements: RequirementChecker): HostCapabilities {
  const cache = new Map<WordFeature, boolean>();
  const supports = (feature: WordFeature): boolean => {
    let known = cache.get(feature);
    if (known === undefined) {
      const r = wordFeatures[feature];
      try {
        known = requirements.isSetSupported(r.set, r.version);
      } catch {
        // Very old hosts throw instead of answering; treat that as "not supported".
        known = false;
      }
      cache.set(feature, known);
    }
    return known;
  };
  return {
    inWord: true,
    supports,
    missing: (feature) => (supports(feature) ? undefined : wordFeatures[feature]),
  };
}

/** A plain browser, or Office.js that did not load: nothing Word-specific is possible. */
export const outsideWord: HostCapabilities = {
  inWord: false,
  supports: () => false,
  missing: (feature) => wordFeatures[feature],
};
