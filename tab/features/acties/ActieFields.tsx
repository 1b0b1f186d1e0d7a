/** The fields of a verbeteractie: what, who, when, and for a new one where it comes from. */
import { Field, Input, Textarea } from '@fluentui/react-components';
import type { Bouwsteen } from '../../../shared/content/schema.ts';
import { bouwsteenLabel } from '../../../shared/i18n/index.ts';
import { useT } from '../../app/index.ts';
import { statusText } from '../common/actie-text.ts';
import { useFieldMessages, type FieldError } from '../common/field-error.ts';
import { SelectField } from '../common/SelectField.tsx';
import { statusOf, statussen, type ActieDraft, type ActieField } from './model.ts';
import { useActiesStyles } from './Acties.styles.ts';

/** The options of a status select, in the order an actie goes through them. */
export function StatusOptions() {
  const t = useT();
  return statussen.map((s) => (
    <option key={s} value={s}>
      {statusText(t, s)}
    </option>
  ));
}

export interface ActieFieldsProps {
  readonly draft: ActieDraft;
  readonly errors: Partial<Record<ActieField, FieldError>>;
  readonly onChange: <F extends ActieField>(field: F, value: ActieDraft[F]) => void;
  readonly onBlur?: (field: ActieField) => void;
  /** For a new actie: the bouwstenen it can come from. */
  readonly bouwstenen?: readonly Bouwsteen[];
  readonly showStatus?: boolean;
}

export function ActieFields({
  draft,
  errors,
  onChange,
  onBlur,
  bouwstenen,
  showStatus = false,
}: ActieFieldsProps) {
  const t = useT();
  const styles = useActiesStyles();
  const message = useFieldMessages(errors);
  return (
    <>
      <Field label={t('tab.actie.tekst')} required {...message('tekst')}>
        <Textarea
          value={draft.tekst}
          maxLength={2000}
          resize="vertical"
          onChange={(_e, data) => onChange('tekst', data.value)}
          onBlur={() => onBlur?.('tekst')}
        />
      </Field>
      <div className={styles.twoColumns}>
        <Field label={t('tab.actie.eigenaar')} hint={t('tab.actie.eigenaar.hint')} {...message('eigenaar')}>
          <Input
            value={draft.eigenaar}
            maxLength={255}
            onChange={(_e, data) => onChange('eigenaar', data.value)}
          />
        </Field>
        <Field label={t('tab.actie.deadline')} {...message('deadline')}>
          <Input
            type="date"
            value={draft.deadline}
            onChange={(_e, data) => onChange('deadline', data.value)}
            onBlur={() => onBlur?.('deadline')}
          />
        </Field>
        {showStatus && (
          <SelectField
            label={t('tab.actie.status')}
            value={draft.status}
            onChange={(value) => {
              const status = statusOf(value);
              if (status !== undefined) onChange('status', status);
            }}
          >
            <StatusOptions />
          </SelectField>
        )}
        {bouwstenen !== undefined && (
          <SelectField
            label={t('tab.actie.herkomst')}
            value={draft.bouwsteen}
            onChange={(value) => {
              const found = bouwstenen.find((b) => b.id === value);
              if (found !== undefined) onChange('bouwsteen', found.id);
            }}
            options={bouwstenen.map((b) => ({ value: b.id, label: `${bouwsteenLabel(b.id)} ${b.title}` }))}
          />
        )}
      </div>
    </>
  );
}
