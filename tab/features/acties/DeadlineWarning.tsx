/** "Te laat: …" or "Vandaag …" above an actie, in words and with an icon when it is overdue. */
import type { DeadlineText } from '../common/actie-text.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { OverdueIcon } from '../common/icons.tsx';
import { useActiesStyles } from './Acties.styles.ts';

export function DeadlineWarning({ deadline }: { readonly deadline: DeadlineText }) {
  const styles = useActiesStyles();
  const common = useCommonStyles();
  if (deadline.warning === undefined) return null;
  return (
    <p className={deadline.overdue ? styles.overdue : common.muted}>
      {deadline.overdue && <OverdueIcon />}
      {deadline.warning}
    </p>
  );
}
