import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useQuestionStyles = makeStyles({
  /** Guidance beside the question on a wide screen, below it on a narrow one. */
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    padding: `${tokens.spacingVerticalL} 0`,
    ...shorthands.borderTop(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    scrollMarginTop: tokens.spacingVerticalXXL,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
    },
    '@media (min-width: 960px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(16rem, 1fr)' },
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  side: { minWidth: 0 },
  prompt: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  help: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '75ch' },
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
});
