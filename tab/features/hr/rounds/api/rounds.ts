import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChoiceBody,
  NewRound,
  ProposedPairs,
  Published,
  Round,
  Rounds,
  UnmatchedMentees,
} from '../../../../../server/matching/round-schemas';
import type { Programmes } from '../../../../../server/programmes/schemas';
import { useApi, type Api } from '../../../../lib/api';
import { keys, refresh } from '../../../../lib/queryClient';
import { roundKeys } from '../keys';

export type { ChoiceBody, ProposedPairs, Published, Round, UnmatchedMentees };
export type Programme = Programmes['programmes'][number];

/** While a preview is queued or running, its progress is asked for this often. */
export const ROUND_POLL_MS = 1000;
/** Rows per page: enough to scan, few enough that a 20,000-mentee round never reaches the browser whole. */
export const PAGE_SIZE = 50;

export const isRunning = (round: Pick<Round, 'run'> | undefined) => round?.run === 'queued' || round?.run === 'running';

/** GET /api/admin/programmes: the programmes HR may run rounds in. */
export function useProgrammes() {
  const api = useApi();
  return useQuery({
    queryKey: roundKeys.programmes,
    queryFn: ({ signal }) => api.request<Programmes>('/api/admin/programmes', { signal }),
  });
}

/** GET /api/admin/rounds?programmeId=: the programme's rounds, newest first. */
export function useRounds(programmeId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: roundKeys.list(programmeId ?? ''),
    queryFn: ({ signal }) =>
      api.request<Rounds>(`/api/admin/rounds?programmeId=${encodeURIComponent(programmeId!)}`, { signal }),
    enabled: programmeId !== undefined,
  });
}

export function getRound(api: Api, id: string, signal?: AbortSignal): Promise<Round> {
  return api.request<Round>(`/api/admin/rounds/${id}`, { signal });
}

/** GET /api/admin/rounds/:id, followed while its preview is queued or running. */
export function useRound(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: roundKeys.round(id ?? ''),
    queryFn: ({ signal }) => getRound(api, id!, signal),
    enabled: id !== undefined,
    refetchInterval: (query) => (isRunning(query.state.data) ? ROUND_POLL_MS : false),
  });
}

/** Which result a round's pages are: a run's, and whether it has finished. */
const versionOf = (round: Round) => `${round.runs}:${round.run}`;

const pageQuery = (offset: number, search: string) =>
  `offset=${offset}&limit=${PAGE_SIZE}${search ? `&search=${encodeURIComponent(search)}` : ''}`;

/** GET /api/admin/rounds/:id/pairs: one page of the proposed pairs, best first. */
export function useRoundPairs(round: Round, offset: number, search: string) {
  const api = useApi();
  return useQuery({
    queryKey: roundKeys.pairs(round.id, versionOf(round), offset, search),
    queryFn: ({ signal }) =>
      api.request<ProposedPairs>(`/api/admin/rounds/${round.id}/pairs?${pageQuery(offset, search)}`, { signal }),
    enabled: round.result !== null,
    // The page on screen stays while the next one comes.
    placeholderData: keepPreviousData,
  });
}

/** GET /api/admin/rounds/:id/unmatched: one page of the mentees left without a mentor. */
export function useRoundUnmatched(round: Round, offset: number, search: string) {
  const api = useApi();
  return useQuery({
    queryKey: roundKeys.unmatched(round.id, versionOf(round), offset, search),
    queryFn: ({ signal }) =>
      api.request<UnmatchedMentees>(`/api/admin/rounds/${round.id}/unmatched?${pageQuery(offset, search)}`, {
        signal,
      }),
    enabled: round.result !== null,
    placeholderData: keepPreviousData,
  });
}

/** The answer becomes the round's cached state, and the programme's list is asked again. */
function useRoundMutation<V>(send: (api: Api, v: V) => Promise<Round>) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: V) => send(api, v),
    onSuccess: (round) => {
      client.setQueryData(roundKeys.round(round.id), round);
      refresh(client, roundKeys.list(round.programmeId));
    },
  });
}

/** POST /api/admin/rounds (202): a new preview over everyone waiting in the programme. */
export function useStartRound() {
  return useRoundMutation((api, programmeId: string) =>
    api.request<Round>('/api/admin/rounds', { method: 'POST', body: { programmeId } satisfies NewRound }),
  );
}

/** POST /api/admin/rounds/:id/run (202): the preview again, with HR's locks and exclusions. */
export function useRerunRound() {
  return useRoundMutation((api, id: string) => api.request<Round>(`/api/admin/rounds/${id}/run`, { method: 'POST' }));
}

/** PUT /api/admin/rounds/:id/choices: lock a pair in, exclude it, or neither. */
export function useChoose() {
  return useRoundMutation((api, { id, ...body }: ChoiceBody & { id: string }) =>
    api.request<Round>(`/api/admin/rounds/${id}/choices`, { method: 'PUT', body: body satisfies ChoiceBody }),
  );
}

/** POST /api/admin/rounds/:id/publish: each pair proposed to both people. */
export function usePublishRound() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.request<Published>(`/api/admin/rounds/${id}/publish`, { method: 'POST' }),
    onSuccess: ({ round }) => {
      client.setQueryData(roundKeys.round(round.id), round);
      // HR's own pairs may be among those proposed.
      refresh(client, roundKeys.list(round.programmeId), keys.pairs);
    },
  });
}
