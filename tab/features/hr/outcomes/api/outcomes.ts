import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Outcomes, OutcomesQuery } from '../../../../../server/analytics/schemas';
import { useApi, type Api } from '../../../../lib/api';

export type { Outcomes, OutcomesQuery };

/** The query string of the filters chosen (nothing for a filter left open). */
export function outcomesSearch(query: OutcomesQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** GET /api/admin/outcomes: the dashboard's figures for the filters (HR programme owners only). */
export function getOutcomes(api: Api, query: OutcomesQuery, signal?: AbortSignal): Promise<Outcomes> {
  return api.request<Outcomes>(`/api/admin/outcomes${outcomesSearch(query)}`, { signal });
}

/** GET /api/admin/outcomes.csv: the same figures as a CSV file. */
export function getOutcomesCsv(api: Api, query: OutcomesQuery): Promise<Blob> {
  return api.download(`/api/admin/outcomes.csv${outcomesSearch(query)}`);
}

export function useOutcomes(query: OutcomesQuery) {
  const api = useApi();
  return useQuery({
    // Under the HR area's prefix (tab/features/hr/keys.ts on the HR shell's branch).
    queryKey: ['hr', 'outcomes', query],
    queryFn: ({ signal }) => getOutcomes(api, query, signal),
    // The figures of the last filters stay on screen while the new ones load.
    placeholderData: keepPreviousData,
  });
}
