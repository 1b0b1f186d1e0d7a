import { makeStyles, tokens } from '@fluentui/react-components';

export const useSaveStatusStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minHeight: '1.5rem',
    color: tokens.colorNeutralForeground2,
    flexWrap: 'wrap',
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
  hint: { flexBasis: '100%' },
});
