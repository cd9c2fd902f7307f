import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HrEnded } from '../../../../../server/hr/schemas';
import { useApi, type Api } from '../../../../lib/api';
import { keys, refresh } from '../../../../lib/queryClient';
import { hrKeys } from '../../keys';

/** POST /api/admin/pairs/:id/end: HR ends a pair with a reason; its meetings are cancelled and both are told. */
export function endPair(api: Api, pairId: string, reason: string): Promise<HrEnded> {
  return api.request<HrEnded>(`/api/admin/pairs/${encodeURIComponent(pairId)}/end`, {
    method: 'POST',
    body: { reason },
  });
}

export function useEndPair() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pairId, reason }: { pairId: string; reason: string }) => endPair(api, pairId, reason),
    // Health, enrolment counts and the programme's counts move; so do HR's own pairs, if it was one.
    onSuccess: () => refresh(client, hrKeys.all, keys.pairs, keys.meetings),
  });
}
