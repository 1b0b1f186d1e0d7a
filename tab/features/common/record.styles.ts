/** The record screens' shared anatomy (Partners, Activiteiten, Indicatoren, Acties): cards, forms, fields, the remove confirmation. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** A card on the page; the overview and the reflecties use it too, so all cards look alike. */
export const cardStyles = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalL,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusLarge,
  minWidth: 0,
} as const;

export const useRecordStyles = makeStyles({
  /** Cards side by side where there is room, one column on a narrow screen. */
  grid: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  card: cardStyles,
  /** The form that adds a record: a card of its own. */
  formCard: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  /** The fields that edit a record, inside its card. */
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  /** Term and value side by side: "Eigenaar  Sam". */
  details: {
    margin: '0',
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  confirm: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  twoColumns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
    gap: tokens.spacingHorizontalM,
    // Fields may shrink below their content's width: long options never widen the page.
    '& > *': { minWidth: 0 },
  },
  /** A native select is as wide as its longest option unless told otherwise. */
  select: {
    minWidth: 0,
    width: '100%',
    textOverflow: 'ellipsis',
  },
  fieldset: {
    margin: '0',
    padding: '0',
    border: 'none',
    minWidth: 0,
  },
  legend: {
    padding: '0',
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
});
