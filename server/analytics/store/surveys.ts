import type { Queryable } from '../../db/db.js';
import { params, personFilter, REF, type Scope } from './scope.js';

export interface MomentAnswers {
  moment: 'start' | 'midpoint' | 'end';
  /** Distinct people who answered at this moment, and those who rated a skill. */
  people: number;
  skillPeople: number;
  /** Mean over surveys of each survey's mean skill confidence (1-5). */
  skillConfidence: number | null;
  motivation: number | null;
  /** Net promoter score: % answering 9-10 minus % answering 0-6 ("would you recommend", 0-10). */
  nps: number | null;
}

/**
 * Pulse survey answers (migration 009's tables) of the programme(s), answered in the period by
 * people in the filter, by moment. Comments are never read here (they are HR's, unattributed).
 */
export async function surveyAnswers(q: Queryable, s: Scope): Promise<MomentAnswers[]> {
  return q.query<MomentAnswers>(
    `WITH answered AS (
       SELECT r.id, r.moment, r.person_id, a.motivation, a.recommend,
              (SELECT avg(c.confidence) FROM survey_confidence c WHERE c.tenant_id = $1 AND c.survey_id = r.id) AS skills
       FROM survey_requests r
       JOIN survey_answers a ON a.tenant_id = $1 AND a.survey_id = r.id
       JOIN people p ON p.tenant_id = $1 AND p.id = r.person_id
       WHERE r.tenant_id = $1 AND ($2::text IS NULL OR r.programme_id = $2)
         AND r.answered_at >= $3::timestamptz AND r.answered_at < ${REF}
         AND ${personFilter('p')}
     )
     SELECT moment, count(DISTINCT person_id)::int AS people,
            count(DISTINCT person_id) FILTER (WHERE skills IS NOT NULL)::int AS "skillPeople",
            avg(skills)::float8 AS "skillConfidence", avg(motivation)::float8 AS motivation,
            (100.0 * (count(*) FILTER (WHERE recommend >= 9) - count(*) FILTER (WHERE recommend <= 6)) / count(*))::float8 AS nps
     FROM answered GROUP BY moment
     ORDER BY array_position(ARRAY['start', 'midpoint', 'end'], moment)`,
    params(s),
  );
}
