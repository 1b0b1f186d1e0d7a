/**
 * Labelled fields side by side (stacked on a narrow screen): roleSplit, beforeNow, keepImprove,
 * dosDonts; and the quality table of bouwsteen 4, an answer per aspect beside its possible questions.
 */
import { Label, Text } from '@fluentui/react-components';
import type { FieldDef } from '../../../../shared/content/schema.ts';
import type { AnswerValueOf } from '../../../../shared/domain/answer.ts';
import { useT } from '../../../app/index.ts';
import type { InputOf } from '../values.ts';
import { useEditorStyles } from './editors.styles.ts';
import { GrowingTextarea } from './TextEditors.tsx';
import { ids, type EditorProps } from './types.ts';

type FieldsInput = InputOf<'roleSplit' | 'beforeNow' | 'keepImprove' | 'dosDonts'>;

function withField(value: AnswerValueOf<'fields'>, field: string, text: string): AnswerValueOf<'fields'> {
  return { kind: 'fields', fields: { ...value.fields, [field]: text } };
}

export function FieldsEditor({
  input,
  value,
  onChange,
  labelId,
  describedBy,
  id,
}: EditorProps<'fields', FieldsInput>) {
  const styles = useEditorStyles();
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.columns}>
      {input.fields.map((field: FieldDef, index) => {
        const fieldId = index === 0 ? id : `${id}-${field.id}`;
        const promptId = `${id}-${field.id}-prompt`;
        return (
          <div key={field.id} className={styles.stack}>
            <Label htmlFor={fieldId} id={`${id}-${field.id}-label`} weight="semibold">
              {field.label}
            </Label>
            {field.prompt !== undefined && (
              <Text id={promptId} size={200} className={styles.muted}>
                {field.prompt}
              </Text>
            )}
            <GrowingTextarea
              id={fieldId}
              value={value.fields[field.id] ?? ''}
              onChange={(text) => onChange(withField(value, field.id, text))}
              labelledBy={`${id}-${field.id}-label`}
              describedBy={field.prompt === undefined ? undefined : promptId}
            />
          </div>
        );
      })}
    </div>
  );
}

export function QualityTableEditor({
  input,
  value,
  onChange,
  labelId,
  describedBy,
  id,
}: EditorProps<'fields', InputOf<'qualityTable'>>) {
  const t = useT();
  const styles = useEditorStyles();
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.stack}>
      {input.rows.map((row, index) => {
        const fieldId = index === 0 ? id : `${id}-${row.id}`;
        const labelOf = `${id}-${row.id}-label`;
        const questionsId = `${id}-${row.id}-vragen`;
        return (
          <div key={row.id} className={styles.columns}>
            <div className={styles.stack}>
              <Label htmlFor={fieldId} id={labelOf} weight="semibold">
                {row.label}
              </Label>
              {row.questions.length > 0 && (
                <div id={questionsId}>
                  <Text size={200} className={styles.muted}>
                    {t('werkbladen.qualityTable.questions', { aspect: row.label })}
                  </Text>
                  <ul className={styles.chips}>
                    {row.questions.map((q) => (
                      <li key={q}>
                        <Text size={200}>{q}</Text>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
            <GrowingTextarea
              id={fieldId}
              value={value.fields[row.id] ?? ''}
              onChange={(text) => onChange(withField(value, row.id, text))}
              labelledBy={labelOf}
              describedBy={ids(row.questions.length > 0 && questionsId)}
            />
          </div>
        );
      })}
    </div>
  );
}
