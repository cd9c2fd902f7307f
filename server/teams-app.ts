// The Teams app package Tandem ships as (manifest/build.ts writes this id into the manifest), and
// the links into it that notifications and invitations carry.

/** The Teams app's id (manifest `id`). */
export const TEAMS_APP_ID = 'e45d3d5a-367f-4ac6-af00-495a5b448fba';

/** The personal tab's `entityId` in the manifest. */
const HOME_TAB = 'home';

/**
 * A Teams deep link that opens Tandem's personal tab, at `path` (one of the tab's routes, e.g.
 * `meetings/<seriesId>`) when given. Teams hands `context.subEntityId` to the tab as
 * `page.subPageId`; the tab opens that route. Format: Microsoft's "deep link to an app's tab"
 * (`/l/entity/<appId>/<entityId>?context={"subEntityId": ...}`, the context URL-encoded).
 */
export function tabDeepLink(path?: string): string {
  const base = `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/${HOME_TAB}`;
  const subEntityId = path?.replace(/^\/+/, '');
  if (!subEntityId) return base;
  return `${base}?context=${encodeURIComponent(JSON.stringify({ subEntityId }))}`;
}

/** A deep link that opens Tandem's personal tab in Teams at its first view. */
export const TAB_DEEP_LINK = tabDeepLink();

/**
 * The tab's routes a link may open (design: the router's paths), without the leading slash:
 * what each notification is about.
 */
export const TAB_PATHS = {
  request: (requestId: string) => `requests/${requestId}`,
  pair: (pairId: string) => `pairs/${pairId}`,
  meetings: (seriesId: string) => `meetings/${seriesId}`,
  session: (seriesId: string, occurrenceId: string) => `meetings/${seriesId}/sessions/${occurrenceId}`,
  programmes: (programmeId: string) => `programmes?programmeId=${encodeURIComponent(programmeId)}`,
  survey: (surveyId: string) => `surveys/${surveyId}`,
} as const;
