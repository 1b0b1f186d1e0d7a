/**
 * The periodic questions of a bouwsteen in this cycle, with the simple text editors of the
 * werkbladen: free text, and one text per field (roleSplit, keepImprove, beforeNow …). Saved as
 * people type (after a pause, or at once when they finish the cycle); read-only once finished.
 */
import { Field, Textarea, mergeClasses, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Question } from '../../../shared/content/schema.ts';
import { valueKindOf, type AnswerValue } from '../../../shared/domain/answer.ts';
import { answerText } from '../../../shared/domain/reflectie/text.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { useDebouncedSave } from '../common/useDebouncedSave.ts';
import { useT } from '../../app/index.ts';
import { useReflectiesStyles } from './Reflecties.styles.ts';
import type { Flush } from './useCycle.ts';

export interface AnswerProps {
  readonly question: Question;
  readonly value: AnswerValue | undefined;
  readonly readOnly: boolean;
  readonly onSave: (value: AnswerValue) => void;
  readonly register: (flush: Flush) => () => void;
}

/** "Herkennen: Herkennen we de ontwikkeling …?" for the four steps; the prompt otherwise. */
function useLabel(question: Question): string {
  const t = useT();
  return question.input.kind === 'reflection'
    ? t('reflectie.agenda.vraag.stap', {
        stap: t(`reflectie.stap.${question.input.step}`),
        vraag: question.prompt,
      })
    : question.prompt;
}

/** A text that is saved after a pause; a newer stored text shows while nothing of ours waits. */
function useCycleDraft<T>(stored: T, save: (value: T) => void, register: AnswerProps['register']) {
  const [draft, setDraft] = useState(stored);
  const { schedule, flush, isWaiting } = useDebouncedSave<T>(save);
  const storedJson = JSON.stringify(stored);
  const shown = useRef(storedJson);
  useEffect(() => register(flush), [register, flush]);
  useEffect(() => {
    if (storedJson === shown.current || isWaiting()) return;
    shown.current = storedJson;
    setDraft(JSON.parse(storedJson) as T);
  }, [storedJson, isWaiting]);
  const change = (next: T) => {
    shown.current = JSON.stringify(next);
    setDraft(next);
    schedule(next);
  };
  return { draft, change, flush };
}

function TextAnswer({ question, value, onSave, register }: AnswerProps) {
  const styles = useReflectiesStyles();
  const label = useLabel(question);
  const stored = value?.kind === 'text' ? value.text : '';
  const { draft, change, flush } = useCycleDraft(stored, (text) => onSave({ kind: 'text', text }), register);
  return (
    <Field label={label} {...(question.help.length === 0 ? {} : { hint: question.help.join(' ') })}>
      <Textarea
        className={styles.textarea}
        resize="vertical"
        value={draft}
        onChange={(_e, data) => change(data.value)}
        onBlur={flush}
      />
    </Field>
  );
}

function FieldsAnswer({ question, value, onSave, register }: AnswerProps) {
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const label = useLabel(question);
  const helpId = useId('help');
  const fields = 'fields' in question.input ? question.input.fields : [];
  const stored = value?.kind === 'fields' ? value.fields : {};
  const { draft, change, flush } = useCycleDraft<Readonly<Record<string, string>>>(
    stored,
    (next) => onSave({ kind: 'fields', fields: { ...next } }),
    register,
  );
  return (
    <fieldset className={styles.fieldset} aria-describedby={question.help.length === 0 ? undefined : helpId}>
      <legend className={styles.legend}>{label}</legend>
      {question.help.length > 0 && (
        <p id={helpId} className={common.muted}>
          {question.help.join(' ')}
        </p>
      )}
      {fields.map((f) => (
        <Field key={f.id} label={f.label} {...(f.prompt === undefined ? {} : { hint: f.prompt })}>
          <Textarea
            className={styles.textarea}
            resize="vertical"
            value={draft[f.id] ?? ''}
            onChange={(_e, data) => change({ ...draft, [f.id]: data.value })}
            onBlur={flush}
          />
        </Field>
      ))}
    </fieldset>
  );
}

/** A finished cycle's answer, as text. */
function ReadOnlyAnswer({ question, value }: Pick<AnswerProps, 'question' | 'value'>) {
  const t = useT();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const label = useLabel(question);
  const text = answerText(value, question);
  return (
    <div className={styles.question}>
      <h5 className={styles.sideHeading}>{label}</h5>
      <p className={mergeClasses(styles.paragraph, common.userText, text === '' && common.muted)}>
        {text === '' ? t('reflecties.nietIngevuld') : text}
      </p>
    </div>
  );
}

/** The editor for a question's kind of value; grades and actions have their own panels. */
export function Answer(props: AnswerProps) {
  if (props.readOnly) return <ReadOnlyAnswer question={props.question} value={props.value} />;
  const kind = valueKindOf(props.question.input);
  if (kind === 'text') return <TextAnswer {...props} />;
  if (kind === 'fields') return <FieldsAnswer {...props} />;
  // No periodic question asks for another kind today; shown as text, it still reads.
  return <ReadOnlyAnswer question={props.question} value={props.value} />;
}
