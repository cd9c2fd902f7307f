import { lazyRouteComponent } from '@tanstack/react-router';
import type { Messages } from '../../lib/i18n';

// The HR area's views (only for HR programme owners, `me.isAdmin`), one entry each: the router
// (tab/app/router.tsx) gives every entry an address under /hr/ and the navigation a link in the
// area's own row, in `order`. Adding a view is adding an entry here, nothing else.
//
// Each view is a whole view, as those of tab/app: its <Page> with its one h1, loaded on first use.
// A view owns every address below its own: /hr/programmes/new and /hr/programmes/<id> open the
// Programmes view, which reads the rest of the path with `useHrSubpath()` (./subpath.ts).

export interface HrView {
  id: string;
  /** Its address under /hr/, one segment: "organisation" is /hr/organisation. */
  path: string;
  /** Where it sits in the area's row: lower first. */
  order: number;
  /** The navigation's label, which is also the view's title while its code loads. */
  label: Messages<string>;
  component: ReturnType<typeof lazyRouteComponent>;
}

export const HR_VIEWS = [
  {
    id: 'programmes',
    path: 'programmes',
    order: 10,
    label: { en: 'Programmes', it: 'Programmi' },
    component: lazyRouteComponent(() => import('./programmes/ProgrammesAdminView'), 'ProgrammesAdminView'),
  },
  {
    id: 'enrolment',
    path: 'enrolment',
    order: 20,
    label: { en: 'Enrolment', it: 'Iscrizioni' },
    component: lazyRouteComponent(() => import('./enrolment/components/EnrolmentView'), 'EnrolmentView'),
  },
  {
    id: 'health',
    path: 'health',
    order: 40,
    label: { en: 'Programme health', it: 'Andamento' },
    component: lazyRouteComponent(() => import('./health/components/HealthView'), 'HealthView'),
  },
  {
    id: 'outcomes',
    path: 'outcomes',
    order: 50,
    label: { en: 'Outcomes', it: 'Risultati' },
    component: lazyRouteComponent(() => import('./outcomes/OutcomesView'), 'OutcomesView'),
  },
  {
    id: 'rounds',
    path: 'rounds',
    order: 30,
    label: { en: 'Rounds', it: 'Round' },
    component: lazyRouteComponent(() => import('./rounds/RoundsView'), 'RoundsView'),
  },
  {
    id: 'organisation',
    path: 'organisation',
    order: 90,
    label: { en: 'Organisation', it: 'Organizzazione' },
    component: lazyRouteComponent(() => import('./organisation/OrganisationView'), 'OrganisationView'),
  },
] as const satisfies readonly HrView[];

/** The area's views in the navigation's order. */
export const HR_ORDERED: readonly HrView[] = [...HR_VIEWS].sort((a, b) => a.order - b.order);
