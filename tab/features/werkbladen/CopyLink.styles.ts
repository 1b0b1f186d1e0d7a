import { makeStyles, tokens } from '@fluentui/react-components';

export const useCopyLinkStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    alignItems: 'flex-end',
    marginInlineStart: 'auto',
  },
  field: { width: '100%' },
});
