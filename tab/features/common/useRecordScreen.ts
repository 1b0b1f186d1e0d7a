/**
 * The state a record screen keeps around its cards: which record is being edited, whether one is
 * being added, and the "… toevoegen" button that gets focus back when the form closes.
 */
import { useCallback, useRef, useState } from 'react';

export function useRecordScreen() {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  /** Focus back on "… toevoegen", once it is rendered again. */
  const focusAdd = useCallback(() => {
    requestAnimationFrame(() => addButton.current?.focus());
  }, []);
  const openAdd = useCallback(() => setAdding(true), []);
  const closeAdd = useCallback(() => {
    setAdding(false);
    focusAdd();
  }, [focusAdd]);
  /** Closes the form and opens the new record's editor, which takes the focus. */
  const editAdded = useCallback((id: string) => {
    setAdding(false);
    setEditing(id);
  }, []);
  /** A card's editing state. */
  const editingOf = (id: string) => ({
    editing: editing === id,
    onEdit: (on: boolean) => setEditing(on ? id : undefined),
  });

  return { adding, addButton, openAdd, closeAdd, editAdded, focusAdd, editingOf };
}

export type RecordScreen = ReturnType<typeof useRecordScreen>;
