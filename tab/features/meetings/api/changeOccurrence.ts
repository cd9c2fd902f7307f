import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Occurrence, OccurrenceAction, RescheduleBody } from '../../../../server/scheduling/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys, refresh } from '../../../lib/queryClient';

/**
 * POST /api/meetings/:seriesId/occurrences/:occurrenceId/skip or /reschedule. A reschedule takes
 * the time the person chose (`start`, one of the slots offered), or null to let Tandem pick the
 * best free time. Answers 202 with the session skipping or rescheduling: a job then changes both
 * calendars. Refused (409) with meeting_started, meeting_changing or series_not_booked.
 */
export function changeOccurrence(
  api: Api,
  seriesId: string,
  occurrenceId: string,
  action: OccurrenceAction,
  start?: string,
): Promise<Occurrence> {
  const body: RescheduleBody | undefined = action === 'reschedule' ? (start ? { start } : null) : undefined;
  return api.request<Occurrence>(
    `/api/meetings/${encodeURIComponent(seriesId)}/occurrences/${encodeURIComponent(occurrenceId)}/${action}`,
    { method: 'POST', body },
  );
}

export function useChangeOccurrence() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (asked: { seriesId: string; occurrenceId: string; action: OccurrenceAction; start?: string }) =>
      changeOccurrence(api, asked.seriesId, asked.occurrenceId, asked.action, asked.start),
    onSuccess: () => refresh(client, keys.meetings),
  });
}
