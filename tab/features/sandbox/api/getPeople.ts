import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PickablePeople, PickablePerson } from '../../../../server/sign-in-as/schemas';
import { useApi, type Api } from '../../../lib/api';

/** GET /api/sandbox/people: the sandbox tenant's people, demo personas first. */
export function getPeople(
  api: Api,
  { search = '', top = 20 }: { search?: string; top?: number } = {},
  signal?: AbortSignal,
): Promise<PickablePeople> {
  const query = new URLSearchParams({ search, top: String(top) });
  return api.request<PickablePeople>(`/api/sandbox/people?${query}`, { auth: false, signal });
}

export function usePeople(search: string, top = 20) {
  const api = useApi();
  return useQuery({
    queryKey: ['sandbox-people', top, search],
    queryFn: ({ signal }) => getPeople(api, { search, top }, signal),
    // The list stays while the next search answers, rather than flashing a spinner per keystroke.
    placeholderData: keepPreviousData,
  });
}

export type { PickablePerson };
