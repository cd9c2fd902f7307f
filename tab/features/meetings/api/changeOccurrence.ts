import type { Occurrence, OccurrenceAction } from '../../../../server/scheduling/schemas';
import type { Api } from '../../../lib/api';

/**
 * POST /api/meetings/:seriesId/occurrences/:occurrenceId/skip or /reschedule. Answers 202 with
 * the session skipping or rescheduling: a job then changes both calendars. Refused (409) with
 * meeting_started, meeting_changing or series_not_booked.
 */
export function changeOccurrence(
  api: Api,
  seriesId: string,
  occurrenceId: string,
  action: OccurrenceAction,
): Promise<Occurrence> {
  return api.request<Occurrence>(
    `/api/meetings/${encodeURIComponent(seriesId)}/occurrences/${encodeURIComponent(occurrenceId)}/${action}`,
    {
      method: 'POST',
    },
  );
}
