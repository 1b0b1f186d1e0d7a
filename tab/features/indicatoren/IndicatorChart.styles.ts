import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Lines differ by dash pattern as well as colour, so the chart reads in high contrast and greyscale.
 * Forced colours repaint HTML but not SVG strokes and fills: there the system colours take over,
 * or the high-contrast theme's white lines vanish on a white Canvas.
 */
const forced = '@media (forced-colors: active)';

export const useIndicatorChartStyles = makeStyles({
  figure: {
    margin: '0',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  svg: {
    width: '100%',
    maxWidth: '560px',
    '@media (max-width: 480px)': { maxWidth: '320px' },
    height: 'auto',
    overflow: 'visible',
  },
  axis: {
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: 1,
    [forced]: { stroke: 'CanvasText' },
  },
  axisText: {
    fill: tokens.colorNeutralForeground2,
    fontSize: '12px',
    [forced]: { fill: 'CanvasText' },
  },
  line: {
    fill: 'none',
    stroke: tokens.colorBrandForeground1,
    strokeWidth: 2.5,
    strokeLinejoin: 'round',
    [forced]: { stroke: 'Highlight' },
  },
  dot: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorBrandForeground1,
    strokeWidth: 2,
    [forced]: { fill: 'Canvas', stroke: 'Highlight' },
  },
  basis: {
    stroke: tokens.colorNeutralForeground2,
    strokeWidth: 1.5,
    strokeDasharray: '8 5',
    [forced]: { stroke: 'CanvasText' },
  },
  doel: {
    stroke: tokens.colorPaletteGreenForeground1,
    strokeWidth: 2,
    strokeDasharray: '2 4',
    strokeLinecap: 'round',
    [forced]: { stroke: 'CanvasText' },
  },
  doelMark: {
    fill: tokens.colorPaletteGreenForeground1,
    [forced]: { fill: 'CanvasText' },
  },
  lineLabel: {
    fill: tokens.colorNeutralForeground1,
    fontSize: '12px',
    [forced]: { fill: 'CanvasText' },
  },
  summary: {
    margin: '0',
    fontWeight: tokens.fontWeightSemibold,
  },
  legend: {
    margin: '0',
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});
