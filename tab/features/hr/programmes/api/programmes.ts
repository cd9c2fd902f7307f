import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Programme,
  ProgrammeBody,
  Programmes,
  ProgrammeTransition,
} from '../../../../../server/programmes/schemas';
import { useApi, type Api } from '../../../../lib/api';
import { keys, refresh } from '../../../../lib/queryClient';
import { hrKeys } from '../../keys';

export type { Programme, ProgrammeBody, ProgrammeTransition };

/** GET /api/admin/programmes: every programme of the tenant, archived last. */
export function getProgrammes(api: Api, signal?: AbortSignal): Promise<Programmes> {
  return api.request<Programmes>('/api/admin/programmes', { signal });
}

export function useProgrammes() {
  const api = useApi();
  return useQuery({ queryKey: hrKeys.programmes, queryFn: ({ signal }) => getProgrammes(api, signal) });
}

/** GET /api/admin/programmes/:programmeId. */
export function getProgramme(api: Api, id: string, signal?: AbortSignal): Promise<Programme> {
  return api.request<Programme>(`/api/admin/programmes/${encodeURIComponent(id)}`, { signal });
}

export function useProgramme(id: string) {
  const api = useApi();
  return useQuery({ queryKey: hrKeys.programme(id), queryFn: ({ signal }) => getProgramme(api, id, signal) });
}

/** What a change to a programme makes out of date: HR's lists, and what employees are offered. */
function changed(client: ReturnType<typeof useQueryClient>, programme: Programme) {
  client.setQueryData(hrKeys.programme(programme.id), programme);
  refresh(client, hrKeys.programmes, keys.programmes, keys.enrolments);
}

/** POST /api/admin/programmes (201): a new programme, as a draft. */
export function useCreateProgramme() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeBody) =>
      api.request<Programme>('/api/admin/programmes', { method: 'POST', body: body satisfies ProgrammeBody }),
    onSuccess: (programme) => changed(client, programme),
  });
}

/** PUT /api/admin/programmes/:programmeId: the whole programme. */
export function useSaveProgramme(id: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeBody) =>
      api.request<Programme>(`/api/admin/programmes/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: body satisfies ProgrammeBody,
      }),
    onSuccess: (programme) => changed(client, programme),
  });
}

/** POST /api/admin/programmes/:programmeId/{open,close,archive}. */
export function useMoveProgramme() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, move }: { id: string; move: ProgrammeTransition }) =>
      api.request<Programme>(`/api/admin/programmes/${encodeURIComponent(id)}/${move}`, { method: 'POST' }),
    onSuccess: (programme) => changed(client, programme),
  });
}
