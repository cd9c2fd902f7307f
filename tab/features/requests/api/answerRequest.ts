import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Answered, RequestAnswer } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys, refresh } from '../../../lib/queryClient';

/** POST /api/requests/:id/accept or /decline. Accepting creates the pair (not read here). */
export function answerRequest(api: Api, id: string, answer: RequestAnswer): Promise<Answered> {
  return api.request<Answered>(`/api/requests/${encodeURIComponent(id)}/${answer}`, { method: 'POST' });
}

export function useAnswerRequest() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: RequestAnswer }) => answerRequest(api, id, answer),
    // Accepting makes a pair, whose meetings Tandem then books, and takes a mentor's place.
    onSuccess: () => refresh(client, keys.requests, keys.pairs, keys.meetings, keys.suggestions),
  });
}
