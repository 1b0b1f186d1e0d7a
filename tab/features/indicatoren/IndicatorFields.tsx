/** The fields of an indicator: a few for adding one, all of them for editing. */
import { Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { bouwsteenLabel } from '../../../shared/i18n/index.ts';
import { useT } from '../../app/index.ts';
import { useFieldMessages, type FieldError } from '../common/field-error.ts';
import { useRecordStyles } from '../common/record.styles.ts';
import { SelectField } from '../common/SelectField.tsx';
import {
  isRichting,
  isSoort,
  richtingen,
  soorten,
  type IndicatorDraft,
  type IndicatorField,
  type IndicatorPlace,
  type KoppelingOptions,
} from './model.ts';

export interface IndicatorFieldsProps {
  readonly draft: IndicatorDraft;
  readonly errors: Partial<Record<IndicatorField, FieldError>>;
  readonly options: KoppelingOptions;
  readonly places: readonly IndicatorPlace[];
  readonly onChange: <F extends IndicatorField>(field: F, value: IndicatorDraft[F]) => void;
  readonly onBlur?: (field: IndicatorField) => void;
  /** Only naam, soort, werkblad and koppeling. */
  readonly short?: boolean;
}

export function IndicatorFields({
  draft,
  errors,
  options,
  places,
  onChange,
  onBlur,
  short = false,
}: IndicatorFieldsProps) {
  const t = useT();
  const record = useRecordStyles();
  const message = useFieldMessages(errors);
  const text = (field: 'bron' | 'eenheid' | 'eigenaar' | 'basisWaarde' | 'doelWaarde' | 'doelJaar') => ({
    value: draft[field],
    onChange: (_e: unknown, data: { value: string }) => onChange(field, data.value),
    onBlur: () => onBlur?.(field),
  });
  const known = draft.herkomst === '' || places.some((p) => p.questionId === draft.herkomst);

  return (
    <>
      <Field label={t('indicatoren.field.naam')} required {...message('naam')}>
        <Input
          value={draft.naam}
          maxLength={255}
          onChange={(_e, data) => onChange('naam', data.value)}
          onBlur={() => onBlur?.('naam')}
        />
      </Field>
      <Field label={t('indicatoren.field.soort')}>
        <RadioGroup
          layout="horizontal"
          value={draft.soort}
          onChange={(_e, data) => {
            if (isSoort(data.value)) onChange('soort', data.value);
          }}
        >
          {soorten.map((s) => (
            <Radio key={s} value={s} label={t(`indicatoren.soort.${s}`)} />
          ))}
        </RadioGroup>
      </Field>
      <div className={record.twoColumns}>
        <SelectField
          label={t('indicatoren.field.herkomst')}
          selectClassName={record.select}
          value={draft.herkomst}
          onChange={(value) => onChange('herkomst', value)}
          options={places.map((p) => ({
            value: p.questionId,
            label: t('indicatoren.herkomst.option', {
              bouwsteen: bouwsteenLabel(p.bouwsteen),
              vraag: p.label,
            }),
          }))}
        >
          <option value="">{t('indicatoren.herkomst.geen')}</option>
          {!known && <option value={draft.herkomst}>{draft.herkomst}</option>}
        </SelectField>
        <SelectField
          label={t('indicatoren.field.koppeling')}
          selectClassName={record.select}
          value={draft.koppeling}
          onChange={(value) => onChange('koppeling', value)}
        >
          <option value="">{t('indicatoren.koppeling.geen')}</option>
          {options.resultaten.length > 0 && (
            <optgroup label={t('indicatoren.koppeling.groep.resultaat')}>
              {options.resultaten.map((r) => (
                <option key={r.id} value={`resultaat:${r.id}`}>
                  {r.text}
                </option>
              ))}
            </optgroup>
          )}
          {options.veranderverhaal.map((g) => (
            <optgroup
              key={g.questionId}
              label={t('indicatoren.koppeling.groep.veranderverhaal', { categorie: g.label })}
            >
              {g.entries.map((e) => (
                <option key={e.id} value={`veranderverhaal:${e.id}`}>
                  {e.text}
                </option>
              ))}
            </optgroup>
          ))}
          {options.activiteiten.length > 0 && (
            <optgroup label={t('indicatoren.koppeling.groep.activiteit')}>
              {options.activiteiten.map((a) => (
                <option key={a.id} value={`activiteit:${a.id}`}>
                  {a.naam}
                </option>
              ))}
            </optgroup>
          )}
        </SelectField>
      </div>
      {!short && (
        <>
          <Field
            label={t('indicatoren.field.definitie')}
            hint={t('indicatoren.field.definitie.hint')}
            {...message('definitie')}
          >
            <Textarea
              value={draft.definitie}
              resize="vertical"
              onChange={(_e, data) => onChange('definitie', data.value)}
            />
          </Field>
          <div className={record.twoColumns}>
            <Field label={t('indicatoren.field.bron')} {...message('bron')}>
              <Input maxLength={255} {...text('bron')} />
            </Field>
            <Field
              label={t('indicatoren.field.eenheid')}
              hint={t('indicatoren.field.eenheid.hint')}
              {...message('eenheid')}
            >
              <Input maxLength={64} {...text('eenheid')} />
            </Field>
          </div>
          <SelectField
            label={t('indicatoren.field.richting')}
            selectClassName={record.select}
            value={draft.richting}
            onChange={(value) => {
              if (isRichting(value)) onChange('richting', value);
            }}
            options={richtingen.map((r) => ({ value: r, label: t(`indicatoren.richting.${r}`) }))}
          />
          <fieldset className={record.fieldset}>
            <legend className={record.legend}>{t('indicatoren.field.basis')}</legend>
            <div className={record.twoColumns}>
              <Field label={t('indicatoren.field.basisWaarde')} {...message('basisWaarde')}>
                <Input inputMode="decimal" {...text('basisWaarde')} />
              </Field>
              <Field label={t('indicatoren.field.basisDatum')} {...message('basisDatum')}>
                <Input
                  type="date"
                  value={draft.basisDatum}
                  onChange={(_e, data) => onChange('basisDatum', data.value)}
                  onBlur={() => onBlur?.('basisDatum')}
                />
              </Field>
            </div>
          </fieldset>
          <fieldset className={record.fieldset}>
            <legend className={record.legend}>{t('indicatoren.field.doel')}</legend>
            <div className={record.twoColumns}>
              <Field label={t('indicatoren.field.doelWaarde')} {...message('doelWaarde')}>
                <Input inputMode="decimal" {...text('doelWaarde')} />
              </Field>
              <Field label={t('indicatoren.field.doelJaar')} {...message('doelJaar')}>
                <Input inputMode="numeric" maxLength={4} {...text('doelJaar')} />
              </Field>
            </div>
          </fieldset>
          <Field
            label={t('indicatoren.field.eigenaar')}
            hint={t('indicatoren.field.eigenaar.hint')}
            {...message('eigenaar')}
          >
            <Input maxLength={255} {...text('eigenaar')} />
          </Field>
        </>
      )}
    </>
  );
}
