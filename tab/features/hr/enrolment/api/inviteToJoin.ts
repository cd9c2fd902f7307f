import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InviteRefusal, JoinInvitationsSent } from '../../../../../server/hr/schemas';
import { useApi, type Api } from '../../../../lib/api';
import { refresh } from '../../../../lib/queryClient';
import { enrolmentsKey } from './getEnrolments';

export type { InviteRefusal, JoinInvitationsSent };

/**
 * POST /api/admin/programmes/:id/invitations: each person gets a Teams notification that opens
 * the programme. All or none: `invitees_refused` (409) lists who cannot be invited and why.
 */
export function inviteToJoin(api: Api, programmeId: string, personIds: string[]): Promise<JoinInvitationsSent> {
  return api.request<JoinInvitationsSent>(`/api/admin/programmes/${encodeURIComponent(programmeId)}/invitations`, {
    method: 'POST',
    body: { personIds },
  });
}

export function useInviteToJoin() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ programmeId, personIds }: { programmeId: string; personIds: string[] }) =>
      inviteToJoin(api, programmeId, personIds),
    onSuccess: () => refresh(client, enrolmentsKey),
  });
}
