import type { Api } from '../../../lib/api';

/** GET /api/meetings/:seriesId/next.ics: the next session as a calendar file; 404 no_upcoming_meeting. */
export function getNextSessionIcs(api: Api, seriesId: string): Promise<Blob> {
  return api.download(`/api/meetings/${encodeURIComponent(seriesId)}/next.ics`);
}
