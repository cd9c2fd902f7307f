import type { Queryable } from '../../db/db.js';
import { LIVE_PAIR_STATUSES, type ProgrammeId } from '../schemas.js';

// Who takes part in a programme as matching sees them, from matching's own tables: what they enrolled
// with, and for mentors the live pairs already counted against their capacity. Their place in the
// organisation comes from org's people reader (context.ts joins the two).

export interface PoolEnrolment {
  personId: string;
  asMentor: boolean;
  asMentee: boolean;
  offers: string[];
  wants: string[];
  goals: string[];
  languages: string[];
  capacity: number;
  /** Live pairs they mentor, in every programme (capacity holds across them). */
  load: number;
}

/** Everyone enrolled in the programme and not paused, by person id, in one statement. */
export async function poolEnrolments(
  q: Queryable,
  tenantId: string,
  programmeId: ProgrammeId,
): Promise<PoolEnrolment[]> {
  const rows = await q.query<{
    person_id: string;
    as_mentor: boolean;
    as_mentee: boolean;
    offers: string[];
    wants: string[];
    goals: string[];
    languages: string[];
    capacity: number;
    load: number;
  }>(
    `SELECT e.person_id, e.as_mentor, e.as_mentee, e.offers, e.wants, e.goals, e.languages, e.capacity,
            (SELECT count(*)::int FROM pairs x WHERE x.tenant_id = e.tenant_id AND x.mentor_id = e.person_id
               AND x.status = ANY($3::text[])) AS load
     FROM enrolments e
     WHERE e.tenant_id = $1 AND e.programme_id = $2 AND NOT e.paused
     ORDER BY e.person_id`,
    [tenantId, programmeId, LIVE_PAIR_STATUSES],
  );
  return rows.map((r) => ({
    personId: r.person_id,
    asMentor: r.as_mentor,
    asMentee: r.as_mentee,
    offers: r.offers,
    wants: r.wants,
    goals: r.goals,
    languages: r.languages,
    capacity: r.capacity,
    load: r.load,
  }));
}
