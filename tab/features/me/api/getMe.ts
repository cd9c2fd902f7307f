import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../../../server/org/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys } from '../../../lib/queryClient';

export type { Me };

/** GET /api/me: the signed-in person; dates are shown in their `timeZone` (IANA). */
export function getMe(api: Api, signal?: AbortSignal): Promise<Me> {
  return api.request<Me>('/api/me', { signal });
}

export function useMe() {
  const api = useApi();
  return useQuery({ queryKey: keys.me, queryFn: ({ signal }) => getMe(api, signal) });
}
