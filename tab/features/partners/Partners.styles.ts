import { makeStyles, tokens } from '@fluentui/react-components';

export const usePartnersStyles = makeStyles({
  tableWrap: {
    // Contains the visually hidden texts in the table, which are positioned absolutely.
    position: 'relative',
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  table: {
    borderCollapse: 'collapse',
    minWidth: '560px',
    width: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  caption: {
    textAlign: 'left',
    paddingBottom: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
  },
  th: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  td: {
    verticalAlign: 'top',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  cellList: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
  },
  value: {
    margin: '0',
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  twoColumns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  checks: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
  },
  suggestionGroups: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  suggestionButtons: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  suggestionButton: {
    maxWidth: '100%',
    textAlign: 'left',
    whiteSpace: 'normal',
    height: 'auto',
  },
});
