/** "… toevoegen", or the form that adds the record while it is open. */
import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { into } from './refs.ts';
import { useRecordStyles } from './record.styles.ts';
import type { RecordScreen } from './useRecordScreen.ts';

export function AddRecord({
  screen,
  label,
  className,
  children,
}: {
  readonly screen: RecordScreen;
  readonly label: string;
  readonly className?: string;
  /** The form, shown instead of the button while adding. */
  readonly children: ReactNode;
}) {
  const styles = useRecordStyles();
  if (screen.adding) return children;
  return (
    <div className={className ?? styles.actions}>
      <Button ref={into(screen.addButton)} appearance="primary" onClick={screen.openAdd}>
        {label}
      </Button>
    </div>
  );
}
