/** An error as a person reads it: the sentence for its code, the code small, and what they can do. */
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { describeError } from './errors.ts';
import { useT } from './i18n.ts';
import { usePaneStyles } from './Pane.styles.ts';

export function ErrorNotice({
  error,
  title,
  text,
  actions,
}: {
  readonly error: unknown;
  readonly title?: string;
  /** Overrides the sentence for the code (a more precise one for this place). */
  readonly text?: string;
  readonly actions?: ReactNode;
}) {
  const t = useT();
  const styles = usePaneStyles();
  const described = describeError(t, error);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        <p className={styles.text}>{text ?? described.text}</p>
        <p className={styles.code}>{t('word.error.code', { code: described.code })}</p>
      </MessageBarBody>
      {actions !== undefined && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
