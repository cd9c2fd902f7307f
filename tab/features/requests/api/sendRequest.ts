import type { MatchRequest, NewRequest } from '../../../../server/matching/schemas';
import type { Api } from '../../../lib/api';

export type { NewRequest };

/** POST /api/requests. The server checks the pair against every rule again. */
export function sendRequest(api: Api, request: NewRequest): Promise<MatchRequest> {
  return api.request<MatchRequest>('/api/requests', { method: 'POST', body: request });
}
