import { randomUUID } from 'node:crypto';
import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { notify } from '../notify/outbox.js';
import { loadProgramme } from '../programmes/programmes.js';
import { TAB_PATHS } from '../teams-app.js';
import { decideJoinInvitations, repeatSince } from './invite.js';
import type { EnrolmentsQuery, JoinInvitationsSent, NewJoinInvitations, ProgrammeEnrolments } from './schemas.js';
import { enrolledPeople } from './store/enrolments.js';
import { insertProgrammeInvitations, invitedSince, lockProgrammeInvitations } from './store/invitations.js';
import { invitees } from './store/invitees.js';

export interface EnrolmentDeps {
  db: Db;
  clock: Clock;
}

/** Who joined the programme, as the filters keep them, a page at a time (store/enrolments.ts). */
export async function programmeEnrolments(
  deps: Pick<EnrolmentDeps, 'db'>,
  tenantId: string,
  programmeId: string,
  query: EnrolmentsQuery,
): Promise<ProgrammeEnrolments> {
  await loadProgramme(deps.db, tenantId, programmeId);
  const page = await enrolledPeople(deps.db, tenantId, programmeId, {
    role: query.role,
    search: query.search,
    department: query.department,
    office: query.office,
    limit: query.limit,
    offset: query.offset,
  });
  return {
    programmeId,
    counts: page.counts,
    departments: page.departments,
    offices: page.offices,
    total: page.total,
    offset: query.offset,
    limit: query.limit,
    enrolments: page.rows,
  };
}

/**
 * HR invites people to join a programme: each gets a Teams notification, in their language, that
 * opens the programme's page in the tab, where they join. All or none (invite.ts); the programme's
 * invitations are locked while deciding, so two batches at once cannot invite someone twice.
 */
export async function inviteToJoin(
  deps: EnrolmentDeps,
  tenantId: string,
  hrId: string,
  programmeId: string,
  body: NewJoinInvitations,
): Promise<JoinInvitationsSent> {
  const personIds = [...new Set(body.personIds.map((id) => id.toLowerCase()))];
  return deps.db.transaction(async (tx) => {
    const programme = await loadProgramme(tx, tenantId, programmeId);
    await lockProgrammeInvitations(tx, tenantId, programmeId);
    const now = deps.clock.now();
    const found = await invitees(tx, tenantId, programmeId, personIds);
    const recent = await invitedSince(tx, tenantId, programmeId, personIds, repeatSince(now));
    const decision = decideJoinInvitations(programme, personIds, found, recent, now, utcToday(deps.clock), randomUUID);
    if (decision.kind === 'refused') throw decision.error;
    await insertProgrammeInvitations(tx, tenantId, programmeId, hrId, decision.invitations);
    for (const i of decision.invitations) {
      const italian = found.get(i.personId)?.preferredLanguage?.toLowerCase().startsWith('it') === true;
      await notify(
        tx,
        tenantId,
        i.personId,
        'programmeInvitation',
        { programme: italian ? programme.names.it : programme.names.en },
        TAB_PATHS.programmes(programmeId),
      );
    }
    return { programmeId, invited: decision.invitations.map(({ personId, createdAt }) => ({ personId, createdAt })) };
  });
}
