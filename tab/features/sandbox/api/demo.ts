import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DemoStatus } from '../../../../server/sign-in-as/schemas';
import { useApi } from '../../../lib/api';

export type { DemoStatus };

const key = ['sandbox-demo'] as const;

/** GET /api/sandbox/demo: where the demo programme stands; read every second while it is prepared. */
export function useDemoStatus() {
  const api = useApi();
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.request<DemoStatus>('/api/sandbox/demo', { auth: false, signal }),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 1000 : false),
  });
}

/** POST /api/sandbox/demo/reset: answers at once (202) and prepares the programme in the background. */
export function useResetDemo() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.request<DemoStatus>('/api/sandbox/demo/reset', { method: 'POST', auth: false }),
    onSuccess: (status) => {
      client.setQueryData(key, status);
      // The people stay, but whoever signs in next finds a new programme: nothing cached is kept.
      void client.invalidateQueries({ queryKey: key });
    },
  });
}
