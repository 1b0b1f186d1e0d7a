import { makeStyles, tokens } from '@fluentui/react-components';

export const useSaveStateStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '24px',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  status: {
    color: tokens.colorNeutralForeground2,
  },
  problem: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  detail: {
    flexBasis: '100%',
    margin: '0',
    color: tokens.colorNeutralForeground2,
  },
});
