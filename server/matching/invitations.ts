import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { notify } from '../notify/outbox.js';
import type { PeopleReader } from '../org/people.js';
import { loadProgramme } from '../programmes/programmes.js';
import { TAB_PATHS } from '../teams-app.js';
import { decideInvitation, INVITATION_REPEAT_DAYS } from './invite.js';
import type { Invitation, NewInvitation } from './schemas.js';
import { loadEnrolments } from './store/enrolments.js';
import { insertInvitation, invitationsSince, lockInviter } from './store/invitations.js';

export interface InvitationDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'contacts' | 'placement'>;
}

/**
 * A person invites a colleague to mentor in a programme (invite.ts says who may be invited): the
 * colleague gets a Teams notification that opens the programme in the tab. The inviter's
 * invitations are locked while deciding, so two at once cannot both pass the limits.
 */
export async function invite(
  deps: InvitationDeps,
  tenantId: string,
  inviterId: string,
  input: NewInvitation,
): Promise<Invitation> {
  const personId = input.personId.toLowerCase();
  const programme = await loadProgramme(deps.db, tenantId, input.programmeId);
  const contacts = await deps.people.contacts(deps.db, tenantId, [inviterId, personId]);
  const found = contacts.get(personId)?.current === true;
  const placement = found ? await deps.people.placement(deps.db, tenantId, personId) : undefined;
  const mentoring = found
    ? (await loadEnrolments(deps.db, tenantId, personId)).some((e) => e.programmeId === input.programmeId && e.asMentor)
    : false;
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await lockInviter(tx, tenantId, inviterId);
    const sent = await invitationsSince(tx, tenantId, inviterId, now - INVITATION_REPEAT_DAYS * 24 * 60 * 60 * 1000);
    const decision = decideInvitation(
      { personId, programmeId: input.programmeId, kind: programme.kind },
      inviterId,
      { found, level: placement?.level ?? null, mentoring },
      sent,
      now,
      randomUUID(),
    );
    if (decision.kind === 'refused') throw decision.error;
    await insertInvitation(tx, tenantId, inviterId, decision.invitation);
    await notify(
      tx,
      tenantId,
      personId,
      'mentorInvited',
      { person: contacts.get(inviterId)?.displayName ?? '', programme: programme.names.en },
      TAB_PATHS.programmes(input.programmeId),
    );
    return decision.invitation;
  });
}
