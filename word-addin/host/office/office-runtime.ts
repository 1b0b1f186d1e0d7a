/**
 * Where the task pane runs. Office.js comes from Microsoft's CDN with a plain `<script src>`; it may
 * be missing (blocked, offline) or loaded in a plain browser, where `Office.onReady` resolves with
 * `host: null`. We wait a short while, then carry on without Word (preview and download only).
 */
import { z } from 'zod';
import { officeCapabilities, outsideWord, type HostCapabilities } from './capabilities.ts';
import type { RequirementChecker, WordRunner } from './word-api.ts';

export type OfficeStart =
  | {
      readonly kind: 'word';
      readonly word: WordRunner;
      readonly capabilities: HostCapabilities;
      /** `Office.context.displayLanguage`, e.g. `nl-NL`. */
      readonly displayLanguage: string | undefined;
    }
  | {
      readonly kind: 'browser';
      /** Why Word is not available: no Office.js, another Office app or a browser, or no answer in time. */
      readonly reason: 'noOfficeJs' | 'notWord' | 'timeout';
      readonly capabilities: HostCapabilities;
    };

interface OfficeLike {
  onReady(): Promise<unknown>;
  readonly context?: { readonly requirements?: RequirementChecker; readonly displayLanguage?: unknown };
}

const ReadyInfoSchema = z.looseObject({ host: z.string().nullish() });
/** `Office.HostType.Word`. */
const WORD_HOST = 'Word';

function isOfficeLike(value: unknown): value is OfficeLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { onReady?: unknown }).onReady === 'function'
  );
}

function isWordRunner(value: unknown): value is WordRunner {
  return (
    typeof value === 'object' && value !== null && typeof (value as { run?: unknown }).run === 'function'
  );
}

export interface StartOfficeOptions {
  /** How long to wait for `Office.onReady`. */
  readonly timeoutMs: number;
  /** Timers of the page; tests pass their own. */
  readonly setTimer?: (task: () => void, ms: number) => unknown;
}

/** Waits for Office (at most `timeoutMs`) and says whether this is Word, with its capabilities. */
export async function startOffice(scope: unknown, options: StartOfficeOptions): Promise<OfficeStart> {
  const globals = (typeof scope === 'object' && scope !== null ? scope : {}) as Record<string, unknown>;
  const office = globals['Office'];
  if (!isOfficeLike(office)) return { kind: 'browser', reason: 'noOfficeJs', capabilities: outsideWord };
  const setTimer = options.setTimer ?? ((task: () => void, ms: number) => setTimeout(task, ms));
  const timedOut = Symbol('timeout');
  const ready = await Promise.race([
    office.onReady().catch(() => undefined),
    new Promise<typeof timedOut>((resolve) => setTimer(() => resolve(timedOut), options.timeoutMs)),
  ]);
  if (ready === timedOut) return { kind: 'browser', reason: 'timeout', capabilities: outsideWord };
  const info = ReadyInfoSchema.safeParse(ready);
  const word = globals['Word'];
  const requirements = office.context?.requirements;
  if (!info.success || info.data.host !== WORD_HOST || !isWordRunner(word) || requirements === undefined) {
    return { kind: 'browser', reason: 'notWord', capabilities: outsideWord };
  }
  const language = office.context?.displayLanguage;
  return {
    kind: 'word',
    word,
    capabilities: officeCapabilities(requirements),
    displayLanguage: typeof language === 'string' ? language : undefined,
  };
}
