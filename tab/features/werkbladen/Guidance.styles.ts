import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useGuidanceStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    ...shorthands.borderLeft(tokens.strokeWidthThicker, 'solid', tokens.colorBrandStroke1),
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  letop: { ...shorthands.borderLeft(tokens.strokeWidthThicker, 'solid', tokens.colorPaletteMarigoldBorder2) },
  label: { fontWeight: tokens.fontWeightSemibold },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  paragraph: { margin: 0 },
  bullets: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  links: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  newTab: { marginInlineStart: tokens.spacingHorizontalXXS, verticalAlign: 'middle' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
    padding: 0,
  },
});
