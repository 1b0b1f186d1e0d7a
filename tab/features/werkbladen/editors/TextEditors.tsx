/** One line, free text (growing with its content), and the four reflection steps. */
import { Input, Text, Textarea, mergeClasses } from '@fluentui/react-components';
import { useLayoutEffect, useRef } from 'react';
import { useT } from '../../../app/index.ts';
import type { InputOf } from '../values.ts';
import { useEditorStyles } from './editors.styles.ts';
import { ids, type EditorProps } from './types.ts';

export function TextEditor({
  value,
  onChange,
  labelId,
  describedBy,
  id,
}: EditorProps<'text', InputOf<'text'>>) {
  const styles = useEditorStyles();
  return (
    <Input
      id={id}
      className={styles.textarea}
      value={value.text}
      onChange={(_, data) => onChange({ kind: 'text', text: data.value })}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
    />
  );
}

export interface GrowingTextareaProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly labelledBy?: string | undefined;
  readonly label?: string | undefined;
  readonly describedBy?: string | undefined;
  readonly disabled?: boolean;
}

/** A textarea that grows with what is typed, so long answers need no inner scrolling. */
export function GrowingTextarea({
  id,
  value,
  onChange,
  labelledBy,
  label,
  describedBy,
  disabled,
}: GrowingTextareaProps) {
  const styles = useEditorStyles();
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    el.style.height = 'auto';
    // The border is outside scrollHeight; min-height in the styles keeps an empty box usable.
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);
  return (
    <Textarea
      ref={(el) => {
        ref.current = el;
      }}
      id={id}
      className={mergeClasses(styles.textarea, styles.autoGrow)}
      resize="vertical"
      value={value}
      onChange={(_, data) => onChange(data.value)}
      aria-labelledby={labelledBy}
      aria-label={labelledBy === undefined ? label : undefined}
      aria-describedby={describedBy}
      disabled={disabled}
    />
  );
}

export function LongTextEditor({
  value,
  onChange,
  labelId,
  describedBy,
  id,
}: EditorProps<'text', InputOf<'longText'>>) {
  return (
    <GrowingTextarea
      id={id}
      value={value.text}
      onChange={(text) => onChange({ kind: 'text', text })}
      labelledBy={labelId}
      describedBy={describedBy}
    />
  );
}

export function ReflectionEditor({
  input,
  value,
  onChange,
  labelId,
  describedBy,
  id,
}: EditorProps<'text', InputOf<'reflection'>>) {
  const t = useT();
  const styles = useEditorStyles();
  const stepId = `${id}-stap`;
  return (
    <div className={styles.stack}>
      <Text id={stepId} weight="semibold" className={styles.stepLabel}>
        {t(`werkbladen.reflection.${input.step}`)}
      </Text>
      <GrowingTextarea
        id={id}
        value={value.text}
        onChange={(text) => onChange({ kind: 'text', text })}
        labelledBy={labelId}
        describedBy={ids(stepId, describedBy)}
      />
    </div>
  );
}
