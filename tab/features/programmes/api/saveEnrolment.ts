import type { EnrolmentBody } from '../../../../server/matching/schemas';
import type { Api } from '../../../lib/api';
import type { Enrolment } from './getEnrolments';

/** PUT /api/enrolments/:track. Joining and changing are the same call; pausing sends paused: true. */
export function saveEnrolment(api: Api, { track, ...body }: Enrolment): Promise<Enrolment> {
  return api.request<Enrolment>(`/api/enrolments/${track}`, { method: 'PUT', body: body satisfies EnrolmentBody });
}
