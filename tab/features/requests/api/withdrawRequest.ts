import type { MatchRequest } from '../../../../server/matching/schemas';
import type { Api } from '../../../lib/api';

/** POST /api/requests/:id/withdraw: the person who sent a request takes it back while it waits. */
export function withdrawRequest(api: Api, id: string): Promise<MatchRequest> {
  return api.request<MatchRequest>(`/api/requests/${encodeURIComponent(id)}/withdraw`, { method: 'POST' });
}
