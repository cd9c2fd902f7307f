import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SyncRequest, SyncStatus } from '../../../../../server/org/schemas';
import { useApi, type Api } from '../../../../lib/api';
import { refresh } from '../../../../lib/queryClient';
import { hrKeys } from '../../keys';

export type { SyncStatus };

/** While a sync runs, its progress is asked for this often. */
export const SYNC_POLL_MS = 1000;

/** GET /api/admin/org-sync: how the tenant's org sync stands, with progress and the last result. */
export function getOrgSync(api: Api, signal?: AbortSignal): Promise<SyncStatus> {
  return api.request<SyncStatus>('/api/admin/org-sync', { signal });
}

export function useOrgSync() {
  const api = useApi();
  return useQuery({
    queryKey: hrKeys.orgSync,
    queryFn: ({ signal }) => getOrgSync(api, signal),
    // Followed while it runs, then left alone.
    refetchInterval: (query) => (query.state.data?.status === 'running' ? SYNC_POLL_MS : false),
  });
}

/** POST /api/admin/org-sync (202): starts a sync, or finds the one running. */
export function startOrgSync(api: Api, full: boolean): Promise<SyncStatus> {
  return api.request<SyncStatus>('/api/admin/org-sync', {
    method: 'POST',
    body: (full ? { full: true } : {}) satisfies SyncRequest,
  });
}

export function useStartOrgSync() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (full: boolean) => startOrgSync(api, full),
    onSuccess: (status) => {
      client.setQueryData(hrKeys.orgSync, status);
      // Levels move when it ends; the rules' preview counts from the copy it refreshes.
      refresh(client, hrKeys.titleRules);
    },
  });
}
