import { utcToday, type Clock } from '../clock.js';
import type { Db, Queryable } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import { tolerate, type WarnLog } from '../graph/tolerate.js';
import type { MailboxRefresher } from '../org/mailboxes.js';
import type { Placement, PeopleReader } from '../org/people.js';
import { admits, checkJoin, loadProgramme, type Candidate } from '../programmes/programmes.js';
import { listProgrammes, type StoredProgramme } from '../programmes/store/programmes.js';
import { checkEnrolment, draftEnrolment, programmeRoles } from './enrol.js';
import { announceMentor } from './mentor-joined.js';
import type { Enrolment, Enrolments } from './schemas.js';
import { skillsFromProfile } from './skills.js';
import { loadEnrolments, lockEnrolment, saveEnrolment } from './store/enrolments.js';
import { invitedTo } from './store/invitations.js';

// Joining and changing programmes.

export interface EnrolmentDeps {
  db: Db;
  clock: Clock;
  graph: Graph;
  people: Pick<PeopleReader, 'placement' | 'matchingFacts' | 'orgIndex'>;
  mailboxes: MailboxRefresher;
}

const candidate = (me: Placement | undefined, invited: boolean): Candidate => ({
  level: me?.level ?? null,
  department: me?.department ?? null,
  officeLocation: me?.officeLocation ?? null,
  country: me?.country ?? null,
  invited,
});

/** The programmes a person sees: those that admit them and take people today, and those they are in. */
export async function programmesFor(
  q: Queryable,
  tenantId: string,
  personId: string,
  me: Placement | undefined,
  mine: readonly Enrolment[],
): Promise<StoredProgramme[]> {
  const [all, invited] = await Promise.all([listProgrammes(q, tenantId), invitedTo(q, tenantId, personId)]);
  return all.filter((p) =>
    mine.some((e) => e.programmeId === p.id)
      ? p.status !== 'archived' && p.status !== 'draft'
      : (p.status === 'open' || p.status === 'running') && admits(p, candidate(me, invited.has(p.id))),
  );
}

/**
 * The person's programmes, for each one open to them that they are not in yet a draft pre-filled
 * from the directory, and which roles of every programme they see are open to them.
 */
export async function enrolmentsOf(
  deps: EnrolmentDeps,
  log: WarnLog,
  tenantId: string,
  personId: string,
): Promise<Enrolments> {
  const mine = await loadEnrolments(deps.db, tenantId, personId);
  const me = await deps.people.placement(deps.db, tenantId, personId);
  const seen = await programmesFor(deps.db, tenantId, personId, me, mine);
  const toJoin = seen.filter((p) => !mine.some((e) => e.programmeId === p.id));
  // Skills listed in the person's profile start the draft; the profile is optional, so a failure costs nothing.
  const profileSkills =
    toJoin.length > 0
      ? skillsFromProfile(
          await tolerate(log, 'profile skills', deps.graph.forTenant(tenantId).mailboxes.readSkills(personId), []),
        )
      : [];
  const drafts = toJoin.map((p) => ({
    ...draftEnrolment(p, me?.preferredLanguage ?? null, me?.level ?? null),
    offers: profileSkills,
  }));
  return {
    enrolments: mine.filter((e) => seen.some((p) => p.id === e.programmeId)),
    drafts,
    roles: seen.map((p) => programmeRoles(p.id, p.kind, me?.level ?? null)),
  };
}

/**
 * Joins or changes a programme, once the rules of joining allow it; answers the enrolment as saved.
 * Joining needs the programme open today and admitting the person; someone already in it may
 * change how they take part while it runs. A person who begins to take mentees there has the
 * mentees waiting for one told, in the same transaction (mentor-joined.ts).
 */
export async function enrol(
  deps: EnrolmentDeps,
  log: WarnLog,
  tenantId: string,
  personId: string,
  enrolment: Enrolment,
): Promise<Enrolment> {
  const programme = await loadProgramme(deps.db, tenantId, enrolment.programmeId);
  const me = await deps.people.placement(deps.db, tenantId, personId);
  checkEnrolment(enrolment, programme.kind, me?.level ?? null);
  if (me && me.mailboxFetchedAt === null) {
    // Matching compares working hours; read them now if the person has never been seen.
    await tolerate(log, 'mailbox settings', deps.mailboxes.refresh(tenantId, [personId], Infinity), new Set<string>());
  }
  return deps.db.transaction(async (tx) => {
    const before = await lockEnrolment(tx, tenantId, personId, enrolment.programmeId);
    if (!before) {
      const invited = (await invitedTo(tx, tenantId, personId)).has(programme.id);
      checkJoin(programme, candidate(me, invited), utcToday(deps.clock));
    }
    await saveEnrolment(tx, tenantId, personId, enrolment);
    await announceMentor(tx, deps, tenantId, personId, before, enrolment);
    return (await loadEnrolments(tx, tenantId, personId)).find((e) => e.programmeId === enrolment.programmeId)!;
  });
}
