import type { ComponentType } from 'react';
import type { Me } from '../features/me/api/getMe';
import type { Enrolments } from '../features/programmes/api/getEnrolments';
import type { Query } from '../lib/query';

/**
 * The views of the signed-in tab, in the order of the navigation. To add one: add its id here
 * and to VIEW_ORDER, its tab label in messages.ts `nav` (both languages), and its loader in
 * `lazyViews`. TypeScript points at each of those; SignedIn needs no change.
 */
export type ViewId = 'home' | 'programmes' | 'requests' | 'meetings';

export const VIEW_ORDER: readonly ViewId[] = ['home', 'programmes', 'requests', 'meetings'];

/** What every view is given: the session's shared data and a way to move to another view. */
export interface ViewProps {
  me: Query<Me>;
  /** The person's programmes; reloaded after they save, so every view sees the change. */
  enrolments: Query<Enrolments>;
  /** Moves to another view and puts the focus on its title. */
  navigate: (view: ViewId) => void;
  /** Focus the view's title when it opens (it replaced something the person acted on). */
  focusTitle: boolean;
  onSignInAgain: () => void;
}

/**
 * Views other than Home load when first opened, keeping them out of the first download (Home is
 * what everyone sees first). Loaded by hand rather than React.lazy, as App.tsx explains.
 */
export const lazyViews: Record<Exclude<ViewId, 'home'>, () => Promise<ComponentType<ViewProps>>> = {
  programmes: () => import('./ProgrammesView').then((m) => m.ProgrammesView),
  requests: () => import('./RequestsView').then((m) => m.RequestsView),
  meetings: () => import('./MeetingsView').then((m) => m.MeetingsView),
};
