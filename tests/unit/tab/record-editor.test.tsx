// @vitest-environment jsdom
/**
 * useRecordEditor, the autosave of the record cards (Partners, Activiteiten, Indicatoren, Acties):
 * a valid draft is saved after the delay, a failed save is sent again on the next flush instead of
 * being dropped, and a stored copy from before our save does not replace the edit.
 */
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../shared/application/index.ts';
import { autosaveDelayMs } from '../../../tab/features/common/useDebouncedSave.ts';
import { useRecordEditor, type RecordEditorSpec } from '../../../tab/features/common/useRecordEditor.ts';
import { makeWorld, Providers } from '../support/tab.tsx';

interface Item {
  readonly naam: string;
  readonly version: number;
}
interface ItemDraft {
  readonly naam: string;
  readonly notitie: string;
}
type Save = (ctx: AppContext, draft: ItemDraft, stored: Item) => Promise<unknown>;

const draftOf = (item: Item): ItemDraft => ({ naam: item.naam, notitie: '' });

function specWith(save: Save): RecordEditorSpec<Item, ItemDraft, string> {
  return {
    draftOf,
    fieldsOf: (draft) => ({ naam: draft.naam.trim() }),
    validate: (draft) => (draft.naam.trim() === '' ? { naam: 'leeg' } : {}),
    save,
  };
}

async function renderEditor(save: Save, record: Item) {
  vi.useRealTimers();
  const world = await makeWorld();
  vi.useFakeTimers();
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <Providers services={world.services}>{children}</Providers>
  );
  const spec = specWith(save);
  return renderHook((props: { readonly record: Item }) => useRecordEditor(props.record, spec), {
    wrapper,
    initialProps: { record },
  });
}

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

describe('useRecordEditor', () => {
  it('saves a valid draft over the current record after the delay, and an invalid one not at all', async () => {
    const save = vi.fn<Save>(() => Promise.resolve());
    const { result, rerender } = await renderEditor(save, { naam: 'GGD', version: 1 });
    act(() => result.current.change('naam', ' '));
    expect(result.current.errors).toEqual({ naam: 'leeg' });
    act(() => {
      vi.advanceTimersByTime(autosaveDelayMs);
    });
    act(() => result.current.flush());
    expect(save).not.toHaveBeenCalled();

    rerender({ record: { naam: 'GGD', version: 2 } });
    // Two fields changed in one tick: both land in the draft that is saved.
    act(() => {
      result.current.change('naam', 'GGD Noord');
      result.current.change('notitie', 'regie');
    });
    act(() => {
      vi.advanceTimersByTime(autosaveDelayMs);
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.slice(1)).toEqual([
      { naam: 'GGD Noord', notitie: 'regie' },
      { naam: 'GGD', version: 2 },
    ]);
  });

  it('shows a failed save and sends the edit again on the next flush', async () => {
    const refused = new Error('outbox vol');
    const save = vi.fn<Save>().mockRejectedValueOnce(refused).mockResolvedValue(undefined);
    const { result } = await renderEditor(save, { naam: 'GGD', version: 1 });
    act(() => result.current.change('naam', 'Wijkteam'));
    act(() => result.current.flush());
    await settle();
    expect(result.current.error).toBe(refused);
    expect(result.current.draft.naam).toBe('Wijkteam');

    act(() => result.current.flush());
    await settle();
    expect(save.mock.calls.map((call) => call[1].naam)).toEqual(['Wijkteam', 'Wijkteam']);
    expect(result.current.error).toBeUndefined();
  });

  it('keeps a saved edit over an older stored copy, then shows someone else’s change', async () => {
    const save = vi.fn<Save>(() => Promise.resolve());
    const { result, rerender } = await renderEditor(save, { naam: 'GGD', version: 1 });
    act(() => result.current.change('naam', 'Wijkteam '));
    act(() => result.current.flush());
    await settle();

    rerender({ record: { naam: 'GGD', version: 1 } });
    expect(result.current.draft.naam).toBe('Wijkteam ');
    rerender({ record: { naam: 'Wijkteam', version: 2 } });
    expect(result.current.draft.naam).toBe('Wijkteam ');
    rerender({ record: { naam: 'Wijkteam Zuid', version: 3 } });
    expect(result.current.draft.naam).toBe('Wijkteam Zuid');
  });
});
