import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PauseBody } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { refreshAfterPairChange } from './changePair';
import type { Pair } from './getPairs';

/**
 * POST /api/pairs/:id/pause until a day ("YYYY-MM-DD"): its booked sessions are cancelled, and on
 * that day it resumes by itself. Refused with pause_end_not_future or pause_too_long (`details.latest`).
 */
export function pausePair(api: Api, id: string, until: string): Promise<Pair> {
  const body: PauseBody = { until };
  return api.request<Pair>(`/api/pairs/${encodeURIComponent(id)}/pause`, { method: 'POST', body });
}

export function usePausePair() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, until }: { id: string; until: string }) => pausePair(api, id, until),
    onSuccess: () => refreshAfterPairChange(client),
  });
}
