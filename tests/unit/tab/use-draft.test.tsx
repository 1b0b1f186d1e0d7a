// @vitest-environment jsdom
/**
 * useDraft, the autosave core of the worksheets' answers and records: an edit shows at once and is
 * saved once after the delay (or at once on flush, unmount, leaving the page); a save that fails
 * keeps the edit for the next flush; a stored value replaces the shown one only while no edit waits.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDraft, type DraftSpec } from '../../../tab/features/common/useDraft.ts';

const delayMs = 800;

interface Props {
  readonly save: (value: string) => Promise<unknown>;
  readonly ready?: (value: string) => boolean;
}

function renderDraft(save: Props['save'], ready?: Props['ready']) {
  return renderHook(
    (props: Props) => {
      const spec: DraftSpec<string> =
        props.ready === undefined
          ? { save: props.save, delayMs }
          : { save: props.save, ready: props.ready, delayMs };
      return useDraft<string>('Jongeren', spec);
    },
    { initialProps: ready === undefined ? { save } : { save, ready } },
  );
}

function elapse(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** Lets the save's promise settle. */
async function settle(): Promise<void> {
  await act(async () => {
    await Promise.resolve();
    await Promise.resolve();
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useDraft', () => {
  it('shows an edit at once and saves only the last one, once, after the delay', () => {
    const save = vi.fn((_value: string) => Promise.resolve());
    const { result } = renderDraft(save);
    expect(result.current.value).toBe('Jongeren');

    act(() => result.current.change('Jongeren in'));
    elapse(delayMs - 1);
    act(() => result.current.change('Jongeren in de wijk'));
    expect(result.current.value).toBe('Jongeren in de wijk');
    elapse(delayMs - 1);
    expect(save).not.toHaveBeenCalled();

    elapse(1);
    expect(save.mock.calls).toEqual([['Jongeren in de wijk']]);
    elapse(delayMs * 2);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves at once on flush, and the timer does not save it again', () => {
    const save = vi.fn((_value: string) => Promise.resolve());
    const { result } = renderDraft(save);
    act(() => result.current.change('Ouders'));
    act(() => result.current.flush());
    expect(save.mock.calls).toEqual([['Ouders']]);
    elapse(delayMs);
    act(() => result.current.flush());
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves a waiting edit when the editor unmounts and when the page is left', () => {
    const save = vi.fn((_value: string) => Promise.resolve());
    const first = renderDraft(save);
    act(() => first.result.current.change('Scholen'));
    first.unmount();
    expect(save.mock.calls).toEqual([['Scholen']]);

    const second = renderDraft(save);
    act(() => second.result.current.change('Wijkteam'));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(save.mock.calls).toEqual([['Scholen'], ['Wijkteam']]);
    second.unmount();
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('keeps a value that is not ready on screen and saves it once an edit makes it ready', () => {
    const save = vi.fn((_value: string) => Promise.resolve());
    const { result } = renderDraft(save, (value) => value.trim() !== '');
    act(() => result.current.change(' '));
    elapse(delayMs);
    act(() => result.current.flush());
    expect(save).not.toHaveBeenCalled();
    expect(result.current.value).toBe(' ');

    act(() => result.current.change('Sport'));
    elapse(delayMs);
    expect(save.mock.calls).toEqual([['Sport']]);
  });

  it('shows a failed save as its error and sends the edit again on flush', async () => {
    const refused = new Error('opslag vol');
    const save = vi
      .fn<(value: string) => Promise<unknown>>()
      .mockRejectedValueOnce(refused)
      .mockResolvedValue(undefined);
    const { result } = renderDraft(save);
    act(() => result.current.change('Buurt'));
    act(() => result.current.flush());
    await settle();
    expect(result.current.error).toBe(refused);

    act(() => result.current.flush());
    expect(save.mock.calls).toEqual([['Buurt'], ['Buurt']]);
    expect(result.current.error).toBeUndefined();
    await settle();
    expect(result.current.error).toBeUndefined();
  });

  it('sends a waiting edit through the save of the latest render', () => {
    const before = vi.fn((_value: string) => Promise.resolve());
    const after = vi.fn((_value: string) => Promise.resolve());
    const { result, rerender } = renderDraft(before);
    act(() => result.current.change('Cultuur'));
    rerender({ save: after });
    elapse(delayMs);
    expect(before).not.toHaveBeenCalled();
    expect(after.mock.calls).toEqual([['Cultuur']]);
  });

  it('shows a received stored value only while no edit of ours waits or failed', async () => {
    const save = vi.fn<(value: string) => Promise<unknown>>().mockRejectedValueOnce(new Error('nee'));
    const { result } = renderDraft(save);
    act(() => result.current.receive('Van een ander'));
    expect(result.current.value).toBe('Van een ander');

    act(() => result.current.change('Van mij'));
    act(() => result.current.receive('Nog eens van een ander'));
    expect(result.current.value).toBe('Van mij');

    act(() => result.current.flush());
    await settle();
    act(() => result.current.receive('Weer van een ander'));
    expect(result.current.value).toBe('Van mij');
  });

  it('adopts a stored value: shown, the waiting edit dropped, nothing saved', () => {
    const save = vi.fn((_value: string) => Promise.resolve());
    const { result } = renderDraft(save);
    act(() => result.current.change('Van mij'));
    act(() => result.current.adopt('Van hen'));
    expect(result.current.value).toBe('Van hen');
    elapse(delayMs);
    act(() => result.current.flush());
    expect(save).not.toHaveBeenCalled();

    act(() => result.current.receive('Nieuwer van hen'));
    expect(result.current.value).toBe('Nieuwer van hen');
  });

  it('applies two updates in one tick to the latest value, saving both', () => {
    const save = vi.fn((_value: string) => Promise.resolve());
    const { result } = renderDraft(save);
    act(() => {
      result.current.update((v) => `${v} in`);
      result.current.update((v) => `${v} de wijk`);
    });
    expect(result.current.value).toBe('Jongeren in de wijk');
    elapse(delayMs);
    expect(save.mock.calls).toEqual([['Jongeren in de wijk']]);
  });

  it('with `same`, keeps a saved edit over an older stored value until the stored one catches up', () => {
    const save = vi.fn((_value: string) => Promise.resolve());
    const { result } = renderHook(() =>
      useDraft<string>('Jongeren', { save, delayMs, same: (a, b) => a.trim() === b.trim() }),
    );
    act(() => result.current.change('Ouders '));
    act(() => result.current.flush());
    expect(save.mock.calls).toEqual([['Ouders ']]);

    // A poll from before the outbox applied the save.
    act(() => result.current.receive('Jongeren'));
    expect(result.current.value).toBe('Ouders ');
    // Our edit comes back trimmed: what the person typed stays.
    act(() => result.current.receive('Ouders'));
    expect(result.current.value).toBe('Ouders ');
    act(() => result.current.receive('Ouders en scholen'));
    expect(result.current.value).toBe('Ouders en scholen');
  });
});
