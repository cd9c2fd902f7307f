import type { Queryable } from '../../db/db.js';
import type { Dimension } from '../schemas.js';
import { generationOf, params, peopleOfPairs, personFilter, SCOPE_PAIRS, REF, type Scope } from './scope.js';

/** Counts of one group: the organisation's people in it, and those of them enrolled. */
export interface GroupCounts {
  dimension: Dimension | null;
  key: string | null;
  organisation: number;
  participants: number;
}

export interface ParticipationCounts {
  enrolled: number;
  mentors: number;
  mentees: number;
  matched: number;
  groups: GroupCounts[];
}

/**
 * The organisation at the period's end (people in the directory then, in the filter), each marked
 * enrolled (in the programme(s), before the end) and matched (in a pair of the selection), counted
 * whole and by office, department, level and generation in one pass (GROUPING SETS).
 */
export async function participationCounts(q: Queryable, s: Scope): Promise<ParticipationCounts> {
  const rows = await q.query<{
    g_office: number;
    g_department: number;
    g_level: number;
    g_generation: number;
    office: string | null;
    department: string | null;
    level: string | null;
    generation: string | null;
    organisation: number;
    participants: number;
    mentors: number;
    mentees: number;
    matched: number;
  }>(
    `WITH ${SCOPE_PAIRS},
     org AS (
       SELECT p.id, p.office_location AS office, p.department, p.level::text AS level, ${generationOf('p')} AS generation
       FROM people p
       WHERE p.tenant_id = $1 AND (p.removed_at IS NULL OR p.removed_at >= ${REF})
         AND (p.hire_date IS NULL OR p.hire_date < (${REF} AT TIME ZONE 'UTC')) AND ${personFilter('p')}
     ),
     enrolled AS (
       SELECT e.person_id, bool_or(e.as_mentor) AS mentor, bool_or(e.as_mentee) AS mentee
       FROM enrolments e
       WHERE e.tenant_id = $1 AND ($2::text IS NULL OR e.programme_id = $2) AND e.created_at < ${REF}
       GROUP BY e.person_id
     ),
     matched AS (
       SELECT mentor_id AS person_id FROM scope_pairs UNION SELECT mentee_id FROM scope_pairs
     )
     SELECT GROUPING(org.office)::int AS g_office, GROUPING(org.department)::int AS g_department,
            GROUPING(org.level)::int AS g_level, GROUPING(org.generation)::int AS g_generation,
            org.office, org.department, org.level, org.generation,
            count(*)::int AS organisation, count(e.person_id)::int AS participants,
            count(*) FILTER (WHERE e.mentor)::int AS mentors, count(*) FILTER (WHERE e.mentee)::int AS mentees,
            count(m.person_id)::int AS matched
     FROM org LEFT JOIN enrolled e ON e.person_id = org.id LEFT JOIN matched m ON m.person_id = org.id
     GROUP BY GROUPING SETS ((), (org.office), (org.department), (org.level), (org.generation))`,
    params(s),
  );
  const whole = rows.find((r) => r.g_office && r.g_department && r.g_level && r.g_generation);
  const groups = rows.flatMap((r): GroupCounts[] => {
    const dimension: Dimension | null = !r.g_office
      ? 'office'
      : !r.g_department
        ? 'department'
        : !r.g_level
          ? 'level'
          : !r.g_generation
            ? 'generation'
            : null;
    if (!dimension) return [];
    return [{ dimension, key: r[dimension], organisation: r.organisation, participants: r.participants }];
  });
  return {
    enrolled: whole?.participants ?? 0,
    mentors: whole?.mentors ?? 0,
    mentees: whole?.mentees ?? 0,
    matched: whole?.matched ?? 0,
    groups,
  };
}

export interface PairCounts {
  pairs: number;
  active: number;
  /** Distinct people in those pairs. */
  people: number;
  activePeople: number;
}

/** The matched pairs of the selection, those active today, and how many people each counts. */
export async function pairCounts(q: Queryable, s: Scope): Promise<PairCounts> {
  const rows = await q.query<PairCounts>(
    `WITH ${SCOPE_PAIRS}, active AS (SELECT * FROM scope_pairs WHERE status = 'active')
     SELECT (SELECT count(*)::int FROM scope_pairs) AS pairs, (SELECT count(*)::int FROM active) AS active,
            ${peopleOfPairs('scope_pairs')} AS people, ${peopleOfPairs('active')} AS "activePeople"`,
    params(s),
  );
  return rows[0]!;
}
