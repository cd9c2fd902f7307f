import type { PersonSummary } from '../../server/org/schemas';
import { useApi, type Api } from './api';
import { remember, useQuery } from './query';

// GET /api/people/:id. Pairs and requests name people by id only; their names come from here,
// once per person per session.

export function getPerson(api: Api, id: string, signal?: AbortSignal): Promise<PersonSummary> {
  return api.request<PersonSummary>(`/api/people/${encodeURIComponent(id)}`, { signal });
}

export function usePerson(id: string) {
  const api = useApi();
  return useQuery(`person:${id}`, () => remember(api, `person:${id}`, () => getPerson(api, id)));
}
