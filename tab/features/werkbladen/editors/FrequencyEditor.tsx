/** Agreements on a Leren-en-verbeteren rhythm: every n weeks/months/years, who plans it, the next date. */
import { Field, Input, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FrequencySchema, type AnswerValueOf, type Frequency } from '../../../../shared/domain/answer.ts';
import { IsoDateSchema } from '../../../../shared/domain/time.ts';
import { frequencyText } from '../../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../../app/index.ts';
import { SelectField } from '../../common/SelectField.tsx';
import type { InputOf } from '../values.ts';
import { useEditorStyles } from './editors.styles.ts';
import { GrowingTextarea } from './TextEditors.tsx';
import type { EditorProps } from './types.ts';

const units = ['weken', 'maanden', 'jaren'] as const;
type Unit = Frequency['unit'] | '';

function isUnit(value: string): value is Frequency['unit'] {
  return (units as readonly string[]).includes(value);
}

type Value = AnswerValueOf<'frequency'>;

/** The value with or without a frequency (an absent optional key, never `undefined`). */
function withFrequency(value: Value, frequentie: Frequency | undefined): Value {
  const { frequentie: _old, ...rest } = value;
  return frequentie === undefined ? rest : { ...rest, frequentie };
}

function withDate(value: Value, datum: string): Value {
  const { volgendeDatum: _old, ...rest } = value;
  const parsed = IsoDateSchema.safeParse(datum);
  return parsed.success ? { ...rest, volgendeDatum: parsed.data } : rest;
}

export function FrequencyEditor({
  value,
  onChange,
  labelId,
  describedBy,
  id,
}: EditorProps<'frequency', InputOf<'frequency'>>) {
  const t = useT();
  const locale = useLocale();
  const styles = useEditorStyles();
  // What is typed may not be a frequency yet (an empty or zero interval): keep it here meanwhile.
  const [interval, setIntervalText] = useState(String(value.frequentie?.interval ?? ''));
  const [unit, setUnit] = useState<Unit>(value.frequentie?.unit ?? '');
  const stored = value.frequentie;
  useEffect(() => {
    if (stored === undefined) return;
    setIntervalText(String(stored.interval));
    setUnit(stored.unit);
  }, [stored]);

  const update = (nextInterval: string, nextUnit: Unit) => {
    setIntervalText(nextInterval);
    setUnit(nextUnit);
    const parsed = FrequencySchema.safeParse({ interval: Number(nextInterval), unit: nextUnit });
    onChange(withFrequency(value, nextUnit === '' || !parsed.success ? undefined : parsed.data));
  };

  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.stack}>
      <div className={styles.inlineForm}>
        <Field label={t('werkbladen.frequency.interval')}>
          <Input
            id={id}
            type="number"
            min={1}
            max={60}
            step={1}
            inputMode="numeric"
            value={interval}
            onChange={(_, data) => update(data.value, unit === '' && data.value !== '' ? 'maanden' : unit)}
          />
        </Field>
        <SelectField
          label={t('werkbladen.frequency.unit')}
          value={unit}
          onChange={(next) =>
            update(interval === '' && next !== '' ? '1' : interval, isUnit(next) ? next : '')
          }
          options={units.map((u) => ({ value: u, label: t(`werkbladen.frequency.unit.${u}`) }))}
        >
          <option value="">{t('werkbladen.frequency.unit.none')}</option>
        </SelectField>
        {value.frequentie !== undefined && (
          <Text className={styles.muted}>{frequencyText(locale, value.frequentie)}</Text>
        )}
      </div>
      <div className={styles.columns}>
        <Field label={t('werkbladen.frequency.organisator')}>
          <Input
            value={value.organisator}
            onChange={(_, data) => onChange({ ...value, organisator: data.value })}
          />
        </Field>
        <Field label={t('werkbladen.frequency.volgendeDatum')}>
          <Input
            type="date"
            value={value.volgendeDatum ?? ''}
            onChange={(_, data) => onChange(withDate(value, data.value))}
          />
        </Field>
      </div>
      <Field label={t('werkbladen.frequency.afspraken')}>
        <GrowingTextarea
          id={`${id}-afspraken`}
          value={value.afspraken}
          onChange={(afspraken) => onChange({ ...value, afspraken })}
        />
      </Field>
    </div>
  );
}
