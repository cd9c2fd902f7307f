import type { Suggestion, Suggestions, SuggestionsQuery } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { useQuery } from '../../../lib/query';

export type { Suggestion, SuggestionsQuery };

/** GET /api/suggestions: people who pass every rule of the programme, best first. */
export function getSuggestions(
  api: Api,
  { track, as, top }: SuggestionsQuery,
  signal?: AbortSignal,
): Promise<Suggestions> {
  const query = new URLSearchParams({ track, as, top: String(top) });
  return api.request<Suggestions>(`/api/suggestions?${query}`, { signal });
}

export function useSuggestions(query: SuggestionsQuery) {
  const api = useApi();
  return useQuery(`suggestions:${query.track}:${query.as}:${query.top}`, (signal) =>
    getSuggestions(api, query, signal),
  );
}
