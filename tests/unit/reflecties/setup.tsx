/**
 * The Reflecties screen as the shell renders it (tests/unit/support/tab.tsx: real use cases and
 * Outbox over the in-memory store, a fake clock at 2 March 2026), with the reflectie core's fake
 * Outlook calendar and a fixed time zone, and Blob links that can be read back.
 */
import { afterEach, beforeEach } from 'vitest';
import { OverlegSchema } from '../../../shared/domain/model.ts';
import { type OverlegProps } from '../../../shared/testing/builders.ts';
import Reflecties from '../../../tab/features/reflecties/index.tsx';
import { ReflectieServicesProvider } from '../../../tab/features/reflecties/services.tsx';
import { FakeCalendar } from '../reflectie/fakes.ts';
import { ANNA, renderScreen, type Rendered, type ScreenOptions } from '../support/tab.tsx';

export { NOW, settled, stored } from '../support/tab.tsx';
/** Who works in the screen (renderScreen's user). */
export const USER = ANNA.upn;

export interface ReflectiesOptions extends ScreenOptions {
  /** Meetings already in the store (the shell's harness does not store the builder's). */
  readonly overleggen?: readonly OverlegProps[];
  /** Without one the screen runs as a host without a calendar would. */
  readonly calendar?: FakeCalendar | null;
}

export interface RenderedReflecties extends Rendered {
  readonly calendar: FakeCalendar | undefined;
}

export async function renderReflecties(options: ReflectiesOptions = {}): Promise<RenderedReflecties> {
  const calendar = options.calendar === null ? undefined : (options.calendar ?? new FakeCalendar());
  function Screen() {
    return (
      <ReflectieServicesProvider calendar={calendar} timeZone="Europe/Amsterdam">
        <Reflecties />
      </ReflectieServicesProvider>
    );
  }
  const rendered = await renderScreen(Screen, {
    ...options,
    before: async (repository, trajectId) => {
      for (const props of options.overleggen ?? []) {
        await repository.save(
          'overleg',
          OverlegSchema.parse({
            bouwstenen: ['2'],
            onderwerp: 'Reflectie bouwsteen 2: Maatschappelijk resultaat — Testtraject',
            start: '2026-03-20T14:00',
            eind: '2026-03-20T15:30',
            tijdzone: 'Europe/Amsterdam',
            transactionId: `tx-${props.id ?? 'overleg'}`,
            ...props,
            trajectId,
          }),
        );
      }
      await options.before?.(repository, trajectId);
    },
  });
  return { ...rendered, calendar };
}

/** Blobs handed to `URL.createObjectURL`, by the URL given out (jsdom has no object URLs). */
export const blobs = new Map<string, Blob>();
let counter = 0;
const originals = {
  create: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
  revoke: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
};

function restore(name: 'createObjectURL' | 'revokeObjectURL', descriptor: PropertyDescriptor | undefined) {
  if (descriptor === undefined) Reflect.deleteProperty(URL, name);
  else Object.defineProperty(URL, name, descriptor);
}

beforeEach(() => {
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:kompas/${++counter}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    blobs.delete(url);
  };
});

afterEach(() => {
  restore('createObjectURL', originals.create);
  restore('revokeObjectURL', originals.revoke);
  blobs.clear();
});
