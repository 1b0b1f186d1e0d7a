import { makeStyles, tokens, shorthands } from '@fluentui/react-components';

export const useCrossRefStyles = makeStyles({
  root: {
    ...shorthands.borderLeft(tokens.strokeWidthThicker, 'solid', tokens.colorNeutralStroke1),
    paddingInlineStart: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  note: { fontStyle: 'italic' },
});
