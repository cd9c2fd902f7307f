import type { Queryable } from '../../db/db.js';
import type { Round, RoundResult, RoundStatus } from '../schemas.js';

// Programme rounds (the rounds table): a previewed assignment, later published. Every statement
// names its tenant.

type Row = { id: string; status: RoundStatus; created_at: Date; published_at: Date | null; result: RoundResult };

const round = (r: Row): Round => ({
  id: r.id,
  status: r.status,
  createdAt: r.created_at.toISOString(),
  publishedAt: r.published_at?.toISOString() ?? null,
  result: r.result,
});

export async function insertRound(
  q: Queryable,
  tenantId: string,
  id: string,
  createdBy: string,
  result: RoundResult,
  now: number,
): Promise<Round> {
  const rows = await q.query<Row>(
    `INSERT INTO rounds (tenant_id, id, programme_id, status, created_by, result, created_at) VALUES ($1, $2, $3, 'preview', $4, $5::jsonb, $6)
     RETURNING id, status, created_at, published_at, result`,
    [tenantId, id, result.programmeId, createdBy, JSON.stringify(result), new Date(now)],
  );
  return round(rows[0]!);
}

export async function getRound(q: Queryable, tenantId: string, id: string): Promise<Round | undefined> {
  const rows = await q.query<Row>(
    `SELECT id, status, created_at, published_at, result FROM rounds WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
  return rows[0] && round(rows[0]);
}

/** A round, locked until the transaction ends. */
export async function lockRound(tx: Queryable, tenantId: string, id: string): Promise<Round | undefined> {
  const rows = await tx.query<Row>(
    `SELECT id, status, created_at, published_at, result FROM rounds WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
    [tenantId, id],
  );
  return rows[0] && round(rows[0]);
}

export async function markPublished(tx: Queryable, tenantId: string, id: string, now: number): Promise<Round> {
  const rows = await tx.query<Row>(
    `UPDATE rounds SET status = 'published', published_at = $3 WHERE tenant_id = $1 AND id = $2 RETURNING id, status, created_at, published_at, result`,
    [tenantId, id, new Date(now)],
  );
  return round(rows[0]!);
}
