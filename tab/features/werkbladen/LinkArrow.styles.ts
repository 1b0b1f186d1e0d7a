import { makeStyles, tokens } from '@fluentui/react-components';

export const useLinkArrowStyles = makeStyles({
  icon: { marginInlineStart: tokens.spacingHorizontalXS, verticalAlign: 'middle' },
});
