import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CheckinAnswer, CheckinBody } from '../../../../server/scheduling/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys, refresh } from '../../../lib/queryClient';

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
    { method: 'PUT', body: answers },
  );
}

export function useSaveCheckin() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (asked: { seriesId: string; occurrenceId: string; answers: CheckinBody }) =>
      saveCheckin(api, asked.seriesId, asked.occurrenceId, asked.answers),
    onSuccess: () => refresh(client, keys.meetings),
  });
}
