// @vitest-environment jsdom
/**
 * The live regions of the tab and the pane: a sentence is put in after the region was cleared (so
 * the same sentence twice is read twice), and one still waiting when the page goes leaves no timer
 * behind to set state on an unmounted tree.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AnnouncerProvider as TabAnnouncer,
  useAnnounce as useTabAnnounce,
} from '../../../tab/app/announce.tsx';
import {
  AnnouncerProvider as PaneAnnouncer,
  useAnnounce as usePaneAnnounce,
} from '../../../word-addin/app/announce.tsx';

function Speaker({ use }: { readonly use: () => (message: string) => void }) {
  const announce = use();
  return (
    <button type="button" onClick={() => announce('Partner toegevoegd')}>
      zeg
    </button>
  );
}

const hosts = [
  {
    name: 'tab',
    ui: () => (
      <TabAnnouncer>
        <Speaker use={useTabAnnounce} />
      </TabAnnouncer>
    ),
  },
  {
    name: 'Word pane',
    ui: () => (
      <PaneAnnouncer label="Meldingen">
        <Speaker use={usePaneAnnounce} />
      </PaneAnnouncer>
    ),
  },
];

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each(hosts)('the $name announcer', ({ ui }) => {
  it('clears the region, then puts the sentence in, also when it is the same one again', () => {
    const { unmount } = render(ui());
    const region = screen.getByRole('status');
    act(() => screen.getByRole('button').click());
    expect(region.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(region.textContent).toBe('Partner toegevoegd');
    act(() => screen.getByRole('button').click());
    expect(region.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(region.textContent).toBe('Partner toegevoegd');
    unmount();
  });

  it('leaves no timer behind when it goes with a sentence still waiting', () => {
    const { unmount } = render(ui());
    act(() => screen.getByRole('button').click());
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
