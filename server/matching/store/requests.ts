import type { Queryable } from '../../db/db.js';
import type { StoredRequest } from '../model.js';
import type { MatchReason, RequestStatus } from '../schemas.js';

// Requests to pair (the match_requests table). Every statement names its tenant.

const COLUMNS = `id, programme_id, mentor_id, mentee_id, requested_by, status, score, reasons, message, created_at, expires_at`;

function toRequest(r: Record<string, unknown>): StoredRequest {
  return {
    id: r.id as string,
    programmeId: r.programme_id as string,
    mentorId: r.mentor_id as string,
    menteeId: r.mentee_id as string,
    requestedBy: r.requested_by as string,
    status: r.status as RequestStatus,
    score: Number(r.score),
    reasons: r.reasons as MatchReason[],
    message: (r.message as string | null) ?? null,
    createdAt: (r.created_at as Date).toISOString(),
    expiresAt: (r.expires_at as Date).toISOString(),
  };
}

/** Saves a new pending request; undefined when one is already pending between the two in the programme. */
export async function insertRequest(
  tx: Queryable,
  tenantId: string,
  request: StoredRequest,
): Promise<StoredRequest | undefined> {
  const rows = await tx.query(
    `INSERT INTO match_requests (tenant_id, id, programme_id, mentor_id, mentee_id, requested_by, status, score, reasons, message,
                                 created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12)
     ON CONFLICT (tenant_id, programme_id, mentor_id, mentee_id) WHERE status = 'pending' DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      tenantId,
      request.id,
      request.programmeId,
      request.mentorId,
      request.menteeId,
      request.requestedBy,
      request.status,
      request.score,
      JSON.stringify(request.reasons),
      request.message,
      request.createdAt,
      request.expiresAt,
    ],
  );
  return rows[0] && toRequest(rows[0]);
}

/** Pending requests whose answer is overdue at `now` become expired. */
export async function expireOverdue(q: Queryable, tenantId: string, now: number): Promise<void> {
  const at = new Date(now);
  await q.query(
    `UPDATE match_requests SET status = 'expired', decided_at = $2 WHERE tenant_id = $1 AND status = 'pending' AND expires_at < $2`,
    [tenantId, at],
  );
}

/** The latest 100 requests a person sent or received, newest first. */
export async function requestsOf(q: Queryable, tenantId: string, personId: string): Promise<StoredRequest[]> {
  const rows = await q.query(
    `SELECT ${COLUMNS} FROM match_requests WHERE tenant_id = $1 AND (mentor_id = $2 OR mentee_id = $2) ORDER BY created_at DESC LIMIT 100`,
    [tenantId, personId],
  );
  return rows.map(toRequest);
}

/** A request, locked until the transaction ends. */
export async function lockRequest(tx: Queryable, tenantId: string, id: string): Promise<StoredRequest | undefined> {
  const rows = await tx.query(`SELECT ${COLUMNS} FROM match_requests WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [
    tenantId,
    id,
  ]);
  return rows[0] && toRequest(rows[0]);
}

/** Records a request's answer (or its expiry) at `now`. */
export async function decideRequestStatus(
  tx: Queryable,
  tenantId: string,
  id: string,
  status: RequestStatus,
  now: number,
): Promise<void> {
  await tx.query(`UPDATE match_requests SET status = $3, decided_at = $4 WHERE tenant_id = $1 AND id = $2`, [
    tenantId,
    id,
    status,
    new Date(now),
  ]);
}
