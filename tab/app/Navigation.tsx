import { lazy, Suspense, useState } from 'react';
import {
  MenuButton,
  Overflow,
  OverflowItem,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  useOverflowMenu,
} from '@fluentui/react-components';
import { Link, useLocation } from '@tanstack/react-router';
import { useMe } from '../features/me/api/getMe';
import { useEnrolments } from '../features/programmes/api/getEnrolments';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { AREAS, navigation, type NavArea, type NavItem } from './navigation';
import { useColumnStyles } from './Page';

const useStyles = makeStyles({
  bar: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // A row that never wraps and never widens the page: what does not fit goes into "More".
  list: {
    display: 'flex',
    flexWrap: 'nowrap',
    alignItems: 'stretch',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    overflow: 'hidden',
    listStyle: 'none',
    margin: 0,
    // The first label lines up with the view's title below; its link's padding reaches into the margin.
    marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: 0,
  },
  area: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  item: { display: 'flex', flexShrink: 0 },
  link: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    // Big enough for a finger on Teams mobile.
    minHeight: '44px',
    paddingInline: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: 'nowrap',
    textDecorationLine: 'none',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    // Inside the box: the row hides what sticks out of it.
    ...createFocusOutlineStyle({ style: { outlineOffset: '-2px' } }),
  },
  // The open view: bolder, with the brand's bar under it (Teams' own tabs), not by colour alone.
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::before': {
      content: '""',
      position: 'absolute',
      insetInline: tokens.spacingHorizontalM,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
    '@media (forced-colors: active)': { '::before': { forcedColorAdjust: 'none', backgroundColor: 'Highlight' } },
  },
  more: {
    minHeight: '44px',
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    ':hover': { color: tokens.colorNeutralForeground1 },
  },
});

// Menus (their popover and its positioning) are a good part of a first download, and most widths
// never need this one: it loads when entries first overflow, behind a button of the same size.
const MoreMenu = lazy(() => import('./MoreMenu').then((m) => ({ default: m.MoreMenu })));

export interface NavigationProps {
  /** The areas to offer; the app's own unless a test gives others. */
  areas?: readonly [NavArea, ...NavArea[]];
}

/** The signed-in tab's navigation: one row of views, and an area's own views as a second row inside it. */
export function Navigation({ areas = AREAS }: NavigationProps) {
  const t = useMessages(messages);
  const styles = useStyles();
  const column = useColumnStyles();
  const me = useMe().data;
  const joined = (useEnrolments().data?.enrolments.length ?? 0) > 0;
  const pathname = useLocation({ select: (location) => location.pathname });
  const nav = navigation(areas, me, { joined }, t, pathname);

  return (
    <nav aria-label={t.navigation} className={styles.bar}>
      <div className={column.column}>
        <Row items={nav.entries} current={nav.current} />
      </div>
      {nav.area && (
        <div className={mergeClasses(column.column, styles.area)}>
          <Row items={nav.area.views} current={nav.area.current} label={nav.area.label} />
        </div>
      )}
    </nav>
  );
}

function Row({ items, current, label }: { items: NavItem[]; current: string | null; label?: string }) {
  const styles = useStyles();
  return (
    // The open view is the last to move into "More"; at least it stays in the row.
    <Overflow minimumVisible={1} padding={8}>
      <ul className={styles.list} aria-label={label}>
        {items.map((item) => (
          // An entry is measured again when its label changes ("Join" becomes "My programmes"),
          // which resizes no box the overflow watches.
          <OverflowItem key={`${item.id} ${item.label}`} id={item.id} priority={item.id === current ? 2 : 1}>
            <li className={styles.item}>
              <Link
                to={item.to}
                className={mergeClasses(styles.link, item.id === current && styles.current)}
                aria-current={item.id === current ? 'page' : undefined}
                // The open view stays marked with a query (`?programmeId=`) or a page inside it.
                activeOptions={{ includeSearch: false }}
              >
                {item.label}
              </Link>
            </li>
          </OverflowItem>
        ))}
        <More items={items} current={current} />
      </ul>
    </Overflow>
  );
}

/** The entries that do not fit, in a menu at the end of the row; nothing when everything fits. */
function More({ items, current }: { items: NavItem[]; current: string | null }) {
  const t = useMessages(messages);
  const styles = useStyles();
  const { ref, isOverflowing } = useOverflowMenu<HTMLLIElement>();
  // A click on the stand-in while the menu's code loads is kept: the menu opens once it is there.
  const [asked, setAsked] = useState(false);
  if (!isOverflowing) return null;
  return (
    <li ref={ref} className={styles.item}>
      <Suspense
        fallback={
          <MenuButton appearance="transparent" className={styles.more} onClick={() => setAsked(true)}>
            {t.more}
          </MenuButton>
        }
      >
        <MoreMenu items={items} current={current} label={t.more} className={styles.more} openAtStart={asked} />
      </Suspense>
    </li>
  );
}
