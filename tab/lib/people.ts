import { useQuery } from '@tanstack/react-query';
import type { People, PersonSummary } from '../../server/org/schemas';
import { ApiError, useApi, type Api } from './api';
import { keys } from './queryClient';

// GET /api/people/:id. Pairs and requests name people by id only; their names come from here,
// once per person per session: a colleague's name does not change while the tab is open.

export function getPerson(api: Api, id: string, signal?: AbortSignal): Promise<PersonSummary> {
  return api.request<PersonSummary>(`/api/people/${encodeURIComponent(id)}`, { signal });
}

export function usePerson(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: keys.person(id),
    queryFn: ({ signal }) => getPerson(api, id, signal),
    staleTime: Infinity,
    enabled,
  });
}

/**
 * GET /api/people/:id/photo as a data: URL, or null when the person has no photo (the tab shows
 * their initials). The API wants a bearer token, which an <img src> cannot send: the bytes come
 * through the API client and live in the query cache, once per person per session. A data: URL
 * (the tab's CSP allows it) needs no revoking, unlike an object URL, when the cache drops it.
 */
export async function getPersonPhoto(api: Api, id: string, signal?: AbortSignal): Promise<string | null> {
  try {
    const blob = await api.download(`/api/people/${encodeURIComponent(id)}/photo`, { signal });
    return dataUrl(blob);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function usePersonPhoto(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.person(id ?? ''), 'photo'],
    queryFn: ({ signal }) => getPersonPhoto(api, id!, signal),
    enabled: id !== undefined && id !== '',
    staleTime: Infinity,
    // A missing photo is an answer (null); a failure shows initials too, and is not worth a banner.
    retry: false,
  });
}

async function dataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and a photo has many.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type || 'image/jpeg'};base64,${btoa(binary)}`;
}

/** GET /api/people?search=: colleagues whose name or sign-in name starts with the words, for choosing one. */
export function searchPeople(api: Api, search: string, top: number, signal?: AbortSignal): Promise<People> {
  const query = new URLSearchParams({ search, top: String(top) });
  return api.request<People>(`/api/people?${query}`, { signal });
}

export function usePeopleSearch(search: string, { top = 8 }: { top?: number } = {}) {
  const api = useApi();
  const term = search.trim();
  return useQuery({
    queryKey: ['people', 'search', term, top],
    queryFn: ({ signal }) => searchPeople(api, term, top, signal),
    // Nothing typed yet: no list of the whole organisation.
    enabled: term.length >= 2,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
