import type { Queryable } from '../../db/db.js';
import { params, SCOPE_PAIRS, REF, type Scope } from './scope.js';

export interface MonthAnswers {
  month: string;
  confidence: number | null;
  confidencePeople: number;
  usefulness: number | null;
  usefulnessPeople: number;
}

/**
 * Mean confidence and usefulness (1-5) that people of the selected pairs gave in check-ins, by the
 * month (UTC) of the session, sessions of the period only. Notes are private: never read here.
 */
export async function answersByMonth(q: Queryable, s: Scope): Promise<MonthAnswers[]> {
  return q.query<MonthAnswers>(
    `WITH ${SCOPE_PAIRS}
     SELECT to_char(date_trunc('month', o.starts_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
            avg(c.confidence)::float8 AS confidence,
            count(DISTINCT c.person_id) FILTER (WHERE c.confidence IS NOT NULL)::int AS "confidencePeople",
            avg(c.usefulness)::float8 AS usefulness,
            count(DISTINCT c.person_id) FILTER (WHERE c.usefulness IS NOT NULL)::int AS "usefulnessPeople"
     FROM scope_pairs sp
     JOIN meeting_series ms ON ms.tenant_id = $1 AND ms.pair_id = sp.id
     JOIN meeting_occurrences o ON o.tenant_id = $1 AND o.series_id = ms.id
     JOIN checkins c ON c.tenant_id = $1 AND c.occurrence_id = o.id
     WHERE o.starts_at >= $3::timestamptz AND o.starts_at < ${REF}
       AND c.person_id IN (sp.mentor_id, sp.mentee_id)
     GROUP BY 1 ORDER BY 1`,
    params(s),
  );
}
