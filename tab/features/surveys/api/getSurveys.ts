import { useQuery } from '@tanstack/react-query';
import type { PendingSurveys, SurveySummary } from '../../../../server/surveys/schemas';
import { useApi, type Api } from '../../../lib/api';

export type { SurveySummary };

/** The query key of every survey read: a prefix of each one's own. */
export const surveysKey = ['surveys'] as const;

/** GET /api/surveys: my surveys waiting for an answer, oldest first. */
export function getSurveys(api: Api, signal?: AbortSignal): Promise<PendingSurveys> {
  return api.request<PendingSurveys>('/api/surveys', { signal });
}

export function useSurveys() {
  const api = useApi();
  return useQuery({ queryKey: surveysKey, queryFn: ({ signal }) => getSurveys(api, signal) });
}
