import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Nudged } from '../../../../../server/hr/schemas';
import { useApi, type Api } from '../../../../lib/api';
import { refresh } from '../../../../lib/queryClient';
import { healthKey } from './getHealth';

/** POST /api/admin/pairs/:id/nudge: both people are told; once a day per pair (429 nudged_recently). */
export function nudgePair(api: Api, pairId: string): Promise<Nudged> {
  return api.request<Nudged>(`/api/admin/pairs/${encodeURIComponent(pairId)}/nudge`, { method: 'POST' });
}

export function useNudgePair() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pairId: string) => nudgePair(api, pairId),
    onSuccess: () => refresh(client, healthKey),
  });
}
