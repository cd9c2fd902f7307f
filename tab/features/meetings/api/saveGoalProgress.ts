import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GoalsAnswer, GoalsBody } from '../../../../server/scheduling/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys, refresh } from '../../../lib/queryClient';

/**
 * PUT /api/meetings/:seriesId/goals: how far along each goal is, 0 to 100. Only the mentee may
 * (403 mentee_only); a goal the pair does not have is 400 unknown_goal.
 */
export function saveGoalProgress(api: Api, seriesId: string, progress: GoalsBody['progress']): Promise<GoalsAnswer> {
  return api.request<GoalsAnswer>(`/api/meetings/${encodeURIComponent(seriesId)}/goals`, {
    method: 'PUT',
    body: { progress } satisfies GoalsBody,
  });
}

export function useSaveGoalProgress() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (asked: { seriesId: string; progress: GoalsBody['progress'] }) =>
      saveGoalProgress(api, asked.seriesId, asked.progress),
    onSuccess: () => refresh(client, keys.meetings),
  });
}
