/** Adding a meting, or correcting one: datum, waarde (optional for a signaal), toelichting and bron. */
import { Button, Field, Input, Textarea, useId } from '@fluentui/react-components';
import { useCallback, useState, type FormEvent } from 'react';
import type { IsoDate } from '../../../shared/domain/time.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { useFieldMessages } from '../common/field-error.ts';
import { useRecordStyles } from '../common/record.styles.ts';
import { useDraftForm } from '../common/useDraftForm.ts';
import { useFocusOnOpen } from '../common/useFocusOnOpen.ts';
import { useT } from '../../app/index.ts';
import { validateMeting, type MetingDraft, type MetingField, type Soort } from './model.ts';

export interface MetingFormProps {
  readonly title: string;
  readonly soort: Soort;
  readonly initial: MetingDraft;
  readonly today: IsoDate;
  readonly submitLabel: string;
  /** Resolves true when the meting was accepted (the form then closes). */
  readonly onSubmit: (draft: MetingDraft) => Promise<boolean>;
  readonly onCancel: () => void;
}

const allFields: readonly MetingField[] = ['datum', 'waarde', 'toelichting', 'bron'];

export function MetingForm({
  title,
  soort,
  initial,
  today,
  submitLabel,
  onSubmit,
  onCancel,
}: MetingFormProps) {
  const t = useT();
  const record = useRecordStyles();
  const common = useCommonStyles();
  const titleId = useId('meting-form');
  const validate = useCallback((d: MetingDraft) => validateMeting(d, soort, today), [soort, today]);
  const { draft, errors, visible, change: set, blur, check } = useDraftForm(initial, validate);
  const [busy, setBusy] = useState(false);
  const form = useFocusOnOpen<HTMLFormElement>('input');
  const message = useFieldMessages(visible);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!check()) {
      // To the first field that needs attention, so its message is read.
      const first = allFields.find((f) => errors[f] !== undefined);
      form.current?.querySelector<HTMLElement>(`[data-field="${first ?? 'datum'}"]`)?.focus();
      return;
    }
    setBusy(true);
    void onSubmit(draft).finally(() => setBusy(false));
  };

  return (
    <form ref={form} className={record.form} onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h4 id={titleId} className={common.heading3}>
        {title}
      </h4>
      <div className={record.twoColumns}>
        <Field label={t('indicatoren.meting.datum')} required {...message('datum')}>
          <Input
            type="date"
            data-field="datum"
            value={draft.datum}
            max={today}
            onChange={(_e, data) => set('datum', data.value)}
            onBlur={() => blur('datum')}
          />
        </Field>
        <Field
          label={soort === 'signaal' ? t('indicatoren.meting.waardeSignaal') : t('indicatoren.meting.waarde')}
          required={soort === 'indicator'}
          {...message('waarde')}
        >
          <Input
            inputMode="decimal"
            data-field="waarde"
            value={draft.waarde}
            onChange={(_e, data) => set('waarde', data.value)}
            onBlur={() => blur('waarde')}
          />
        </Field>
      </div>
      <Field label={t('indicatoren.meting.toelichting')} {...message('toelichting')}>
        <Textarea
          data-field="toelichting"
          value={draft.toelichting}
          resize="vertical"
          onChange={(_e, data) => set('toelichting', data.value)}
          onBlur={() => blur('toelichting')}
        />
      </Field>
      <Field label={t('indicatoren.meting.bron')} {...message('bron')}>
        <Input
          data-field="bron"
          maxLength={255}
          value={draft.bron}
          onChange={(_e, data) => set('bron', data.value)}
          onBlur={() => blur('bron')}
        />
      </Field>
      <div className={record.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('tab.common.cancel')}</Button>
      </div>
    </form>
  );
}
