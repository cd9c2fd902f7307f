import type { PairAction } from '../../../../server/matching/schemas';
import type { Api } from '../../../lib/api';
import type { Pair } from './getPairs';

export type { PairAction };

/** POST /api/pairs/:id/:action. The server refuses a move the pair's status does not allow (409). */
export function changePair(api: Api, id: string, action: PairAction): Promise<Pair> {
  return api.request<Pair>(`/api/pairs/${encodeURIComponent(id)}/${action}`, { method: 'POST', body: {} });
}

/** The moves a pair's status allows, as the server's lifecycle defines them (server/matching/decide.ts). */
export function actionsFor(pair: Pair, me: string): PairAction[] {
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
