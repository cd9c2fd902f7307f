import type { Queryable } from '../../db/db.js';

// pair_nudges: each time HR nudged the two people of a pair, by whom.

/** Holds the pair's nudges until the transaction ends, so two nudges at once cannot both pass the limit. */
export async function lockNudges(tx: Queryable, tenantId: string, pairId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`nudges:${tenantId}:${pairId}`]);
}

/** When the pair was last nudged (epoch ms); undefined: never. */
export async function lastNudge(q: Queryable, tenantId: string, pairId: string): Promise<number | undefined> {
  const [row] = await q.query<{ at: Date | null }>(
    `SELECT max(created_at) AS at FROM pair_nudges WHERE tenant_id = $1 AND pair_id = $2`,
    [tenantId, pairId],
  );
  return row?.at ? row.at.getTime() : undefined;
}

export async function insertNudge(
  tx: Queryable,
  tenantId: string,
  nudge: { id: string; pairId: string; by: string; at: number },
): Promise<void> {
  await tx.query(
    `INSERT INTO pair_nudges (tenant_id, id, pair_id, nudged_by, created_at) VALUES ($1, $2, $3, $4, $5)`,
    [tenantId, nudge.id, nudge.pairId, nudge.by, new Date(nudge.at)],
  );
}
