import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  // A meeting card holds more than the shared card: its parts stand further apart.
  card: { gap: tokens.spacingVerticalM },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The next session stands out by a brand-coloured frame, which high contrast keeps as a border.
  next: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  when: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  // A session's time over the other person's: Fluent's Text is inline, so they are stacked here.
  stack: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  percent: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  // Long words (a name, an address) wrap instead of widening a phone's page.
  wrap: { overflowWrap: 'anywhere' },
  alignStart: { alignSelf: 'flex-start' },
  notice: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

/** Shared by the components of this feature: the shared card classes, with this feature's own over them. */
export function useMeetingStyles() {
  const cards = useCardStyles();
  const own = useStyles();
  // `list` is a list of sessions here; `cards` keeps the shared grid of cards.
  return { ...cards, ...own, cards: cards.list, card: mergeClasses(cards.card, own.card) };
}
