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
 * Done as changes rather than a lookup per pair and week: each goal's last value per week, its
 * change since the goal's previous week with a record, summed per pair and week, then a running
 * sum over a dense grid of weeks; so the work grows with the records and the pair-weeks.
 */
export async function learningCurve(q: Queryable, s: Scope): Promise<CurvePoint[]> {
  return q.query<CurvePoint>(
    `WITH ${SCOPE_PAIRS},
     h AS (
       SELECT DISTINCT ON (h.pair_id, h.goal_id, week) h.pair_id, h.goal_id, h.progress,
              greatest(0, floor(extract(epoch FROM h.recorded_at - sp.started_at) / 604800))::int AS week
       FROM scope_pairs sp
       JOIN goal_progress_history h ON h.tenant_id = $1 AND h.pair_id = sp.id AND h.recorded_at < sp.until
       ORDER BY h.pair_id, h.goal_id, week, h.recorded_at DESC, h.id DESC
     ),
     changes AS (
       SELECT pair_id, week, sum(progress - coalesce(before, 0)) AS change
       FROM (SELECT h.*, lag(progress) OVER (PARTITION BY pair_id, goal_id ORDER BY week) AS before FROM h) x
       GROUP BY pair_id, week
     ),
     goals AS (SELECT pair_id, count(DISTINCT goal_id) AS n FROM h GROUP BY pair_id),
     grid AS (
       SELECT sp.id AS pair_id, sp.mentee_id, g.n, w.week
       FROM scope_pairs sp
       JOIN goals g ON g.pair_id = sp.id
       CROSS JOIN LATERAL generate_series(0, least(${CURVE_WEEKS - 1},
         floor(extract(epoch FROM sp.until - sp.started_at) / 604800)::int)) AS w(week)
     ),
     valued AS (
       SELECT grid.week, grid.mentee_id,
              sum(coalesce(c.change, 0)) OVER (PARTITION BY grid.pair_id ORDER BY grid.week)::float8 / grid.n AS progress
       FROM grid LEFT JOIN changes c ON c.pair_id = grid.pair_id AND c.week = grid.week
     )
     SELECT week, count(DISTINCT mentee_id)::int AS people,
            percentile_cont(0.25) WITHIN GROUP (ORDER BY progress)::float8 AS q1,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY progress)::float8 AS median,
            percentile_cont(0.75) WITHIN GROUP (ORDER BY progress)::float8 AS q3
     FROM valued GROUP BY week ORDER BY week`,
    params(s),
  );
}
