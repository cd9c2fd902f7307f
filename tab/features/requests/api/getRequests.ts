import { useApi, type Api } from '../../../lib/api';
import type { MatchReason, PersonSummary, Track } from '../../../lib/matching';
import { useQuery } from '../../../lib/query';

export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'withdrawn';

/** A request to pair: the asker is the mentee asking a mentor, or a mentor offering to mentor. */
export interface MatchRequest {
  id: string;
  track: Track;
  mentorId: string;
  menteeId: string;
  requestedBy: string;
  status: RequestStatus | (string & {});
  score: number;
  reasons: MatchReason[];
  message?: string | null;
  createdAt: string;
  /** Unanswered by then, it expires. */
  expiresAt: string;
  /** The other person; GET /api/requests names them, the answers to POSTs do not. */
  other?: PersonSummary;
}

export interface Requests {
  requests: MatchRequest[];
}

/** GET /api/requests: the latest requests the person sent or received, newest first. */
export function getRequests(api: Api, signal?: AbortSignal): Promise<Requests> {
  return api.request<Requests>('/api/requests', { signal });
}

export function useRequests() {
  const api = useApi();
  return useQuery('requests', (signal) => getRequests(api, signal));
}

/** Requests someone else sent to this person that still wait for their answer. */
export function waitingForMe(requests: readonly MatchRequest[], me: string): MatchRequest[] {
  return requests.filter((r) => r.status === 'pending' && r.requestedBy !== me);
}
