import type { AnswerValueKind, AnswerValueOf } from '../../../../shared/domain/answer.ts';

/** What every value editor gets: its value, where edits go, and the question as its name. */
export interface EditorProps<K extends AnswerValueKind, I> {
  readonly input: I;
  readonly value: AnswerValueOf<K>;
  readonly onChange: (value: AnswerValueOf<K>) => void;
  /** The element holding the question's prompt: the accessible name of the field or group. */
  readonly labelId: string;
  /** Help under the prompt, read after the name. */
  readonly describedBy?: string | undefined;
  /** The id of the editor's first field (a label's `for`, the focus of a deep link). */
  readonly id: string;
}

/** `a b` of the ids that are set, for aria-describedby. */
export function ids(...parts: readonly (string | undefined | false)[]): string | undefined {
  const set = parts.filter((p): p is string => typeof p === 'string' && p !== '');
  return set.length === 0 ? undefined : set.join(' ');
}
