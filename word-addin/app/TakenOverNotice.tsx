/** Unsent changes of a pane that closed, which this pane sends now (issue #4). */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useSyncExternalStore } from 'react';
import { useT } from './i18n.ts';
import type { TakenOver } from '../../shared/application/taken-over.ts';

const noSubscription = () => () => undefined;

export function TakenOverNotice({ takenOver }: { readonly takenOver: TakenOver | undefined }) {
  const t = useT();
  const subscribe = useCallback(
    (onChange: () => void) => (takenOver === undefined ? noSubscription() : takenOver.subscribe(onChange)),
    [takenOver],
  );
  const read = useCallback(() => takenOver?.count() ?? 0, [takenOver]);
  const count = useSyncExternalStore(subscribe, read, read);
  if (count === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t('session.adopted', { aantal: count })}</MessageBarBody>
    </MessageBar>
  );
}
