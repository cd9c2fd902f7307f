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
  /** IANA zone from the person's mailbox settings: dates are shown in it. */
  timeZone?: string | null;
  /** The seniority level placed by the org sync, with the reasons for it; null before the first sync. */
  level?: { value: number } | number | null;
}

export function getMe(api: Api, signal?: AbortSignal): Promise<Me> {
  return api.request<Me>('/api/me', { signal });
}

export function useMe() {
  const api = useApi();
  return useQuery('me', (signal) => getMe(api, signal));
}
