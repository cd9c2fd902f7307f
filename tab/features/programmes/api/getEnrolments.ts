import { useQuery } from '@tanstack/react-query';
import type {
  Cadence,
  Enrolment,
  Enrolments,
  MeetingMinutes,
  ProgrammeRoles,
} from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys } from '../../../lib/queryClient';

export type { Cadence, Enrolment, Enrolments, MeetingMinutes, ProgrammeRoles };

/**
 * GET /api/enrolments: the programmes the person is in, and for each one they are not in yet a
 * draft pre-filled from the directory (their language, the roles their level allows, skills
 * from their profile).
 */
export function getEnrolments(api: Api, signal?: AbortSignal): Promise<Enrolments> {
  return api.request<Enrolments>('/api/enrolments', { signal });
}

export function useEnrolments() {
  const api = useApi();
  return useQuery({ queryKey: keys.enrolments, queryFn: ({ signal }) => getEnrolments(api, signal) });
}
