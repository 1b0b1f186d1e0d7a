/** Ja / deels / nee per item, with one explanation (kwaliteitsmodel step 4). */
import { Label, Radio, RadioGroup } from '@fluentui/react-components';
import type { AnswerValueOf } from '../../../../shared/domain/answer.ts';
import { useT } from '../../../app/index.ts';
import type { InputOf } from '../values.ts';
import { useEditorStyles } from './editors.styles.ts';
import { GrowingTextarea } from './TextEditors.tsx';
import type { EditorProps } from './types.ts';

const answers = ['ja', 'deels', 'nee'] as const;
type Check = (typeof answers)[number];

function isCheck(value: string): value is Check {
  return (answers as readonly string[]).includes(value);
}

export function ChecklistEditor({
  input,
  value,
  onChange,
  labelId,
  describedBy,
  id,
}: EditorProps<'checklist', InputOf<'checklist'>>) {
  const t = useT();
  const styles = useEditorStyles();
  const set = (next: Partial<AnswerValueOf<'checklist'>>) => onChange({ ...value, ...next });
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.stack}>
      {input.items.map((item, index) => {
        const itemLabel = `${id}-${item.id}-label`;
        return (
          <div key={item.id} className={styles.stack}>
            <Label id={itemLabel}>{item.text}</Label>
            <RadioGroup
              id={index === 0 ? id : undefined}
              layout="horizontal"
              aria-labelledby={itemLabel}
              value={value.checks[item.id] ?? ''}
              onChange={(_, data) => {
                if (isCheck(data.value)) set({ checks: { ...value.checks, [item.id]: data.value } });
              }}
            >
              {answers.map((a) => (
                <Radio key={a} value={a} label={t(`werkbladen.checklist.${a}`)} />
              ))}
            </RadioGroup>
          </div>
        );
      })}
      <Label htmlFor={`${id}-toelichting`} id={`${id}-toelichting-label`}>
        {t('werkbladen.checklist.toelichting')}
      </Label>
      <GrowingTextarea
        id={`${id}-toelichting`}
        value={value.toelichting}
        onChange={(toelichting) => set({ toelichting })}
        labelledBy={`${id}-toelichting-label`}
      />
    </div>
  );
}
