import { AppError } from '../errors.js';
import { roleOpening } from './enrol.js';
import type { Invitation, ProgrammeId, ProgrammeKind } from './schemas.js';

// Inviting a colleague to mentor, as a pure decision: the first mentee of an empty programme asks
// someone to join it as a mentor, with a Teams notification. It must not become a way to pester.

/** The same person is not invited to the same programme twice within this many days. */
export const INVITATION_REPEAT_DAYS = 14;
/** At most this many invitations per person in any 24 hours. */
export const INVITATIONS_PER_DAY = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What deciding needs to know of the person invited. */
export interface Invitee {
  /** Absent from the caller's organisation (or gone from it). */
  found: boolean;
  /** Null until an org sync has placed them. */
  level: number | null;
  /** Takes part as a mentor in the programme already. */
  mentoring: boolean;
}

/**
 * Whether `inviter` may invite `personId` to mentor in `programmeId` now, given the invitations they
 * sent in the last INVITATION_REPEAT_DAYS (oldest first). Refused: themselves; someone not in their
 * organisation; someone whose level does not let them mentor there (unknown yet is let through);
 * someone mentoring there already; the same invitation again; more than INVITATIONS_PER_DAY.
 */
export function decideInvitation(
  input: { personId: string; programmeId: ProgrammeId; kind: ProgrammeKind },
  inviter: string,
  invitee: Invitee,
  sent: readonly (Pick<Invitation, 'personId' | 'programmeId'> & { createdAtMs: number })[],
  now: number,
  id: string,
): { kind: 'refused'; error: AppError } | { kind: 'decided'; invitation: Invitation } {
  const refuse = (error: AppError) => ({ kind: 'refused' as const, error });
  if (input.personId === inviter)
    return refuse(new AppError('cannot_invite_yourself', 'Invite a colleague: you cannot invite yourself.'));
  if (!invitee.found) return refuse(new AppError('person_not_found', 'No such person in your organisation.'));
  const opening = roleOpening(input.kind, 'mentor', invitee.level);
  if (!opening.open && opening.reason !== 'not_placed_yet') {
    return refuse(
      new AppError('invitee_not_eligible', 'That colleague cannot mentor in this programme.', {
        reason: opening.reason,
      }),
    );
  }
  if (invitee.mentoring)
    return refuse(new AppError('already_mentoring', 'That colleague already mentors in this programme.'));
  const repeatSince = now - INVITATION_REPEAT_DAYS * DAY_MS;
  if (
    sent.some(
      (s) => s.personId === input.personId && s.programmeId === input.programmeId && s.createdAtMs > repeatSince,
    )
  ) {
    return refuse(
      new AppError('already_invited', `You invited this colleague in the last ${INVITATION_REPEAT_DAYS} days.`),
    );
  }
  const lastDay = sent.filter((s) => s.createdAtMs > now - DAY_MS);
  if (lastDay.length >= INVITATIONS_PER_DAY) {
    // Free again once the oldest of the day's invitations is 24 hours old.
    const retryAfterSeconds = Math.max(1, Math.ceil((lastDay[0]!.createdAtMs + DAY_MS - now) / 1000));
    return refuse(
      new AppError(
        'too_many_invitations',
        `You have sent ${INVITATIONS_PER_DAY} invitations in the last 24 hours. Try again later.`,
        undefined,
        { retryAfterSeconds },
      ),
    );
  }
  return {
    kind: 'decided',
    invitation: {
      id,
      personId: input.personId,
      programmeId: input.programmeId,
      createdAt: new Date(now).toISOString(),
    },
  };
}
