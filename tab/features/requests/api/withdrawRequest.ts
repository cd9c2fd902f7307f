import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MatchRequest } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys, refresh } from '../../../lib/queryClient';

/** POST /api/requests/:id/withdraw: the person who sent a request takes it back while it waits. */
export function withdrawRequest(api: Api, id: string): Promise<MatchRequest> {
  return api.request<MatchRequest>(`/api/requests/${encodeURIComponent(id)}/withdraw`, { method: 'POST' });
}

export function useWithdrawRequest() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => withdrawRequest(api, id),
    onSuccess: () => refresh(client, keys.requests),
  });
}
