import { useMutation } from '@tanstack/react-query';
import type { Invitation, NewInvitation } from '../../../../server/matching/schemas';
import { useApi, type Api } from '../../../lib/api';

export type { Invitation, NewInvitation };

/** POST /api/invitations: asks a colleague to mentor in a programme; they get a Teams notification. */
export function sendInvitation(api: Api, invitation: NewInvitation): Promise<Invitation> {
  return api.request<Invitation>('/api/invitations', { method: 'POST', body: invitation });
}

/** Nothing on screen changes: the colleague decides in their own time, and joining shows as a suggestion. */
export function useSendInvitation() {
  const api = useApi();
  return useMutation({ mutationFn: (invitation: NewInvitation) => sendInvitation(api, invitation) });
}
