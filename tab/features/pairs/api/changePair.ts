import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { PairAction } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys, refresh } from '../../../lib/queryClient';
import type { Pair } from './getPairs';

export type { PairAction };

/** POST /api/pairs/:id/:action. The server refuses a move the pair's status does not allow (409). */
export function changePair(api: Api, id: string, action: PairAction): Promise<Pair> {
  return api.request<Pair>(`/api/pairs/${encodeURIComponent(id)}/${action}`, { method: 'POST', body: {} });
}

/**
 * After a pair changes, every view that shows it is out of date: its meetings are cancelled or
 * booked again, the mentor's places and the suggestions change, requests between the two close,
 * and Home's next step (from the enrolments) moves on.
 */
export function refreshAfterPairChange(client: QueryClient): void {
  refresh(client, keys.pairs, keys.meetings, keys.suggestions, keys.requests, keys.enrolments);
}

export function useChangePair() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: PairAction }) => changePair(api, id, action),
    onSuccess: () => refreshAfterPairChange(client),
  });
}

/** What the card offers for a pair: the server's actions, and pausing (its own route, with an end date). */
export type PairMove = PairAction | 'pause';

/** The moves a pair's status allows, as the server's lifecycle defines them (server/matching/decide.ts). */
export function actionsFor(pair: Pair, me: string): PairMove[] {
  const mine = pair.mentorId === me ? pair.mentorConfirmed : pair.menteeConfirmed;
  switch (pair.status) {
    case 'proposed':
      return mine ? ['end'] : ['confirm', 'end'];
    case 'active':
      return ['pause', 'complete', 'end'];
    case 'paused':
      return ['resume', 'complete', 'end'];
    case 'completed':
    case 'ended':
      return [];
  }
}
