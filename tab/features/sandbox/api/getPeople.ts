import { useApi, type Api } from '../../../lib/api';
import { useQuery } from '../../../lib/query';

export interface Person {
  id: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  /** A demo persona's short key ("ceo", "junior-dev" ...); these come first. */
  persona: string | null;
}

export function getPeople(
  api: Api,
  { search = '', top = 20 }: { search?: string; top?: number } = {},
  signal?: AbortSignal,
): Promise<{ people: Person[] }> {
  const query = new URLSearchParams({ search, top: String(top) });
  return api.request(`/api/sandbox/people?${query}`, { auth: false, signal });
}

export function usePeople(search: string, top = 20) {
  const api = useApi();
  return useQuery(`people:${top}:${search}`, (signal) => getPeople(api, { search, top }, signal));
}
