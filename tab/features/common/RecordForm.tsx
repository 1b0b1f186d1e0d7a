/**
 * The form that adds a record: a heading, the fields, "Toevoegen" and "Annuleren". The first field
 * takes focus when it opens, and a field in error when adding is refused.
 */
import { Button } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../app/index.ts';
import { useCommonStyles } from './common.styles.ts';
import { useRecordStyles } from './record.styles.ts';
import { useFocusOnOpen } from './useFocusOnOpen.ts';

export interface RecordFormProps<D> {
  readonly title: string;
  /** The heading's id, which names the form. */
  readonly headingId: string;
  /** The heading's level in the screen's outline (styled alike). */
  readonly level?: 2 | 3;
  /** From `useDraftForm`. */
  readonly form: { readonly draft: D; readonly check: () => boolean };
  readonly onAdd: (draft: D) => unknown;
  readonly onCancel: () => void;
  /** The field that takes focus when the form opens. */
  readonly focus?: string;
  /** The field that takes focus when adding is refused; `focus` unless told. */
  readonly focusInvalid?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

export function RecordForm<D>({
  title,
  headingId,
  level = 3,
  form,
  onAdd,
  onCancel,
  focus = 'input',
  focusInvalid = focus,
  className,
  children,
}: RecordFormProps<D>) {
  const t = useT();
  const styles = useRecordStyles();
  const common = useCommonStyles();
  const element = useFocusOnOpen<HTMLFormElement>(focus);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) {
      element.current?.querySelector<HTMLElement>(focusInvalid)?.focus();
      return;
    }
    void onAdd(form.draft);
  };
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form
      ref={element}
      className={className ?? styles.formCard}
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className={common.heading3}>
        {title}
      </Heading>
      {children}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t('tab.common.add')}
        </Button>
        <Button onClick={onCancel}>{t('tab.common.cancel')}</Button>
      </div>
    </form>
  );
}
