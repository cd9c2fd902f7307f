import { useApi, type Api } from '../../../lib/api';
import type { MatchReason, Track } from '../../../lib/matching';
import { useQuery } from '../../../lib/query';

export type PairStatus = 'proposed' | 'active' | 'paused' | 'completed' | 'ended';

export interface Pair {
  id: string;
  track: Track;
  mentorId: string;
  menteeId: string;
  /** proposed (by a programme round, until both confirm), active, paused, completed or ended. */
  status: PairStatus | (string & {});
  /** request or round. */
  source: string;
  score: number;
  reasons: MatchReason[];
  mentorConfirmed: boolean;
  menteeConfirmed: boolean;
  endedReason?: string | null;
  flag?: string | null;
  createdAt: string;
}

/** GET /api/pairs: every pair the person is or was in, newest first. */
export function getPairs(api: Api, signal?: AbortSignal): Promise<{ pairs: Pair[] }> {
  return api.request('/api/pairs', { signal });
}

export function usePairs() {
  const api = useApi();
  return useQuery('pairs', (signal) => getPairs(api, signal));
}
