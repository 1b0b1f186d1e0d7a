/** The fields of a record being edited on its card, with autosave: "Klaar" saves what waits and closes. */
import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../../app/index.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { useRecordStyles } from './record.styles.ts';
import { useFocusOnOpen } from './useFocusOnOpen.ts';

export interface RecordEditorProps {
  /** From the screen's editor hook: the last save's failure, and saving what waits. */
  readonly editor: { readonly error: unknown; readonly flush: () => void };
  readonly onDone: () => void;
  /** The field that takes focus when the editor opens. */
  readonly focus?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

export function RecordEditor({ editor, onDone, focus = 'input', className, children }: RecordEditorProps) {
  const t = useT();
  const styles = useRecordStyles();
  const box = useFocusOnOpen<HTMLDivElement>(focus);
  return (
    <div ref={box} className={className ?? styles.form}>
      {children}
      {editor.error !== undefined && <ErrorNotice error={editor.error} />}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => {
            editor.flush();
            onDone();
          }}
        >
          {t('tab.common.done')}
        </Button>
      </div>
    </div>
  );
}
