/** The fields of a partner, for adding one (the first three) and for editing (all). */
import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { useT } from '../../app/index.ts';
import type { OverviewInput, PartnerDraft, PartnerField, Rol } from './model.ts';
import { rollen } from './model.ts';
import { usePartnersStyles } from './Partners.styles.ts';
import { useFieldMessages, type FieldError } from '../common/field-error.ts';
import { useRecordStyles } from '../common/record.styles.ts';
import { SelectField } from '../common/SelectField.tsx';

export interface PartnerFieldsProps {
  readonly draft: PartnerDraft;
  readonly errors: Partial<Record<PartnerField, FieldError>>;
  readonly overview: OverviewInput | undefined;
  readonly onChange: <F extends PartnerField>(field: F, value: PartnerDraft[F]) => void;
  readonly onBlur?: (field: PartnerField) => void;
  /** Only organisatie, domein and niveau. */
  readonly short?: boolean;
}

export function PartnerFields({
  draft,
  errors,
  overview,
  onChange,
  onBlur,
  short = false,
}: PartnerFieldsProps) {
  const t = useT();
  const styles = usePartnersStyles();
  const record = useRecordStyles();
  const message = useFieldMessages(errors);
  const toggle = (rol: Rol, on: boolean) =>
    onChange(
      'rollen',
      on ? [...draft.rollen.filter((r) => r !== rol), rol] : draft.rollen.filter((r) => r !== rol),
    );

  return (
    <>
      <Field label={t('tab.partner.organisatie')} required {...message('organisatie')}>
        <Input
          value={draft.organisatie}
          maxLength={255}
          onChange={(_e, data) => onChange('organisatie', data.value)}
          onBlur={() => onBlur?.('organisatie')}
        />
      </Field>
      <div className={styles.twoColumns}>
        <SelectField
          label={t('tab.partner.domein')}
          value={draft.domein}
          onChange={(v) => onChange('domein', v)}
          options={overview?.domains.map((d) => ({ value: d.id, label: d.label }))}
        >
          <option value="">{t('tab.partner.geen')}</option>
        </SelectField>
        <SelectField
          label={t('tab.partner.niveau')}
          value={draft.niveau}
          onChange={(v) => onChange('niveau', v)}
          options={overview?.levels.map((l) => ({ value: l.id, label: l.label }))}
        >
          <option value="">{t('tab.partner.geen')}</option>
        </SelectField>
      </div>
      {!short && (
        <>
          <fieldset className={record.fieldset}>
            <legend className={record.legend}>{t('tab.partner.rollen')}</legend>
            <div className={styles.checks}>
              {rollen.map((rol) => (
                <Checkbox
                  key={rol}
                  label={t(`tab.partner.rol.${rol}`)}
                  checked={draft.rollen.includes(rol)}
                  onChange={(_e, data) => toggle(rol, data.checked === true)}
                />
              ))}
            </div>
          </fieldset>
          <div className={styles.twoColumns}>
            <Field label={t('tab.partner.contactpersoon')} {...message('contactpersoon')}>
              <Input
                value={draft.contactpersoon}
                maxLength={255}
                onChange={(_e, data) => onChange('contactpersoon', data.value)}
              />
            </Field>
            <Field label={t('tab.partner.email')} {...message('email')}>
              <Input
                type="email"
                value={draft.email}
                onChange={(_e, data) => onChange('email', data.value)}
                onBlur={() => onBlur?.('email')}
              />
            </Field>
          </div>
          <Field label={t('tab.partner.toelichting')} {...message('toelichting')}>
            <Textarea
              value={draft.toelichting}
              resize="vertical"
              onChange={(_e, data) => onChange('toelichting', data.value)}
            />
          </Field>
        </>
      )}
    </>
  );
}
