/**
 * Renders the task pane as main.tsx does (App with a boot function), over the in-memory store and
 * the fake Word, or as in a plain browser without Word.
 */
import { cleanup, render, type RenderResult } from '@testing-library/react';
import { afterEach } from 'vitest';
import { getEdition } from '../../../shared/content/index.ts';
import type { BuiltTraject } from '../../../shared/testing/builders.ts';
import type { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { App } from '../../../word-addin/app/App.tsx';
import type { DataSource, PaneServices } from '../../../word-addin/app/services.tsx';
import { officeCapabilities, outsideWord } from '../../../word-addin/host/office/capabilities.ts';
import type { OfficeStart } from '../../../word-addin/host/office/office-runtime.ts';
import '../support/dom.ts';
import type { RecordingRepository } from '../support/world.ts';
import { FakeWord } from './fake-word.ts';
import { memoryDataSource, seededStore } from './world.ts';

afterEach(() => {
  cleanup();
});

export interface PaneOptions {
  /** Run inside Word (the default) or in a plain browser. */
  readonly inWord?: boolean;
  /** Word's requirement sets; default WordApi 1.3. */
  readonly requirements?: Readonly<Record<string, string>>;
  /** `none`: a browser where no store can be reached (only blank templates). */
  readonly data?: 'memory' | 'none';
  readonly built?: BuiltTraject;
}

export interface PaneWorld {
  readonly word: FakeWord;
  readonly repository: RecordingRepository;
  readonly clock: FakeClock;
  readonly data: ReturnType<typeof memoryDataSource>;
  readonly downloads: { readonly bytes: Uint8Array; readonly name: string }[];
  readonly services: PaneServices;
  readonly trajectId: string;
}

export async function makePane(options: PaneOptions = {}): Promise<PaneWorld> {
  const word = new FakeWord(options.requirements === undefined ? {} : { requirements: options.requirements });
  const { repository, clock, trajectId } = await seededStore(options.built);
  const data = memoryDataSource(repository, clock);
  const downloads: { bytes: Uint8Array; name: string }[] = [];
  const office: OfficeStart =
    options.inWord === false
      ? { kind: 'browser', reason: 'notWord', capabilities: outsideWord }
      : {
          kind: 'word',
          word,
          capabilities: officeCapabilities(word.requirementChecker),
          displayLanguage: 'nl-NL',
        };
  const source: DataSource = options.data === 'none' ? { kind: 'none' } : data;
  const services: PaneServices = {
    office,
    data: source,
    edition: getEdition,
    download: (bytes, name) => downloads.push({ bytes, name }),
    clock,
    locale: 'nl',
    demo: true,
  };
  return { word, repository, clock, data, downloads, services, trajectId };
}

export function renderPane(world: PaneWorld): RenderResult {
  return render(<App boot={() => Promise.resolve(world.services)} locale="nl" theme="light" />);
}
