/** A screen while its traject loads: its heading already, and a placeholder for the rest. */
import { Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useT } from '../../app/index.ts';
import { useCommonStyles } from './common.styles.ts';

export function ScreenLoading({ title }: { readonly title: string }) {
  const t = useT();
  const common = useCommonStyles();
  return (
    <div className={common.screen}>
      <h1 className={common.heading1}>{title}</h1>
      <Skeleton aria-label={t('tab.loading')}>
        <SkeletonItem size={120} />
      </Skeleton>
    </div>
  );
}
