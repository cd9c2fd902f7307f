import { useApi, type Api } from '../../../lib/api';
import type { MatchReason, PersonSummary, Role, Track } from '../../../lib/matching';
import { useQuery } from '../../../lib/query';

export interface Suggestion {
  person: PersonSummary;
  /** The suggested person's role in the pair: a mentee is suggested mentors, a mentor mentees. */
  role: Role;
  /** 0..100, the sum of the reasons' weights. */
  score: number;
  reasons: MatchReason[];
}

export interface SuggestionsQuery {
  track: Track;
  /** The reader's own role. */
  as: Role;
  top: number;
}

/** GET /api/suggestions: people who pass every rule of the programme, best first. */
export function getSuggestions(api: Api, { track, as, top }: SuggestionsQuery, signal?: AbortSignal): Promise<{ suggestions: Suggestion[] }> {
  const query = new URLSearchParams({ track, as, top: String(top) });
  return api.request(`/api/suggestions?${query}`, { signal });
}

export function useSuggestions(query: SuggestionsQuery) {
  const api = useApi();
  return useQuery(`suggestions:${query.track}:${query.as}:${query.top}`, (signal) => getSuggestions(api, query, signal));
}
