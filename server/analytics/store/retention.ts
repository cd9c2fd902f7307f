import type { Queryable } from '../../db/db.js';
import { params, personFilter, REF, type Scope } from './scope.js';

export interface RetentionCounts {
  months: 6 | 12;
  /** Participants at the anchor, and those still in the directory at the period's end. */
  participants: number;
  participantsRetained: number;
  /** Non-participants in the participants' groups (level, department, tenure band). */
  comparison: number;
  /** Their retention in each group, weighted by the participants of that group; null: no such group. */
  comparisonRate: number | null;
}

/**
 * Retention after 6 and 12 months. The anchor is the period's end minus that many months. People
 * in the directory at the anchor (in the filter) are participants if they were in a matched pair
 * of the programme(s) formed by then (and in the period), non-participants if they never enrolled
 * nor were paired in any programme; retained: still in the directory at the period's end (leavers
 * are marked by org sync). Each is grouped by level, department and tenure band at the anchor;
 * the comparison rate is the non-participants' rate of each group, weighted by the participants
 * in it (groups with participants and non-participants both).
 */
export async function retentionCounts(q: Queryable, s: Scope): Promise<RetentionCounts[]> {
  return q.query<RetentionCounts>(
    `WITH w AS (
       -- Month arithmetic on UTC wall time, so the session's time zone changes nothing.
       SELECT m, (a AT TIME ZONE 'UTC') AS anchor, a::date AS anchor_day
       FROM (VALUES (6), (12)) v(m), LATERAL (SELECT (${REF} AT TIME ZONE 'UTC') - make_interval(months => m) AS a) x
     ),
     part AS (
       SELECT w.m, x.person_id
       FROM w CROSS JOIN LATERAL (
         SELECT pr.mentor_id AS person_id FROM pairs pr
         WHERE pr.tenant_id = $1 AND ($2::text IS NULL OR pr.programme_id = $2) AND pr.mentor_confirmed AND pr.mentee_confirmed
           AND pr.created_at >= $3::timestamptz AND pr.created_at <= w.anchor
         UNION
         SELECT pr.mentee_id FROM pairs pr
         WHERE pr.tenant_id = $1 AND ($2::text IS NULL OR pr.programme_id = $2) AND pr.mentor_confirmed AND pr.mentee_confirmed
           AND pr.created_at >= $3::timestamptz AND pr.created_at <= w.anchor
       ) x
     ),
     ever AS (
       SELECT person_id FROM enrolments WHERE tenant_id = $1
       UNION SELECT mentor_id FROM pairs WHERE tenant_id = $1
       UNION SELECT mentee_id FROM pairs WHERE tenant_id = $1
     ),
     present AS (
       SELECT w.m, p.id, p.level, p.department,
              CASE WHEN p.hire_date IS NULL THEN 'unknown'
                   WHEN w.anchor_day - p.hire_date < 365 THEN '0-1'
                   WHEN w.anchor_day - p.hire_date < 3 * 365 THEN '1-3'
                   WHEN w.anchor_day - p.hire_date < 5 * 365 THEN '3-5'
                   WHEN w.anchor_day - p.hire_date < 10 * 365 THEN '5-10'
                   ELSE '10+' END AS band,
              (p.removed_at IS NULL OR p.removed_at >= ${REF}) AS retained,
              (part.person_id IS NOT NULL) AS participant,
              (part.person_id IS NULL AND ever.person_id IS NULL) AS non_participant
       FROM w JOIN people p ON p.tenant_id = $1 AND (p.removed_at IS NULL OR p.removed_at > w.anchor)
                            AND (p.hire_date IS NULL OR p.hire_date <= w.anchor_day)
       LEFT JOIN part ON part.m = w.m AND part.person_id = p.id
       LEFT JOIN ever ON ever.person_id = p.id
       WHERE ${personFilter('p')}
     ),
     groups AS (
       SELECT m, level, department, band,
              count(*) FILTER (WHERE participant) AS n_p,
              count(*) FILTER (WHERE participant AND retained) AS r_p,
              count(*) FILTER (WHERE non_participant) AS n_c,
              count(*) FILTER (WHERE non_participant AND retained) AS r_c
       FROM present GROUP BY m, level, department, band
     )
     SELECT w.m::int AS months,
            coalesce(sum(n_p), 0)::int AS participants,
            coalesce(sum(r_p), 0)::int AS "participantsRetained",
            coalesce(sum(n_c) FILTER (WHERE n_p > 0), 0)::int AS comparison,
            (sum(n_p * r_c::float8 / n_c) FILTER (WHERE n_p > 0 AND n_c > 0)
              / nullif(sum(n_p) FILTER (WHERE n_p > 0 AND n_c > 0), 0))::float8 AS "comparisonRate"
     FROM w LEFT JOIN groups g ON g.m = w.m
     GROUP BY w.m ORDER BY w.m`,
    params(s),
  );
}
