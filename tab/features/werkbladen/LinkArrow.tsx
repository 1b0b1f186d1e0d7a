/** The arrow after a link to another place in the tab; decorative, the link text says where. */

import { ArrowRightRegular } from '@fluentui/react-icons';
import { useLinkArrowStyles } from './LinkArrow.styles.ts';

export function LinkArrow() {
  const styles = useLinkArrowStyles();
  return <ArrowRightRegular aria-hidden className={styles.icon} />;
}
