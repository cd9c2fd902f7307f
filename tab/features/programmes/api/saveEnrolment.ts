import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EnrolmentBody } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';
import { keys, refresh } from '../../../lib/queryClient';
import type { Enrolment } from './getEnrolments';

/** PUT /api/enrolments/:programmeId. Joining and changing are the same call; pausing sends paused: true. */
export function saveEnrolment(api: Api, { programmeId, ...body }: Enrolment): Promise<Enrolment> {
  return api.request<Enrolment>(`/api/enrolments/${programmeId}`, {
    method: 'PUT',
    body: body satisfies EnrolmentBody,
  });
}

export function useSaveEnrolment() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (enrolment: Enrolment) => saveEnrolment(api, enrolment),
    // Who the person is suggested, and to whom, follows what they offer and want.
    onSuccess: () => refresh(client, keys.enrolments, keys.suggestions),
  });
}
