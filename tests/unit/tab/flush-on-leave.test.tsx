// @vitest-environment jsdom
/**
 * The last keystrokes survive a reload or a closed tab: an edit still waiting for its autosave timer
 * is handed to the outbox at once when the page is hidden (`visibilitychange`) or left (`pagehide`).
 * A reload unmounts nothing, so the timer alone would lose it.
 */
import { act, fireEvent, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../../shared/application/index.ts';
import { findQuestion, getEdition } from '../../../shared/content/index.ts';
import { aTraject } from '../../../shared/testing/builders.ts';
import { useDebouncedSave } from '../../../tab/features/common/useDebouncedSave.ts';
import { Partners } from '../../../tab/features/partners/Partners.tsx';
import { cleanupWerkbladen, renderWerkbladen, type Rendered } from '../werkbladen/harness.tsx';
import { makeWorld, renderInTraject, seed } from '../support/tab.tsx';

/** Long enough that nothing in a test is saved by the timer. */
const longDelayMs = 60_000;

function leavePage(): void {
  act(() => {
    window.dispatchEvent(new Event('pagehide'));
  });
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

function changeVisibility(state: DocumentVisibilityState): void {
  setVisibility(state);
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** What was handed to the outbox: the saved entities, in order. */
function savedEntities(enqueue: { mock: { calls: [Change][] } }): unknown[] {
  return enqueue.mock.calls.map(([change]) => (change.op === 'save' ? change.entity : change));
}

let werkbladen: Rendered | undefined;
afterEach(() => {
  cleanupWerkbladen(werkbladen);
  werkbladen = undefined;
  // Back to jsdom's own getter.
  Reflect.deleteProperty(document, 'visibilityState');
  vi.restoreAllMocks();
});

describe('useDebouncedSave when the page goes', () => {
  it('saves the waiting value at once on pagehide, once, and its timer does not save it again', () => {
    vi.useFakeTimers();
    try {
      const save = vi.fn<(value: string) => void>();
      const { result } = renderHook(() => useDebouncedSave(save, longDelayMs));
      result.current.schedule('Jongeren');
      result.current.schedule('Jongeren in de wijk');
      expect(save).not.toHaveBeenCalled();

      leavePage();
      expect(save.mock.calls).toEqual([['Jongeren in de wijk']]);
      expect(result.current.isWaiting()).toBe(false);

      vi.advanceTimersByTime(longDelayMs);
      leavePage();
      expect(save).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves on visibilitychange only when the page became hidden', () => {
    const save = vi.fn<(value: string) => void>();
    const { result } = renderHook(() => useDebouncedSave(save, longDelayMs));
    result.current.schedule('Ouders');

    changeVisibility('visible');
    expect(save).not.toHaveBeenCalled();
    changeVisibility('hidden');
    expect(save.mock.calls).toEqual([['Ouders']]);
  });

  it('saves every mounted editor, even when one of them throws', () => {
    const failing = vi.fn<(value: string) => void>(() => {
      throw new Error('kapot');
    });
    const save = vi.fn<(value: string) => void>();
    const first = renderHook(() => useDebouncedSave(failing, longDelayMs));
    const second = renderHook(() => useDebouncedSave(save, longDelayMs));
    first.result.current.schedule('een');
    second.result.current.schedule('twee');
    const reported: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      reported.push(event.error);
      // Reported, not printed as an uncaught error by jsdom.
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      leavePage();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(failing.mock.calls).toEqual([['een']]);
    expect(save.mock.calls).toEqual([['twee']]);
    expect(reported).toEqual([new Error('kapot')]);
  });

  it('saves on unmount, and an unmounted editor no longer listens', () => {
    const save = vi.fn<(value: string) => void>();
    const { result, unmount } = renderHook(() => useDebouncedSave(save, longDelayMs));
    result.current.schedule('Scholen');
    const removed = vi.spyOn(window, 'removeEventListener');
    unmount();
    expect(save.mock.calls).toEqual([['Scholen']]);
    expect(removed.mock.calls.map(([type]) => type)).toContain('pagehide');
    leavePage();
    expect(save).toHaveBeenCalledTimes(1);
  });
});

const prompt = (id: string) => {
  const found = findQuestion(getEdition('sgg'), id);
  if (found === undefined) throw new Error(`no question ${id}`);
  return found.question.prompt;
};

describe('the worksheets when the page goes', () => {
  it('hands the latest text of an answer to the outbox on pagehide, before the autosave delay', async () => {
    werkbladen = await renderWerkbladen({ route: 'werkbladen/0A', autosaveMs: longDelayMs });
    const { outbox } = werkbladen;
    const box = await screen.findByRole('textbox', { name: prompt('0A.vraagstuk') });
    const enqueue = vi.spyOn(outbox, 'enqueue');
    await userEvent.type(box, 'Online veiligheid');
    expect(enqueue).not.toHaveBeenCalled();

    leavePage();
    expect(savedEntities(enqueue)).toEqual([
      expect.objectContaining({
        questionId: '0A.vraagstuk',
        value: { kind: 'text', text: 'Online veiligheid' },
      }),
    ]);
    // Kept by the outbox (and so by its store) for the page after the reload.
    expect(outbox.pending()).toHaveLength(1);
  });

  it('hands the latest text of an answer to the outbox when the page is hidden', async () => {
    werkbladen = await renderWerkbladen({ route: 'werkbladen/0A', autosaveMs: longDelayMs });
    const box = await screen.findByRole('textbox', { name: prompt('0A.vraagstuk') });
    const enqueue = vi.spyOn(werkbladen.outbox, 'enqueue');
    await userEvent.type(box, 'Pesten');

    changeVisibility('hidden');
    expect(savedEntities(enqueue)).toEqual([
      expect.objectContaining({ value: { kind: 'text', text: 'Pesten' } }),
    ]);
  });

  it('hands the latest edit of an indicator record on the worksheet to the outbox on pagehide', async () => {
    werkbladen = await renderWerkbladen({
      route: 'werkbladen/2',
      autosaveMs: longDelayMs,
      build: (b) => b.withIndicator({ id: 'indicator-000001', naam: 'Meldingen', herkomst: '2.indicatoren' }),
    });
    const row = await screen.findByRole('group', { name: 'Indicator of signaal: Meldingen' });
    const enqueue = vi.spyOn(werkbladen.outbox, 'enqueue');
    await userEvent.type(within(row).getByRole('textbox', { name: 'Definitie' }), 'Per schooljaar');
    expect(enqueue).not.toHaveBeenCalled();

    leavePage();
    expect(savedEntities(enqueue)).toEqual([
      expect.objectContaining({ id: 'indicator-000001', naam: 'Meldingen', definitie: 'Per schooljaar' }),
    ]);
  });
});

describe('a record editor when the page goes', () => {
  it('hands the latest edit of a partner to the outbox on pagehide, before the autosave delay', async () => {
    const world = await makeWorld();
    const trajectId = await seed(
      world.repository,
      aTraject().withPartner({ organisatie: 'Bibliotheek' }).build(),
    );
    renderInTraject(world, trajectId, <Partners />);
    fireEvent.click(await screen.findByRole('button', { name: 'Bewerken: Bibliotheek' }));
    const enqueue = vi.spyOn(world.outbox, 'enqueue');
    const field = await screen.findByRole('textbox', { name: 'Contactpersoon' });
    // Synchronous from the change to the page going: the 800 ms timer cannot have run.
    fireEvent.change(field, { target: { value: 'Fatima Yilmaz' } });
    expect(enqueue).not.toHaveBeenCalled();

    leavePage();
    expect(savedEntities(enqueue)).toEqual([
      expect.objectContaining({ organisatie: 'Bibliotheek', contactpersoon: 'Fatima Yilmaz' }),
    ]);
  });
});
