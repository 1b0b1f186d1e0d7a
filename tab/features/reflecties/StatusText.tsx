/**
 * A bouwsteen's reflection status: an icon, a word and the sentence with its date, so it never
 * rests on colour alone.
 */
import { mergeClasses } from '@fluentui/react-components';
import type { ReflectieStatus } from '../../../shared/domain/rules/schedule.ts';
import { reflectieStatusText } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { NotStartedIcon, OverdueIcon, WarningIcon } from '../common/icons.tsx';
import { useReflectiesStyles } from './Reflecties.styles.ts';

/** Gepland: a calendar page (decorative; the word says it). */
function CalendarIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="2.5" y="3.5" width="11" height="10" rx="1.5" />
      <path d="M2.5 6.5h11M5.5 2v3M10.5 2v3" />
    </svg>
  );
}

function StatusIcon({ status }: { readonly status: ReflectieStatus['status'] }) {
  switch (status) {
    case 'gepland':
      return <CalendarIcon />;
    case 'binnenkort':
      return <OverdueIcon />;
    case 'verlopen':
      return <WarningIcon />;
    case 'geen-afspraak':
      return <NotStartedIcon />;
  }
}

export function StatusText({ status }: { readonly status: ReflectieStatus }) {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectiesStyles();
  return (
    <span>
      <span
        className={mergeClasses(
          styles.status,
          status.status === 'verlopen' && styles.statusVerlopen,
          status.status === 'binnenkort' && styles.statusBinnenkort,
        )}
      >
        <StatusIcon status={status.status} />
        {t(`reflecties.status.${status.status}`)}
      </span>{' '}
      {reflectieStatusText(locale, status)}
    </span>
  );
}
