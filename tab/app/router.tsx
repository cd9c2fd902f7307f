import {
  createBrowserHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { HR_ORDERED, HR_VIEWS } from '../features/hr/views';
import type { ProgrammeId } from '../lib/matching';
import { startingPath } from './deepLink';
import { Home } from './Home';
import { HrArea } from './HrArea';
import { hrPending, NotFound, pending, ViewError } from './RouteStates';
import { Shell } from './Shell';

// Every view and every item has an address: reloading keeps the place, Back works, and a Teams
// deep link (deepLink.ts) opens it. Home is in the first download; the other views load when first
// opened (or when a link to them is pointed at: defaultPreload), each with its parameters typed.

const root = createRootRoute({ component: Shell, notFoundComponent: NotFound });

const home = createRoute({ getParentRoute: () => root, path: '/', component: Home });

const TRACKS: readonly string[] = ['mentoring', 'reverse'] satisfies ProgrammeId[];

/** `/programmes?programmeId=reverse`: the programmes, with one brought into view. */
const programmes = createRoute({
  getParentRoute: () => root,
  path: '/programmes',
  validateSearch: (search: Record<string, unknown>): { programmeId?: ProgrammeId } =>
    typeof search.programmeId === 'string' && TRACKS.includes(search.programmeId)
      ? { programmeId: search.programmeId as ProgrammeId }
      : {},
  component: lazyRouteComponent(() => import('./ProgrammesView'), 'ProgrammesView'),
  pendingComponent: pending((t, joined) => (joined ? t.programmesTitle : t.joinTitle)),
});

const requestsView = lazyRouteComponent(() => import('./RequestsView'), 'RequestsView');
const requestsPending = pending((t) => t.requestsTitle);
const requests = createRoute({
  getParentRoute: () => root,
  path: '/requests',
  component: requestsView,
  pendingComponent: requestsPending,
});
/** One request, shown among the others and focused. */
const request = createRoute({
  getParentRoute: () => root,
  path: '/requests/$requestId',
  component: requestsView,
  pendingComponent: requestsPending,
});

/** A pairing: who, its status and what can be done about it, and its meetings. */
const pair = createRoute({
  getParentRoute: () => root,
  path: '/pairs/$pairId',
  component: lazyRouteComponent(() => import('./PairView'), 'PairView'),
  pendingComponent: pending((t) => t.pairTitle),
});

const meetingsView = lazyRouteComponent(() => import('./MeetingsView'), 'MeetingsView');
const meetingsPending = pending((t) => t.meetingsTitle);
const meetings = createRoute({
  getParentRoute: () => root,
  path: '/meetings',
  component: meetingsView,
  pendingComponent: meetingsPending,
});
/** A pair's meetings, shown among the others and focused. */
const series = createRoute({
  getParentRoute: () => root,
  path: '/meetings/$seriesId',
  component: meetingsView,
  pendingComponent: meetingsPending,
});
/** One session: what an activity notification or an invitation links to. */
const session = createRoute({
  getParentRoute: () => root,
  path: '/meetings/$seriesId/sessions/$occurrenceId',
  component: meetingsView,
  pendingComponent: meetingsPending,
});

/**
 * The HR area (tab/features/hr/views.ts): only for HR programme owners (HrArea says so to
 * others). Each view of the registry has its address, and owns every address below it.
 */
const hr = createRoute({ getParentRoute: () => root, path: '/hr', component: HrArea });
const hrStart = createRoute({
  getParentRoute: () => hr,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: `/hr/${HR_ORDERED[0]!.path}` as '/hr', replace: true });
  },
});
const hrViews = HR_VIEWS.map((view) =>
  createRoute({
    getParentRoute: () => hr,
    path: view.path,
    component: view.component,
    pendingComponent: hrPending(view.label),
  }),
);
const hrPages = HR_VIEWS.map((view) =>
  createRoute({
    getParentRoute: () => hr,
    path: `${view.path}/$`,
    component: view.component,
    pendingComponent: hrPending(view.label),
  }),
);

const views = [home, programmes, requests, request, pair, meetings, series, session] as const;
const routeTree = root.addChildren([...views, hr.addChildren([hrStart, ...hrViews, ...hrPages])]);

/** A view's own address, without parameters: what a navigation entry opens. */
export type ViewPath =
  Exclude<(typeof views)[number]['fullPath'], `${string}$${string}`> | (typeof hrViews)[number]['fullPath'];

/**
 * The router of one signed-in session, on the browser's (or the Teams frame's) address and history,
 * starting where a Teams deep link points if there is one.
 */
export function createAppRouter({ deepLink = null }: { deepLink?: string | null } = {}) {
  const history = createBrowserHistory();
  const start = startingPath(history.location.pathname, deepLink);
  if (start) history.replace(start);
  return createRouter({
    routeTree,
    history,
    defaultPreload: 'intent',
    // A view whose code is on its way shows its title and a spinner after this long, not before.
    defaultPendingMs: 400,
    defaultErrorComponent: ViewError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
