import type { CheckinAnswer, CheckinBody } from '../../../../server/scheduling/schemas';
import type { Api } from '../../../lib/api';

/**
 * PUT /api/meetings/:seriesId/occurrences/:occurrenceId/checkin: the reader's own check-in after a
 * session, saved again on each change. 409 meeting_not_over before the session ends.
 */
export function saveCheckin(
  api: Api,
  seriesId: string,
  occurrenceId: string,
  answers: CheckinBody,
): Promise<CheckinAnswer> {
  return api.request<CheckinAnswer>(
    `/api/meetings/${encodeURIComponent(seriesId)}/occurrences/${encodeURIComponent(occurrenceId)}/checkin`,
    {
      method: 'PUT',
      body: answers,
    },
  );
}
