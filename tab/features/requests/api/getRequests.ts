import { useQuery } from '@tanstack/react-query';
import type { ListedRequest, MatchRequest, Requests, RequestStatus } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys } from '../../../lib/queryClient';

/** A request to pair: the asker is the mentee asking a mentor, or a mentor offering to mentor. */
export type { ListedRequest, MatchRequest, Requests, RequestStatus };

/** GET /api/requests: the latest requests the person sent or received, newest first, each naming the other person. */
export function getRequests(api: Api, signal?: AbortSignal): Promise<Requests> {
  return api.request<Requests>('/api/requests', { signal });
}

export function useRequests() {
  const api = useApi();
  return useQuery({ queryKey: keys.requests, queryFn: ({ signal }) => getRequests(api, signal) });
}

/** Requests someone else sent to this person that still wait for their answer. */
export function waitingForMe<R extends MatchRequest>(requests: readonly R[], me: string): R[] {
  return requests.filter((r) => r.status === 'pending' && r.requestedBy !== me);
}
