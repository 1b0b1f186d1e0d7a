/**
 * The foot of a record's card: its save state, edit and remove, the question before removing, and
 * the editor. Keyboard: the question takes focus (so it is read out by its name), cancelling puts
 * focus back on the remove button, and closing the editor puts it back on the edit button.
 */
import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { EntityKind } from '../../../shared/domain/model.ts';
import { useT } from '../../app/index.ts';
import { into } from './refs.ts';
import { useRecordStyles } from './record.styles.ts';
import { RecordSaveState } from './SaveState.tsx';

export interface RecordActionsProps {
  /** The record, for its save state. */
  readonly kind: EntityKind;
  readonly id: string;
  /** The edit button's accessible name, e.g. "Bewerken: Bibliotheek". */
  readonly editLabel: string;
  /** The remove button's accessible name, e.g. "Verwijderen: Bibliotheek". */
  readonly removeLabel: string;
  /** The question, as text and as the confirmation group's name. */
  readonly confirmText: string;
  /** While the record is being edited, its buttons step aside for the editor. */
  readonly editing: boolean;
  readonly onEdit: (on: boolean) => void;
  /** The editor; it calls `done` when the person is finished. */
  readonly editor: (done: () => void) => ReactNode;
  /** Called once per confirmation; return the removal's promise so a failed one can be tried again. */
  readonly onRemove: () => Promise<unknown> | void;
  /** Controls that share the buttons' row and stay when the buttons step aside (Acties' status). */
  readonly lead?: ReactNode;
  readonly className?: string;
}

export function RecordActions({
  kind,
  id,
  editLabel,
  removeLabel,
  confirmText,
  editing,
  onEdit,
  editor,
  onRemove,
  lead,
  className,
}: RecordActionsProps) {
  const t = useT();
  const styles = useRecordStyles();
  const [confirming, setConfirming] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'question' | 'remove' | undefined>(undefined);
  const removing = useRef(false);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target === 'question') group.current?.focus();
    else if (target === 'remove') removeButton.current?.focus();
  }, [confirming]);

  const ask = (on: boolean) => {
    focusNext.current = on ? 'question' : 'remove';
    setConfirming(on);
  };
  const buttons = !editing && !confirming;

  return (
    <>
      <RecordSaveState kind={kind} id={id} />
      {(buttons || lead !== undefined) && (
        <div className={className ?? styles.actions}>
          {lead}
          {buttons && (
            <>
              <Button ref={into(editButton)} onClick={() => onEdit(true)} aria-label={editLabel}>
                {t('tab.common.edit')}
              </Button>
              <Button ref={into(removeButton)} onClick={() => ask(true)} aria-label={removeLabel}>
                {t('tab.common.remove')}
              </Button>
            </>
          )}
        </div>
      )}
      {confirming && (
        <div ref={group} className={styles.confirm} role="group" aria-label={confirmText} tabIndex={-1}>
          <span>{confirmText}</span>
          <Button
            appearance="primary"
            onClick={() => {
              // A double click must not remove twice; after a failure the person may try again.
              if (removing.current) return;
              removing.current = true;
              void Promise.resolve(onRemove()).finally(() => {
                removing.current = false;
              });
            }}
          >
            {t('tab.common.remove')}
          </Button>
          <Button onClick={() => ask(false)}>{t('tab.common.cancel')}</Button>
        </div>
      )}
      {editing &&
        editor(() => {
          onEdit(false);
          // Back to where the person started editing, once the button is back.
          requestAnimationFrame(() => editButton.current?.focus());
        })}
    </>
  );
}
