import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EnrolledPerson, EnrolmentRole, ProgrammeEnrolments } from '../../../../../server/hr/schemas';
import { useApi, type Api } from '../../../../lib/api';
import { hrKeys } from '../../keys';

export type { EnrolledPerson, EnrolmentRole, ProgrammeEnrolments };

export interface EnrolmentFilters {
  programmeId: string;
  role: EnrolmentRole | undefined;
  search: string;
  department: string | undefined;
  office: string | undefined;
  offset: number;
  limit: number;
}

/** Every programme's enrolment lists: an invitation or a pair's end may change them. */
export const enrolmentsKey = [...hrKeys.all, 'enrolments'] as const;

/** GET /api/admin/programmes/:id/enrolments: who joined, filtered, a page at a time. */
export function getEnrolments(api: Api, f: EnrolmentFilters, signal?: AbortSignal): Promise<ProgrammeEnrolments> {
  const query = new URLSearchParams({ offset: String(f.offset), limit: String(f.limit), search: f.search });
  if (f.role) query.set('role', f.role);
  if (f.department) query.set('department', f.department);
  if (f.office) query.set('office', f.office);
  return api.request<ProgrammeEnrolments>(
    `/api/admin/programmes/${encodeURIComponent(f.programmeId)}/enrolments?${query}`,
    { signal },
  );
}

export function useEnrolments(f: EnrolmentFilters) {
  const api = useApi();
  return useQuery({
    queryKey: [...enrolmentsKey, f],
    queryFn: ({ signal }) => getEnrolments(api, f, signal),
    placeholderData: keepPreviousData,
  });
}
