import { HR_ORDERED } from '../features/hr/views';
import type { Me } from '../features/me/api/getMe';
import type { messages } from './messages';
import type { ViewPath } from './router';

// The navigation as data: areas (the employee's, and the manager's and HR's to come), each with
// its views. The employee's views are always there; another area shows as one entry, for the
// people its `shownTo` admits, and its own views as a second row once inside it. Entries that do
// not fit the width (a phone, Teams' side panel) move into a "More" menu (Navigation.tsx).

export type NavWords = (typeof messages)['en'];

/** What labels depend on: "Join" until the person is in a programme, "My programmes" after. */
export interface NavFacts {
  joined: boolean;
}

export interface NavView {
  id: string;
  to: ViewPath;
  /** Paths beyond `to` that belong to this view: a pairing's page is part of Home. */
  owns?: readonly string[];
  label: (t: NavWords, facts: NavFacts) => string;
}

export interface NavArea {
  id: string;
  label: (t: NavWords) => string;
  /** Who sees the area; until the profile has loaded, only areas shown to everyone are. */
  shownTo: (me: Me) => boolean;
  views: readonly [NavView, ...NavView[]];
}

const employee: NavArea = {
  id: 'employee',
  label: (t) => t.nav.home,
  shownTo: () => true,
  views: [
    { id: 'home', to: '/', owns: ['/pairs'], label: (t) => t.nav.home },
    { id: 'programmes', to: '/programmes', label: (t, f) => (f.joined ? t.nav.programmes : t.nav.join) },
    { id: 'requests', to: '/requests', label: (t) => t.nav.requests },
    { id: 'meetings', to: '/meetings', label: (t) => t.nav.meetings },
  ],
};

/** HR programme owners' area: its views come from its registry (tab/features/hr/views.ts). */
const hr: NavArea = {
  id: 'hr',
  label: (t) => t.nav.hr,
  shownTo: (me) => me.isAdmin,
  views: HR_ORDERED.map((view): NavView => ({
    id: `hr-${view.id}`,
    to: `/hr/${view.path}` as ViewPath,
    label: (t) => view.label[t.language],
  })) as [NavView, ...NavView[]],
};

/**
 * Every area, in the navigation's order; the first is everyone's. The manager's area (`/team`,
 * `shownTo: (me) => me.isManager`) is one more entry here, once its views exist.
 */
export const AREAS: readonly [NavArea, ...NavArea[]] = [employee, hr];

export interface NavItem {
  id: string;
  to: ViewPath;
  label: string;
}

export interface NavState {
  /** The first row: everyone's views, then one entry per other area the person may open. */
  entries: NavItem[];
  /** The entry of the first row the person is in, if any. */
  current: string | null;
  /** Inside another area with several views: those views, and which one is open. */
  area: { label: string; views: NavItem[]; current: string | null } | null;
}

/** Whether `pathname` is the view at `to` or a page inside it. */
function isWithin(pathname: string, to: string): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (to === '/') return path === '/';
  return path === to || path.startsWith(`${to}/`);
}

const opens = (view: NavView, pathname: string) =>
  isWithin(pathname, view.to) || (view.owns ?? []).some((prefix) => isWithin(pathname, prefix));

/** The view the path is in: the most specific one, as `/team` holds `/team/reports`. */
function openView(views: readonly NavView[], pathname: string): NavView | undefined {
  return views.filter((view) => opens(view, pathname)).sort((a, b) => b.to.length - a.to.length)[0];
}

export function navigation(
  areas: readonly [NavArea, ...NavArea[]],
  me: Me | undefined,
  facts: NavFacts,
  t: NavWords,
  pathname: string,
): NavState {
  const [everyone, ...others] = areas;
  const item = (view: NavView): NavItem => ({ id: view.id, to: view.to, label: view.label(t, facts) });
  const shown = others.filter((area) => me !== undefined && area.shownTo(me));
  const inside = shown.find((area) => area.views.some((view) => opens(view, pathname)));

  const entries = [
    ...everyone.views.map(item),
    ...shown.map((area) => ({ id: area.id, to: area.views[0].to, label: area.label(t) })),
  ];
  const current = inside?.id ?? openView(everyone.views, pathname)?.id ?? null;
  const area =
    inside && inside.views.length > 1
      ? {
          label: inside.label(t),
          views: inside.views.map(item),
          current: openView(inside.views, pathname)?.id ?? null,
        }
      : null;
  return { entries, current, area };
}
