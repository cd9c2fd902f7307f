import type { Cadence, Enrolment, Enrolments, MeetingMinutes } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { useQuery } from '../../../lib/query';

export type { Cadence, Enrolment, Enrolments, MeetingMinutes };

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
  return useQuery('enrolments', (signal) => getEnrolments(api, signal));
}
