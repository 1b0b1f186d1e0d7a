/**
 * Ordering the veranderverhaal's elements (from the four category lists of 3-A) and marking the
 * priorities. Moving works with buttons, so it needs no pointer; the new place is announced.
 */
import { Button, Checkbox, Field, Text } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { useLayoutEffect, useRef, useState } from 'react';
import type { AnswerValueOf } from '../../../../shared/domain/answer.ts';
import type { EntryId } from '../../../../shared/domain/ids.ts';
import { useT } from '../../../app/index.ts';
import type { InputOf } from '../values.ts';
import { useEditorStyles } from './editors.styles.ts';
import { move } from './ListEditor.tsx';
import { GrowingTextarea } from './TextEditors.tsx';
import type { EditorProps } from './types.ts';

export interface Element {
  readonly id: EntryId;
  readonly text: string;
  /** The category list it comes from, by name. */
  readonly categorie: string;
}

/** The elements in the saved order; elements added to the lists since come last, in list order. */
export function orderedElements(elements: readonly Element[], order: readonly EntryId[]): Element[] {
  const byId = new Map(elements.map((e) => [e.id as string, e]));
  const ordered = order.flatMap((id) => byId.get(id) ?? []);
  const placed = new Set<string>(ordered.map((e) => e.id));
  return [...ordered, ...elements.filter((e) => !placed.has(e.id))];
}

export interface PrioriteringEditorProps extends EditorProps<'priority', InputOf<'prioritering'>> {
  readonly elements: readonly Element[];
}

export function PrioriteringEditor({
  value,
  onChange,
  labelId,
  describedBy,
  id,
  elements,
}: PrioriteringEditorProps) {
  const t = useT();
  const styles = useEditorStyles();
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ readonly id: string; readonly part: 'up' | 'down' } | undefined>();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const shown = orderedElements(elements, value.order);

  useLayoutEffect(() => {
    if (focus === undefined) return;
    buttons.current.get(`${focus.id}/${focus.part}`)?.focus();
    setFocus(undefined);
  }, [focus]);

  const register = (key: string) => (el: HTMLButtonElement | null) => {
    if (el === null) buttons.current.delete(key);
    else buttons.current.set(key, el);
  };

  const reorder = (from: number, to: number, part: 'up' | 'down') => {
    const element = shown[from];
    if (element === undefined || to < 0 || to >= shown.length) return;
    const next = move(shown, from, to);
    onChange({ ...value, order: next.map((e) => e.id) } satisfies AnswerValueOf<'priority'>);
    const keep =
      part === 'up' && to === 0 ? 'down' : part === 'down' && to === shown.length - 1 ? 'up' : part;
    setFocus({ id: element.id, part: keep });
    setAnnouncement(
      t('werkbladen.prioritering.moved', { element: element.text, n: to + 1, total: shown.length }),
    );
  };

  const togglePriority = (element: Element, checked: boolean) => {
    const rest = value.prioriteit.filter((p) => p !== element.id);
    onChange({ ...value, prioriteit: checked ? [...rest, element.id] : rest });
  };

  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.stack}>
      {shown.length === 0 ? (
        <Text className={styles.muted}>{t('werkbladen.prioritering.empty')}</Text>
      ) : (
        <>
          <Text id={`${id}-order`} weight="semibold">
            {t('werkbladen.prioritering.order')}
          </Text>
          <ol className={styles.list} aria-labelledby={`${id}-order`}>
            {shown.map((element, index) => (
              <li key={element.id} className={styles.priorityRow}>
                <Checkbox
                  // An `id` of undefined would replace the one Fluent generates for the label.
                  {...(index === 0 ? { id } : {})}
                  checked={value.prioriteit.includes(element.id)}
                  onChange={(_, data) => togglePriority(element, data.checked === true)}
                  label={t('werkbladen.prioritering.priority', { element: element.text })}
                  className={styles.priorityText}
                />
                <Text size={200} className={styles.muted}>
                  {t('werkbladen.prioritering.category', { categorie: element.categorie })}
                </Text>
                <Button
                  ref={register(`${element.id}/up`)}
                  appearance="subtle"
                  icon={<ArrowUpRegular />}
                  aria-label={t('werkbladen.prioritering.moveUp', { element: element.text })}
                  disabled={index === 0}
                  onClick={() => reorder(index, index - 1, 'up')}
                />
                <Button
                  ref={register(`${element.id}/down`)}
                  appearance="subtle"
                  icon={<ArrowDownRegular />}
                  aria-label={t('werkbladen.prioritering.moveDown', { element: element.text })}
                  disabled={index === shown.length - 1}
                  onClick={() => reorder(index, index + 1, 'down')}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      <Field label={t('werkbladen.prioritering.toelichting')}>
        <GrowingTextarea
          id={shown.length === 0 ? id : `${id}-toelichting`}
          value={value.toelichting}
          onChange={(toelichting) => onChange({ ...value, toelichting })}
        />
      </Field>
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
    </div>
  );
}
