import type { Api } from '../../../lib/api';
import type { MatchRequest } from './getRequests';

/** POST /api/requests/:id/accept or /decline. Accepting creates the pair (not read here). */
export function answerRequest(api: Api, id: string, answer: 'accept' | 'decline'): Promise<{ request: MatchRequest }> {
  return api.request(`/api/requests/${encodeURIComponent(id)}/${answer}`, { method: 'POST' });
}
