import { useQuery } from '@tanstack/react-query';
import type { SlotChoices } from '../../../../server/scheduling/schemas';
import { useApi, type Api } from '../../../lib/api';

/**
 * GET /api/meetings/:seriesId/occurrences/:occurrenceId/slots: up to three times both people are
 * free that one session could move to, soonest first; none when nothing is free. Refused (409) as
 * a change is: meeting_started, meeting_changing, series_not_booked.
 */
export function getSlots(api: Api, seriesId: string, occurrenceId: string, signal?: AbortSignal): Promise<SlotChoices> {
  return api.request<SlotChoices>(
    `/api/meetings/${encodeURIComponent(seriesId)}/occurrences/${encodeURIComponent(occurrenceId)}/slots`,
    { signal },
  );
}

/**
 * Read from both calendars each time the person opens the move (`enabled`): free times go stale
 * quickly, so none is kept once the dialog closes. Not under the meetings' key: refreshing them
 * after the move would ask again for times of a session that is now being moved (a 409).
 */
export function useSlots(seriesId: string, occurrenceId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['slots', seriesId, occurrenceId],
    queryFn: ({ signal }) => getSlots(api, seriesId, occurrenceId, signal),
    enabled,
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}
