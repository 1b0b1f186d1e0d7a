/**
 * A list of short entries (ambities, resultaten, zorgen, veranderverhaal elements). Entries keep
 * stable ids, so activities and priorities that point at one stay linked when it moves or changes.
 * Reordering works by keyboard: the buttons, or Alt+↑/↓ in an entry; Enter adds an entry below.
 */
import { Button, Input, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ListEntry } from '../../../../shared/domain/answer.ts';
import { EntryIdSchema } from '../../../../shared/domain/ids.ts';
import { useT } from '../../../app/index.ts';
import { useEditorStyles } from './editors.styles.ts';
import { ids } from './types.ts';

export interface ListEditorProps {
  readonly id: string;
  readonly items: readonly ListEntry[];
  readonly onChange: (items: ListEntry[]) => void;
  /** What one entry is called ("Ambitie"). */
  readonly itemLabel: string;
  readonly labelId: string;
  readonly describedBy?: string | undefined;
  /** A fresh id for a new entry. */
  readonly newId: () => string;
  /** Advice from the rules when the list is longer than its soft maximum; never a block. */
  readonly softMaxWarning?: string | undefined;
}

type FocusTarget = { readonly id: string; readonly part: 'input' | 'up' | 'down' } | { readonly part: 'add' };

export function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved === undefined || to < 0 || to > next.length) return [...items];
  next.splice(to, 0, moved);
  return next;
}

export function ListEditor({
  id,
  items,
  onChange,
  itemLabel,
  labelId,
  describedBy,
  newId,
  softMaxWarning,
}: ListEditorProps) {
  const t = useT();
  const styles = useEditorStyles();
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<FocusTarget | undefined>(undefined);
  const elements = useRef(new Map<string, HTMLElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const warningId = `${id}-softmax`;

  // Moving a focused node in the DOM drops its focus; put it back where the person was.
  useLayoutEffect(() => {
    if (focus === undefined) return;
    const el = focus.part === 'add' ? addButton.current : elements.current.get(`${focus.id}/${focus.part}`);
    el?.focus();
    setFocus(undefined);
  }, [focus]);

  const register = (entryId: string, part: 'input' | 'up' | 'down') => (el: HTMLElement | null) => {
    if (el === null) elements.current.delete(`${entryId}/${part}`);
    else elements.current.set(`${entryId}/${part}`, el);
  };

  const add = (at: number) => {
    const entry: ListEntry = { id: EntryIdSchema.parse(newId()), text: '' };
    const next = [...items];
    next.splice(at, 0, entry);
    onChange(next);
    setFocus({ id: entry.id, part: 'input' });
  };

  const reorder = (from: number, to: number, part: 'input' | 'up' | 'down') => {
    const entry = items[from];
    if (entry === undefined || to < 0 || to >= items.length) return;
    onChange(move(items, from, to));
    // A button that became disabled at the top or bottom cannot keep focus: use the other one.
    const keep =
      part === 'up' && to === 0 ? 'down' : part === 'down' && to === items.length - 1 ? 'up' : part;
    setFocus({ id: entry.id, part: items.length > 1 ? keep : 'input' });
    setAnnouncement(t('werkbladen.list.moved', { item: itemLabel, n: to + 1, total: items.length }));
  };

  const remove = (at: number) => {
    const next = items.filter((_, i) => i !== at);
    onChange(next);
    const neighbour = next[Math.min(at, next.length - 1)];
    setFocus(neighbour === undefined ? { part: 'add' } : { id: neighbour.id, part: 'input' });
    setAnnouncement(t('werkbladen.list.removed', { item: itemLabel, n: at + 1 }));
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add(index + 1);
    } else if (event.altKey && event.key === 'ArrowUp') {
      event.preventDefault();
      reorder(index, index - 1, 'input');
    } else if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      reorder(index, index + 1, 'input');
    }
  };

  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={ids(describedBy, softMaxWarning !== undefined && warningId)}
      className={styles.stack}
    >
      {items.length === 0 ? (
        <Text className={styles.muted}>{t('werkbladen.list.empty')}</Text>
      ) : (
        <ol className={styles.list}>
          {items.map((entry, index) => {
            const name = t('werkbladen.list.entry', { item: itemLabel, n: index + 1 });
            return (
              <li key={entry.id} className={styles.listItem}>
                <Input
                  id={index === 0 ? id : undefined}
                  ref={register(entry.id, 'input')}
                  className={styles.grow}
                  aria-label={name}
                  value={entry.text}
                  onChange={(_, data) =>
                    onChange(items.map((e) => (e.id === entry.id ? { ...e, text: data.value } : e)))
                  }
                  onKeyDown={onKeyDown(index)}
                />
                <Button
                  ref={register(entry.id, 'up')}
                  appearance="subtle"
                  icon={<ArrowUpRegular />}
                  aria-label={t('werkbladen.list.moveUp', { item: itemLabel, n: index + 1 })}
                  disabled={index === 0}
                  onClick={() => reorder(index, index - 1, 'up')}
                />
                <Button
                  ref={register(entry.id, 'down')}
                  appearance="subtle"
                  icon={<ArrowDownRegular />}
                  aria-label={t('werkbladen.list.moveDown', { item: itemLabel, n: index + 1 })}
                  disabled={index === items.length - 1}
                  onClick={() => reorder(index, index + 1, 'down')}
                />
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={t('werkbladen.list.remove', { item: itemLabel, n: index + 1 })}
                  onClick={() => remove(index)}
                />
              </li>
            );
          })}
        </ol>
      )}
      <div className={styles.actions}>
        <Button
          id={items.length === 0 ? id : undefined}
          ref={(el) => {
            addButton.current = el;
          }}
          icon={<AddRegular />}
          onClick={() => add(items.length)}
        >
          {t('werkbladen.list.add', { item: itemLabel })}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {softMaxWarning !== undefined && (
          <MessageBar intent="warning" id={warningId}>
            <MessageBarBody>
              <MessageBarTitle>{t('werkbladen.list.softMax')}</MessageBarTitle>
              {softMaxWarning}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
    </div>
  );
}
