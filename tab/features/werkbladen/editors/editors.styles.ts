import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useEditorStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  /** Labelled fields side by side on wide screens, stacked on narrow ones. */
  columns: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
  },
  textarea: { width: '100%' },
  autoGrow: { '& textarea': { overflowY: 'hidden', minHeight: '4.5em' } },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  listItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '12rem' },
  muted: { color: tokens.colorNeutralForeground3 },
  stepLabel: { alignSelf: 'flex-start' },
  fieldset: {
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  /** A wide table scrolls inside its own box on a narrow screen instead of widening the page. */
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
      padding: tokens.spacingHorizontalS,
      verticalAlign: 'top',
      textAlign: 'start',
    },
    '& thead th': { backgroundColor: tokens.colorNeutralBackground3 },
  },
  cellInput: { minWidth: '8rem', width: '100%' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  inlineForm: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  chips: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
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
  warningIcon: { flexShrink: 0, marginTop: '0.2em' },
  /** An icon beside a sentence that may wrap: the icon stays on the first line. */
  iconRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', minWidth: 0 },
  spread: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  priorityRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  priorityText: { flexGrow: 1, minWidth: '10rem' },
});
