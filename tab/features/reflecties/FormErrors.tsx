/** What keeps a form from being sent: a summary that is read out and takes focus, and field messages. */
import { useId } from '@fluentui/react-components';
import { forwardRef } from 'react';
import { useT, type T } from '../../app/index.ts';
import type { FieldErrors, FieldMessage, FormField } from './model.ts';
import { useReflectiesStyles } from './Reflecties.styles.ts';

export function messagesOf(t: T, errors: FieldErrors, field: FormField): string | undefined {
  const list: readonly FieldMessage[] = errors[field] ?? [];
  return list.length === 0 ? undefined : list.map((key) => t(key)).join(' ');
}

/** Fluent Field props for a field's messages. */
export function fieldState(t: T, errors: FieldErrors, field: FormField) {
  const text = messagesOf(t, errors, field);
  return text === undefined ? {} : { validationMessage: text, validationState: 'error' as const };
}

export interface FormErrorsProps {
  readonly title: string;
  readonly errors: FieldErrors;
}

const fieldOrder: readonly FormField[] = [
  'bouwstenen',
  'datum',
  'tijd',
  'duur',
  'tijdzone',
  'deelnemers',
  'herhaling',
  'tot',
  'algemeen',
];

/** Every message once, in the order of the form. */
export const FormErrors = forwardRef<HTMLDivElement, FormErrorsProps>(function FormErrors(
  { title, errors },
  ref,
) {
  const t = useT();
  const styles = useReflectiesStyles();
  const messages = [
    ...new Set(fieldOrder.flatMap((field) => (errors[field] ?? []).map((key: FieldMessage) => t(key)))),
  ];
  const titleId = useId('fouten');
  if (messages.length === 0) return null;
  // Focused when it appears (the form does that), so it is read at once; the fields' own messages
  // are Fluent's alerts.
  return (
    <div ref={ref} role="group" aria-labelledby={titleId} tabIndex={-1} className={styles.confirm}>
      <p id={titleId} className={styles.paragraph}>
        {title}
      </p>
      <ul className={styles.errorList}>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
});
