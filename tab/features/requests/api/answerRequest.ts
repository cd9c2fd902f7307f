import type { Answered, RequestAnswer } from '../../../../server/matching/schemas';
import type { Api } from '../../../lib/api';

/** POST /api/requests/:id/accept or /decline. Accepting creates the pair (not read here). */
export function answerRequest(api: Api, id: string, answer: RequestAnswer): Promise<Answered> {
  return api.request<Answered>(`/api/requests/${encodeURIComponent(id)}/${answer}`, { method: 'POST' });
}
