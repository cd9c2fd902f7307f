import { useApi, type Api } from '../../../lib/api';
import { useQuery } from '../../../lib/query';

/** GET /api/me. The optional fields arrive in later server stages; render those present. */
export interface Me {
  tenantId: string;
  id: string;
  displayName: string;
  userPrincipalName: string;
  roles: string[];
  jobTitle?: string | null;
  department?: string | null;
  officeLocation?: string | null;
  level?: string | number | null;
}

export function getMe(api: Api, signal?: AbortSignal): Promise<Me> {
  return api.request<Me>('/api/me', { signal });
}

export function useMe() {
  const api = useApi();
  return useQuery('me', (signal) => getMe(api, signal));
}
