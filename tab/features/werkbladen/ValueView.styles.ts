import { makeStyles, tokens } from '@fluentui/react-components';

export const useValueViewStyles = makeStyles({
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  dl: { margin: 0, '& dt': { fontWeight: tokens.fontWeightSemibold }, '& dd': { marginInlineStart: 0 } },
});
