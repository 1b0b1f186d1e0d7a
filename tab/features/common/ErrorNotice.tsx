/** An error as a person reads it: the message for its code, the code for the helpdesk, a way on. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { describeError } from '../../app/errors.ts';
import { useT } from '../../app/i18n.ts';

export interface ErrorNoticeProps {
  readonly error: unknown;
  readonly title?: string;
  readonly onRetry?: () => void;
}

export function ErrorNotice({ error, title, onRetry }: ErrorNoticeProps) {
  const t = useT();
  const { text, code } = describeError(t, error);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {text} {t('tab.error.code', { code })}
      </MessageBarBody>
      {onRetry !== undefined && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('tab.error.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
