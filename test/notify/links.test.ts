import { describe, expect, it } from 'vitest';
import { TAB_PATHS, TEAMS_APP_ID, tabDeepLink } from '../../server/teams-app.js';

// Deep links into the tab (Microsoft's "deep link to an app's tab": /l/entity/<appId>/<entityId>
// with context={"subEntityId": ...}, URL-encoded); Teams hands subEntityId to the tab as page.subPageId.

const contextOf = (link: string): unknown => JSON.parse(new URL(link).searchParams.get('context')!);

describe('links into the tab', () => {
  it('opens the personal tab at its first view without a path', () => {
    expect(tabDeepLink()).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/home`);
  });

  it('carries the route, without its leading slash, as the subEntityId of the context', () => {
    const link = tabDeepLink('/meetings/7f0c/sessions/abc');
    expect(link.startsWith(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/home?context=`)).toBe(true);
    expect(contextOf(link)).toEqual({ subEntityId: 'meetings/7f0c/sessions/abc' });
  });

  it('encodes the context so that a route with its own query survives', () => {
    const link = tabDeepLink(TAB_PATHS.programmes('reverse'));
    expect(link).toContain('?context=%7B%22subEntityId%22%3A%22programmes%3FprogrammeId%3Dreverse%22%7D');
    expect(new URL(link).searchParams.size).toBe(1);
    expect(contextOf(link)).toEqual({ subEntityId: 'programmes?programmeId=reverse' });
  });

  it('names each subject by the tab’s route for it', () => {
    expect(TAB_PATHS.request('r1')).toBe('requests/r1');
    expect(TAB_PATHS.pair('p1')).toBe('pairs/p1');
    expect(TAB_PATHS.meetings('s1')).toBe('meetings/s1');
  });
});
