/** What the tab reads from and writes to its own address: the chosen traject, the view, preferences. */
import { z } from 'zod';
import { TrajectIdSchema, type TrajectId } from '../../shared/domain/ids.ts';
import type { Locale, ThemeName } from '../../shared/ports/host-context.ts';

const ViewSchema = z.enum(['config', 'mijn-acties']);
const LocaleSchema = z.enum(['nl', 'en']);
const ThemeSchema = z.enum(['light', 'dark', 'contrast']);

export interface AddressParams {
  readonly trajectId: TrajectId | undefined;
  readonly view: z.infer<typeof ViewSchema> | undefined;
  /** Standalone: the team whose site holds the demo's lists. */
  readonly team: string | undefined;
  readonly locale: Locale | undefined;
  readonly theme: ThemeName | undefined;
}

function parsed<S extends z.ZodType>(schema: S, value: string | null): z.output<S> | undefined {
  const result = schema.safeParse(value ?? undefined);
  return result.success ? result.data : undefined;
}

/** A traject id from outside (the tab's Teams `entityId`, a link), or undefined when it is not one. */
export function parseTrajectId(value: string | undefined): TrajectId | undefined {
  return parsed(TrajectIdSchema, value ?? null);
}

/** Query parameters are input like any other: parsed, and ignored when they are not what we expect. */
export function readAddress(search: string): AddressParams {
  const params = new URLSearchParams(search);
  return {
    trajectId: parsed(TrajectIdSchema, params.get('traject')),
    view: parsed(ViewSchema, params.get('view')),
    team: parsed(z.string().regex(/^[A-Za-z0-9-]{1,64}$/), params.get('team')),
    locale: parsed(LocaleSchema, params.get('lang')),
    theme: parsed(ThemeSchema, params.get('theme')),
  };
}

/** The address of the tab with a traject chosen (`?traject=<id>`), keeping other parameters. */
export function addressWithTraject(href: string, trajectId: TrajectId | undefined, hash = ''): string {
  const url = new URL(href);
  if (trajectId === undefined) url.searchParams.delete('traject');
  else url.searchParams.set('traject', trajectId);
  url.hash = hash;
  return url.toString();
}

/** The person's language choice, remembered on this device. */
export function readStoredLocale(storage: Pick<Storage, 'getItem'>): Locale | undefined {
  try {
    return parsed(LocaleSchema, storage.getItem('kompas:locale'));
  } catch {
    // Storage can be switched off; then there is no remembered choice.
    return undefined;
  }
}

export function storeLocale(storage: Pick<Storage, 'setItem'>, locale: Locale): void {
  try {
    storage.setItem('kompas:locale', locale);
  } catch {
    // Not remembering a language choice is harmless.
  }
}
