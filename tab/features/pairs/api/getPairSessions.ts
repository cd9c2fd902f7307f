import { useQuery } from '@tanstack/react-query';
import type { Meetings } from '../../../../server/scheduling/schemas';
import { useApi } from '../../../lib/api';
import { keys } from '../../../lib/queryClient';

// The pair card says what pausing or ending cancels, so it reads GET /api/meetings too. A feature
// does not import another (STYLE.md), so this is the same request under the same key as the
// meetings feature's: TanStack Query keeps one copy and asks once, whichever view asks first.

/**
 * The sessions still booked for a pair (going ahead, not yet started); undefined until known.
 * Asked only while `enabled` (a question is open), though what is cached already counts.
 */
export function usePairSessions(pairId: string, enabled = true): { booked: number | undefined } {
  const api = useApi();
  const query = useQuery({
    queryKey: keys.meetings,
    queryFn: ({ signal }) => api.request<Meetings>('/api/meetings', { signal }),
    enabled,
  });
  if (!query.data) return { booked: undefined };
  const booked = query.data.series
    .filter((s) => s.pairId === pairId)
    .flatMap((s) => s.upcoming)
    .filter((o) => o.status === 'scheduled' || o.status === 'rescheduling').length;
  return { booked };
}
