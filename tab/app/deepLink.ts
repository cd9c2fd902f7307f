// Teams opens a deep link into the tab (an activity notification, a link in an invitation) with
// the tab's own content URL and the place in the context: `subPageId`, a path of the tab without
// its leading slash ("meetings/<seriesId>/sessions/<occurrenceId>"). The server builds those links
// (server/teams-app.ts).

/** A path of the tab (with its query), or null for anything that is not one. */
export function pathOf(subPageId: string | null | undefined): string | null {
  const path = `/${(subPageId ?? '').trim().replace(/^\/+/, '')}`;
  // Only this origin's paths: no scheme, no "//host", no way up.
  if (path === '/' || !/^\/[\w\-./?=&%]*$/.test(path) || path.includes('//') || path.includes('..')) return null;
  return path;
}

/**
 * Where the tab opens. Teams loads the content URL (the root) with the deep link's place in its
 * context; a reload of the tab's frame keeps the path the person had reached, and keeps it there.
 */
export function startingPath(currentPath: string, subPageId: string | null | undefined): string | null {
  if (currentPath.replace(/\/+$/, '') !== '') return null;
  return pathOf(subPageId);
}
