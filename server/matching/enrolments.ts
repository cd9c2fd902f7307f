import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import { tolerate, type WarnLog } from '../graph/tolerate.js';
import type { MailboxRefresher } from '../org/mailboxes.js';
import type { PeopleReader } from '../org/people.js';
import { checkEnrolment, draftEnrolment, trackRoles } from './enrol.js';
import { announceMentor } from './mentor-joined.js';
import { Track, type Enrolment, type Enrolments } from './schemas.js';
import { skillsFromProfile } from './skills.js';
import { loadEnrolments, lockEnrolment, saveEnrolment } from './store/enrolments.js';

// Joining and changing programmes.

export interface EnrolmentDeps {
  db: Db;
  clock: Clock;
  graph: Graph;
  people: Pick<PeopleReader, 'placement' | 'matchingFacts' | 'orgIndex'>;
  mailboxes: MailboxRefresher;
}

/**
 * The person's programmes, for each one they are not in yet a draft pre-filled from the
 * directory, and which roles of every programme are open to them.
 */
export async function enrolmentsOf(
  deps: EnrolmentDeps,
  log: WarnLog,
  tenantId: string,
  personId: string,
): Promise<Enrolments> {
  const mine = await loadEnrolments(deps.db, tenantId, personId);
  const me = await deps.people.placement(deps.db, tenantId, personId);
  const tracks = Track.enum.filter((t) => !mine.some((e) => e.track === t));
  // Skills listed in the person's profile start the draft; the profile is optional, so a failure costs nothing.
  const profileSkills =
    tracks.length > 0
      ? skillsFromProfile(
          await tolerate(log, 'profile skills', deps.graph.forTenant(tenantId).mailboxes.readSkills(personId), []),
        )
      : [];
  const drafts = tracks.map((t) => ({
    ...draftEnrolment(t, me?.preferredLanguage ?? null, me?.level ?? null),
    offers: profileSkills,
  }));
  return { enrolments: mine, drafts, roles: Track.enum.map((t) => trackRoles(t, me?.level ?? null)) };
}

/**
 * Joins or changes a programme, once the rules of joining allow it; answers the enrolment as saved.
 * A person who begins to take mentees there has the mentees waiting for one told, in the same
 * transaction (mentor-joined.ts).
 */
export async function enrol(
  deps: EnrolmentDeps,
  log: WarnLog,
  tenantId: string,
  personId: string,
  enrolment: Enrolment,
): Promise<Enrolment> {
  const me = await deps.people.placement(deps.db, tenantId, personId);
  checkEnrolment(enrolment, me?.level ?? null);
  if (me && me.mailboxFetchedAt === null) {
    // Matching compares working hours; read them now if the person has never been seen.
    await tolerate(log, 'mailbox settings', deps.mailboxes.refresh(tenantId, [personId], Infinity), new Set<string>());
  }
  return deps.db.transaction(async (tx) => {
    const before = await lockEnrolment(tx, tenantId, personId, enrolment.track);
    await saveEnrolment(tx, tenantId, personId, enrolment);
    await announceMentor(tx, deps, tenantId, personId, before, enrolment);
    return (await loadEnrolments(tx, tenantId, personId)).find((e) => e.track === enrolment.track)!;
  });
}
