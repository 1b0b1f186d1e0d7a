/** The fields of an activiteit, for adding one and for editing it. */
import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { useT } from '../../app/index.ts';
import { useFieldMessages, type FieldError } from '../common/field-error.ts';
import { useRecordStyles } from '../common/record.styles.ts';
import { SelectField } from '../common/SelectField.tsx';
import { useActiviteitenStyles } from './Activiteiten.styles.ts';
import { isNiveau, niveaus, toggled, type ActiviteitDraft, type ActiviteitField } from './model.ts';
import type { ActiviteitenModel } from './useActiviteiten.ts';

export interface ActiviteitFieldsProps {
  readonly draft: ActiviteitDraft;
  readonly errors: Partial<Record<ActiviteitField, FieldError>>;
  readonly model: Pick<ActiviteitenModel, 'resultaten' | 'veranderverhaal' | 'partners'>;
  readonly onChange: <F extends ActiviteitField>(field: F, value: ActiviteitDraft[F]) => void;
  readonly onBlur?: (field: ActiviteitField) => void;
}

export function ActiviteitFields({ draft, errors, model, onChange, onBlur }: ActiviteitFieldsProps) {
  const t = useT();
  const styles = useActiviteitenStyles();
  const record = useRecordStyles();
  const message = useFieldMessages(errors);
  const knownPartner = draft.aanbieder === '' || model.partners.some((p) => p.id === draft.aanbieder);

  return (
    <>
      <div className={record.twoColumns}>
        <Field label={t('activiteiten.field.naam')} required {...message('naam')}>
          <Input
            value={draft.naam}
            maxLength={255}
            onChange={(_e, data) => onChange('naam', data.value)}
            onBlur={() => onBlur?.('naam')}
          />
        </Field>
        <SelectField
          label={t('activiteiten.field.niveau')}
          required
          {...message('niveau')}
          selectClassName={record.select}
          value={draft.niveau}
          onChange={(value) => onChange('niveau', isNiveau(value) ? value : '')}
          onBlur={() => onBlur?.('niveau')}
          options={niveaus.map((n) => ({ value: n, label: t(`activiteiten.niveau.${n}`) }))}
        >
          <option value="">{t('activiteiten.field.niveau.kies')}</option>
        </SelectField>
      </div>
      <fieldset className={record.fieldset}>
        <legend className={record.legend}>{t('activiteiten.field.resultaten')}</legend>
        {model.resultaten.length === 0 ? (
          <p>{t('activiteiten.field.resultaten.none')}</p>
        ) : (
          <div className={styles.checks}>
            {model.resultaten.map((r) => (
              <Checkbox
                key={r.id}
                label={r.text}
                checked={draft.resultaten.includes(r.id)}
                onChange={(_e, data) =>
                  onChange('resultaten', toggled(draft.resultaten, r.id, data.checked === true))
                }
              />
            ))}
          </div>
        )}
      </fieldset>
      {model.veranderverhaal.length > 0 && (
        <fieldset className={record.fieldset}>
          <legend className={record.legend}>{t('activiteiten.field.veranderverhaal')}</legend>
          {model.veranderverhaal.map((group) => (
            <fieldset key={group.questionId} className={record.fieldset}>
              <legend className={styles.subLegend}>{group.label}</legend>
              <div className={styles.checks}>
                {group.entries.map((e) => (
                  <Checkbox
                    key={e.id}
                    label={e.text}
                    checked={draft.veranderverhaal.includes(e.id)}
                    onChange={(_e, data) =>
                      onChange('veranderverhaal', toggled(draft.veranderverhaal, e.id, data.checked === true))
                    }
                  />
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>
      )}
      <SelectField
        label={t('activiteiten.field.aanbieder')}
        selectClassName={record.select}
        value={draft.aanbieder}
        onChange={(value) => onChange('aanbieder', value)}
        options={model.partners.map((p) => ({ value: p.id, label: p.organisatie }))}
      >
        <option value="">{t('activiteiten.field.aanbieder.geen')}</option>
        {!knownPartner && <option value={draft.aanbieder}>{draft.aanbieder}</option>}
      </SelectField>
      <Field label={t('activiteiten.field.beschrijving')} {...message('beschrijving')}>
        <Textarea
          value={draft.beschrijving}
          resize="vertical"
          onChange={(_e, data) => onChange('beschrijving', data.value)}
        />
      </Field>
    </>
  );
}
