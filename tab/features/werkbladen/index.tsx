/** The Werkbladen screen and its text, loaded lazily by the shell (`tab/app/screens.tsx`). */
import { Skeleton, SkeletonItem } from '@fluentui/react-components';
import type { OpenedTraject } from '../../../shared/application/index.ts';
import '../../../shared/i18n/werkbladen.ts';
import { useTraject, useT } from '../../app/index.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { useWerkbladen } from './useWerkbladen.ts';
import { Werkbladen } from './Werkbladen.tsx';

function ReadyWerkbladen({ opened }: { readonly opened: OpenedTraject }) {
  const model = useWerkbladen(opened);
  return <Werkbladen edition={opened.edition} view={opened.view} model={model} />;
}

export default function WerkbladenScreen() {
  const t = useT();
  const traject = useTraject();
  switch (traject.status) {
    case 'loading':
      return (
        <Skeleton aria-label={t('werkbladen.loading')}>
          <SkeletonItem size={32} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
        </Skeleton>
      );
    case 'error':
      return <ErrorNotice error={traject.error} onRetry={() => void traject.refresh()} />;
    case 'ready':
      return <ReadyWerkbladen opened={traject.opened} />;
  }
}
