import type { Api } from '../../../lib/api';
import type { Track } from '../../../lib/matching';
import type { MatchRequest } from './getRequests';

export interface NewRequest {
  track: Track;
  mentorId: string;
  menteeId: string;
  /** Up to 500 characters. */
  message?: string;
}

/** POST /api/requests. The server checks the pair against every rule again. */
export function sendRequest(api: Api, request: NewRequest): Promise<MatchRequest> {
  return api.request<MatchRequest>('/api/requests', { method: 'POST', body: request });
}
