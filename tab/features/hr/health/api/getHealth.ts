import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { HealthLabel, PairHealth, ProgrammeHealth } from '../../../../../server/hr/schemas';
import { useApi, type Api } from '../../../../lib/api';
import { hrKeys } from '../../keys';

export type { HealthLabel, PairHealth, ProgrammeHealth };

export interface HealthPage {
  programmeId: string;
  label: HealthLabel | undefined;
  offset: number;
  limit: number;
}

/** Every programme's health answers: a pair nudged or ended changes them. */
export const healthKey = [...hrKeys.all, 'health'] as const;

/** GET /api/admin/programmes/:id/health: a page of the programme's live pairs, labelled. */
export function getHealth(api: Api, page: HealthPage, signal?: AbortSignal): Promise<ProgrammeHealth> {
  const query = new URLSearchParams({ offset: String(page.offset), limit: String(page.limit) });
  if (page.label) query.set('label', page.label);
  return api.request<ProgrammeHealth>(`/api/admin/programmes/${encodeURIComponent(page.programmeId)}/health?${query}`, {
    signal,
  });
}

export function useHealth(page: HealthPage) {
  const api = useApi();
  return useQuery({
    queryKey: [...healthKey, page.programmeId, page.label ?? 'all', page.offset, page.limit],
    queryFn: ({ signal }) => getHealth(api, page, signal),
    // The page shown stays while the next one loads: no jump to a spinner between pages.
    placeholderData: keepPreviousData,
  });
}
