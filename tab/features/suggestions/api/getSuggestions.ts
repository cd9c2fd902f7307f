import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Suggestion, Suggestions, SuggestionsQuery } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys } from '../../../lib/queryClient';

export type { Suggestion, SuggestionsQuery };

/** GET /api/suggestions: people who pass every rule of the programme, best first. */
export function getSuggestions(
  api: Api,
  { programmeId, as, top }: SuggestionsQuery,
  signal?: AbortSignal,
): Promise<Suggestions> {
  const query = new URLSearchParams({ programmeId, as, top: String(top) });
  return api.request<Suggestions>(`/api/suggestions?${query}`, { signal });
}

/** One list's query, shared by the list and by Home's next step (which only asks whether anyone fits). */
export function suggestionsQuery(api: Api, query: SuggestionsQuery) {
  return queryOptions({
    queryKey: [...keys.suggestions, query.programmeId, query.as, query.top],
    queryFn: ({ signal }) => getSuggestions(api, query, signal),
  });
}

export function useSuggestions(query: SuggestionsQuery) {
  return useQuery(suggestionsQuery(useApi(), query));
}
