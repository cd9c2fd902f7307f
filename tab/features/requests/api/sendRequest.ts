import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MatchRequest, NewRequest } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys, refresh } from '../../../lib/queryClient';

export type { NewRequest };

/** POST /api/requests. The server checks the pair against every rule again. */
export function sendRequest(api: Api, request: NewRequest): Promise<MatchRequest> {
  return api.request<MatchRequest>('/api/requests', { method: 'POST', body: request });
}

export function useSendRequest() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: NewRequest) => sendRequest(api, request),
    onSuccess: () => refresh(client, keys.requests),
  });
}
