import type { TabConfig } from '../../../../server/web/schemas';
import { useApi, type Api } from '../../../lib/api';
import { useQuery } from '../../../lib/query';

/** GET /api/config: whether this is the sandbox tenant, and how to ask for tokens. */
export function getConfig(api: Api, signal?: AbortSignal): Promise<TabConfig> {
  return api.request<TabConfig>('/api/config', { auth: false, signal });
}

export function useConfig() {
  const api = useApi();
  return useQuery('config', (signal) => getConfig(api, signal));
}
