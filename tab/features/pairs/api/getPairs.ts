import { useQuery } from '@tanstack/react-query';
import type { LivePairStatus, Pair, Pairs, PairStatus } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys } from '../../../lib/queryClient';

export type { Pair, PairStatus };

// Typed from the server's LIVE_PAIR_STATUSES, so the two cannot disagree, and keyed by every
// status, so one the server adds fails the type-check here.
const LIVE: { [S in PairStatus]: S extends LivePairStatus ? true : false } = {
  proposed: true,
  active: true,
  paused: true,
  completed: false,
  ended: false,
};

/** Whether the pair still holds its two people (proposed, active or paused). */
export function isLive(pair: Pick<Pair, 'status'>): boolean {
  return LIVE[pair.status];
}

/** GET /api/pairs: every pair the person is or was in, newest first. */
export function getPairs(api: Api, signal?: AbortSignal): Promise<Pairs> {
  return api.request<Pairs>('/api/pairs', { signal });
}

export function usePairs() {
  const api = useApi();
  return useQuery({ queryKey: keys.pairs, queryFn: ({ signal }) => getPairs(api, signal) });
}
