import { useQuery } from '@tanstack/react-query';
import type { TabConfig } from '../../../../server/web/schemas';
import { useApi, type Api } from '../../../lib/api';

/** GET /api/config: whether this is the sandbox tenant, and how to ask for tokens. */
export function getConfig(api: Api, signal?: AbortSignal): Promise<TabConfig> {
  return api.request<TabConfig>('/api/config', { auth: false, signal });
}

export function useConfig() {
  const api = useApi();
  // The server's settings do not change while the page is open.
  return useQuery({ queryKey: ['config'], queryFn: ({ signal }) => getConfig(api, signal), staleTime: Infinity });
}
