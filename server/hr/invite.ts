import { AppError } from '../errors.js';
import { roleOpening } from '../matching/enrol.js';
import { admits, joinableOn, statusOn } from '../programmes/programmes.js';
import type { StoredProgramme } from '../programmes/store/programmes.js';
import type { InviteRefusal, JoinInvitation } from './schemas.js';
import type { Invitee } from './store/invitees.js';

// HR inviting people to join a programme, as a pure decision: all of them or none, so HR sees at
// once everyone who cannot be invited, and why, before anyone is told.

/** The same person is invited to the same programme at most once in this many days. */
export const JOIN_INVITATION_REPEAT_DAYS = 7;
const DAY_MS = 86_400_000;

/** Invitations since this instant (epoch ms) count against inviting the same person again. */
export const repeatSince = (now: number): number => now - JOIN_INVITATION_REPEAT_DAYS * DAY_MS;

/**
 * Whether the person could join once invited: the programme's eligibility (levels, places) admits
 * them and their level lets them take one of its roles. A level not known yet (no org sync has
 * placed them) does not refuse them: joining checks it again.
 */
export function invitable(programme: StoredProgramme, p: Invitee): boolean {
  if (!admits(programme, { ...p, invited: true })) return false;
  return (['mentor', 'mentee'] as const).some((role) => {
    const opening = roleOpening(programme.kind, role, p.level);
    return opening.open || opening.reason === 'not_placed_yet';
  });
}

export type JoinInvitationsDecision =
  { kind: 'refused'; error: AppError } | { kind: 'decided'; invitations: (JoinInvitation & { id: string })[] };

/**
 * HR invites `personIds` to join the programme now (`today` "YYYY-MM-DD"). Refused whole: a
 * programme not open for joining; or anyone not in the organisation, in it already, outside its
 * eligibility, or invited to it in the last JOIN_INVITATION_REPEAT_DAYS (`recent`), each named with
 * the reason.
 */
export function decideJoinInvitations(
  programme: StoredProgramme,
  personIds: readonly string[],
  found: ReadonlyMap<string, Invitee>,
  recent: ReadonlySet<string>,
  now: number,
  today: string,
  newId: () => string,
): JoinInvitationsDecision {
  if (!joinableOn(programme, today)) {
    return {
      kind: 'refused',
      error: new AppError('programme_closed', 'This programme is not open for joining: nobody can be invited now.', {
        programmeId: programme.id,
        status: statusOn(programme, today),
      }),
    };
  }
  const refused: { personId: string; reason: InviteRefusal }[] = [];
  for (const personId of personIds) {
    const p = found.get(personId);
    const reason: InviteRefusal | undefined = !p
      ? 'person_not_found'
      : p.enrolled
        ? 'already_enrolled'
        : !invitable(programme, p)
          ? 'not_eligible'
          : recent.has(personId)
            ? 'invited_recently'
            : undefined;
    if (reason) refused.push({ personId, reason });
  }
  if (refused.length > 0) {
    return {
      kind: 'refused',
      error: new AppError(
        'invitees_refused',
        `${refused.length} of the people chosen cannot be invited, so nobody was. Remove them and send again.`,
        { people: refused },
      ),
    };
  }
  const createdAt = new Date(now).toISOString();
  return { kind: 'decided', invitations: personIds.map((personId) => ({ id: newId(), personId, createdAt })) };
}
