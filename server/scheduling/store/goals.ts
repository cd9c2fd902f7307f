import type { Queryable } from '../../db/db.js';

// goal_progress: how far along each pair is with the mentee's goals, 0 to 100.

/** Progress saved for these pairs: pair id -> goal id -> progress. */
export async function progressOfPairs(
  q: Queryable,
  tenantId: string,
  pairIds: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  if (pairIds.length === 0) return new Map();
  const rows = await q.query<{ pair_id: string; goal_id: string; progress: number }>(
    `SELECT pair_id, goal_id, progress FROM goal_progress WHERE tenant_id = $1 AND pair_id = ANY($2::uuid[])`,
    [tenantId, pairIds],
  );
  const out = new Map<string, Map<string, number>>();
  for (const r of rows)
    out.set(r.pair_id, (out.get(r.pair_id) ?? new Map<string, number>()).set(r.goal_id, r.progress));
  return out;
}

/**
 * Saves the pair's progress on each goal given, at `at` (the app's clock), and appends each value
 * that changed to goal_progress_history in the same statement (the outcomes' learning curve).
 */
export async function saveProgress(
  q: Queryable,
  tenantId: string,
  pairId: string,
  progress: Readonly<Record<string, number>>,
  at: Date,
): Promise<void> {
  for (const [goalId, value] of Object.entries(progress)) {
    // The CTEs see the row as it was before this statement, so `before` is the old value.
    await q.query(
      `WITH before AS (
         SELECT progress FROM goal_progress WHERE tenant_id = $1 AND pair_id = $2 AND goal_id = $3
       ), saved AS (
         INSERT INTO goal_progress (tenant_id, pair_id, goal_id, progress, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, pair_id, goal_id) DO UPDATE SET progress = EXCLUDED.progress, updated_at = EXCLUDED.updated_at
       )
       INSERT INTO goal_progress_history (tenant_id, pair_id, goal_id, progress, recorded_at)
       SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (SELECT 1 FROM before WHERE before.progress = $4)`,
      [tenantId, pairId, goalId, value, at],
    );
  }
}
