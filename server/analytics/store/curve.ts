import type { Queryable } from '../../db/db.js';
import { params, SCOPE_PAIRS, type Scope } from './scope.js';

/** The longest learning curve shown, in weeks. */
export const CURVE_WEEKS = 52;

export interface CurvePoint {
  week: number;
  /** Distinct mentees of the pairs counted in this week. */
  people: number;
  q1: number;
  median: number;
  q3: number;
}

/**
 * Goal progress over the weeks since each selected pair started (its created_at; week 0 is its
 * first 7 days), from goal_progress_history. A pair counts once it has recorded progress on some
 * goal; its value in a week is the mean, over the goals it has ever recorded, of each goal's last
 * value recorded by the end of that week (0 before the first), for every week it has lived
 * through (until it ended, or the period's end). Per week: quartiles over the pairs.
 *
 * Done as changes rather than a lookup per pair and week: each record's change from the goal's
 * previous one, summed per pair and week, then a running sum over a dense grid of the weeks; so
 * the work grows with the records and the pair-weeks.
 */
export async function learningCurve(q: Queryable, s: Scope): Promise<CurvePoint[]> {
  return q.query<CurvePoint>(
    `WITH ${SCOPE_PAIRS},
     h AS (
       SELECT h.pair_id, h.goal_id, h.progress, h.recorded_at, h.id,
              greatest(0, floor(extract(epoch FROM h.recorded_at - sp.started_at) / 604800))::int AS week
       FROM scope_pairs sp
       JOIN goal_progress_history h ON h.tenant_id = $1 AND h.pair_id = sp.id AND h.recorded_at < sp.until
     ),
     -- Each record's change from the goal's record before it, summed per pair and week (so summed
     -- up to a week: the goals' last values by then); a goal's first record also counts the goal.
     changes AS (
       SELECT pair_id, week, sum(progress - coalesce(before, 0)) AS change, count(*) FILTER (WHERE before IS NULL) AS new_goals
       FROM (SELECT pair_id, week, progress,
                    lag(progress) OVER (PARTITION BY pair_id, goal_id ORDER BY recorded_at, id) AS before
             FROM h) x
       GROUP BY pair_id, week
     ),
     -- The pair's total from each week with a change until the next one.
     spans AS (
       SELECT pair_id, week AS from_week, coalesce(lead(week) OVER w, ${CURVE_WEEKS}) AS to_week,
              sum(change) OVER w AS total, sum(new_goals) OVER p AS goals, min(week) OVER p AS first_week
       FROM changes WINDOW w AS (PARTITION BY pair_id ORDER BY week), p AS (PARTITION BY pair_id)
     ),
     valued AS (
       SELECT g.week, sp.mentee_id, CASE WHEN g.week < s.from_week THEN 0 ELSE s.total::float8 / s.goals END AS progress
       FROM spans s
       JOIN scope_pairs sp ON sp.id = s.pair_id
       -- The first span also covers the weeks before the first record, at 0.
       CROSS JOIN LATERAL generate_series(CASE WHEN s.from_week = s.first_week THEN 0 ELSE s.from_week END,
         least(s.to_week, ${CURVE_WEEKS}, floor(extract(epoch FROM sp.until - sp.started_at) / 604800)::int + 1) - 1) AS g(week)
     ),
     -- One sort per week for the three quantiles; the mentees counted by hashing, not sorting.
     quantiles AS (
       SELECT week, percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY progress) AS q
       FROM valued GROUP BY week
     ),
     mentees AS (SELECT week, count(*) AS n FROM (SELECT DISTINCT week, mentee_id FROM valued) x GROUP BY week)
     SELECT q.week, m.n::int AS people, q.q[1]::float8 AS q1, q.q[2]::float8 AS median, q.q[3]::float8 AS q3
     FROM quantiles q JOIN mentees m ON m.week = q.week ORDER BY q.week`,
    params(s),
  );
}
