import type { Api } from '../../../lib/api';
import type { Checkin } from './getMeetings';

export interface CheckinAnswers {
  happened: boolean;
  usefulness: number | null;
  confidence: number | null;
  note: string | null;
}

/**
 * PUT /api/meetings/:seriesId/occurrences/:occurrenceId/checkin: the reader's own check-in after a
 * session, saved again on each change. 409 meeting_not_over before the session ends.
 */
export function saveCheckin(api: Api, seriesId: string, occurrenceId: string, answers: CheckinAnswers): Promise<Checkin & { occurrenceId: string }> {
  return api.request(`/api/meetings/${encodeURIComponent(seriesId)}/occurrences/${encodeURIComponent(occurrenceId)}/checkin`, {
    method: 'PUT',
    body: answers,
  });
}
