// @vitest-environment jsdom
/** RecordActions: edit and remove on a record's card, with a question before removing. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RecordActions } from '../../../tab/features/common/RecordActions.tsx';
import { aTraject } from '../../../shared/testing/builders.ts';
import { makeWorld, renderInTraject, seed } from '../support/tab.tsx';

const question = 'Bibliotheek verwijderen uit dit traject?';

function Card({ onRemove }: { readonly onRemove: () => Promise<unknown> }) {
  const [editing, setEditing] = useState(false);
  return (
    <article aria-label="Bibliotheek">
      <RecordActions
        kind="partner"
        id="p1"
        editLabel="Bewerken: Bibliotheek"
        removeLabel="Verwijderen: Bibliotheek"
        confirmText={question}
        editing={editing}
        onEdit={setEditing}
        onRemove={onRemove}
        editor={(done) => (
          <button type="button" onClick={done}>
            Klaar
          </button>
        )}
      />
    </article>
  );
}

async function renderCard(onRemove: () => Promise<unknown> = () => Promise.resolve()) {
  const world = await makeWorld();
  const trajectId = await seed(world.repository, aTraject().build());
  renderInTraject(world, trajectId, <Card onRemove={onRemove} />);
  await screen.findByRole('button', { name: 'Verwijderen: Bibliotheek' });
}

describe('RecordActions', () => {
  it('moves focus into the question, announced by its name, and removes once when confirmed', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    const onRemove = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    await renderCard(onRemove);

    await user.click(screen.getByRole('button', { name: 'Verwijderen: Bibliotheek' }));
    const group = screen.getByRole('group', { name: question });
    expect(within(group).getByText(question)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(group));
    // The record's own buttons step aside while the question is open.
    expect(screen.queryByRole('button', { name: 'Verwijderen: Bibliotheek' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Bewerken: Bibliotheek' })).toBeNull();

    // A double click while the removal is on its way removes once.
    await user.dblClick(within(group).getByRole('button', { name: 'Verwijderen' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
    finish();
    await waitFor(() => expect(onRemove).toHaveBeenCalledTimes(1));
  });

  it('lets the person try again after a removal that failed', async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn(() => Promise.resolve(undefined));
    await renderCard(onRemove);
    await user.click(screen.getByRole('button', { name: 'Verwijderen: Bibliotheek' }));
    const confirm = within(screen.getByRole('group', { name: question })).getByRole('button', {
      name: 'Verwijderen',
    });
    await user.click(confirm);
    await waitFor(() => expect(onRemove).toHaveBeenCalledTimes(1));
    // The record is still there (the screen showed the error): the question stays and works.
    await user.click(confirm);
    await waitFor(() => expect(onRemove).toHaveBeenCalledTimes(2));
  });

  it('gives focus back to the remove button when the person cancels, by keyboard', async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn(() => Promise.resolve());
    await renderCard(onRemove);

    screen.getByRole('button', { name: 'Verwijderen: Bibliotheek' }).focus();
    await user.keyboard('{Enter}');
    const group = screen.getByRole('group', { name: question });
    await waitFor(() => expect(document.activeElement).toBe(group));
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Annuleren' }));
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('group', { name: question })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Verwijderen: Bibliotheek' })),
    );
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('hands over to the editor, and focus goes back to the edit button when it is done', async () => {
    const user = userEvent.setup();
    await renderCard();
    await user.click(screen.getByRole('button', { name: 'Bewerken: Bibliotheek' }));
    expect(screen.queryByRole('button', { name: 'Verwijderen: Bibliotheek' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Bewerken: Bibliotheek' })),
    );
  });
});
