import { useApi, type Api } from '../../../lib/api';
import { useQuery } from '../../../lib/query';

export interface Config {
  /** True when the server talks to the local sandbox tenant instead of Microsoft Entra. */
  sandbox: boolean;
  tenantId: string | null;
  clientId: string;
  appIdUri: string;
}

export function getConfig(api: Api, signal?: AbortSignal): Promise<Config> {
  return api.request<Config>('/api/config', { auth: false, signal });
}

export function useConfig() {
  const api = useApi();
  return useQuery('config', (signal) => getConfig(api, signal));
}
