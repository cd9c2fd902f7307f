import { useQuery } from '@tanstack/react-query';
import type { Meetings } from '../../../../server/scheduling/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys } from '../../../lib/queryClient';

/** GET /api/meetings: the meetings of each of the person's pairs, booked by Tandem in Outlook. */
export function getMeetings(api: Api, signal?: AbortSignal): Promise<Meetings> {
  return api.request<Meetings>('/api/meetings', { signal });
}

export function useMeetings() {
  const api = useApi();
  return useQuery({ queryKey: keys.meetings, queryFn: ({ signal }) => getMeetings(api, signal) });
}
