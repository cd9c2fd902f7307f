import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { OpenProgramme, OpenProgrammes } from '../../../../server/programmes/schemas';
import { useApi, type Api } from '../../../lib/api';
import { useLocale } from '../../../lib/i18n';
import { keys } from '../../../lib/queryClient';

export type { OpenProgramme, OpenProgrammes };

/** GET /api/programmes: the programmes open to the person, and those they are in. */
export function getProgrammes(api: Api, signal?: AbortSignal): Promise<OpenProgrammes> {
  return api.request<OpenProgrammes>('/api/programmes', { signal });
}

export function useProgrammes() {
  const api = useApi();
  return useQuery({ queryKey: keys.programmes, queryFn: ({ signal }) => getProgrammes(api, signal) });
}

// The two programmes every tenant has, named before the list has loaded (and for a pair whose
// programme was archived since): one word less on screen is better than an id.
const STANDARD: Record<string, { en: string; it: string }> = {
  mentoring: { en: 'Mentoring', it: 'Mentoring' },
  reverse: { en: 'Reverse mentoring', it: 'Reverse mentoring' },
};

/** A programme's name in the reader's language, by id. */
export function useProgrammeName(): (id: string) => string {
  const { language } = useLocale();
  const { data } = useProgrammes();
  return useCallback(
    (id: string) => (data?.programmes.find((p) => p.id === id)?.names ?? STANDARD[id])?.[language] ?? '',
    [data, language],
  );
}

/** One programme the person sees, once the list has loaded. */
export function useProgramme(id: string): OpenProgramme | undefined {
  return useProgrammes().data?.programmes.find((p) => p.id === id);
}
